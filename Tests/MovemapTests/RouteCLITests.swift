import Foundation
import Testing
import Geo
import Movemap
import Routes
import Scenario

/// The command line of issue 13: negative values, default speeds, airspace groups, flights
/// through areas, and scenario route errors that point at the stop.
@Suite(.serialized) struct RouteCLITests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ arguments: [String], files: [String: String] = [:]) throws -> CLIRunner.Result {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        for (name, text) in files { try CLIRunner.write(text, to: folder.appendingPathComponent(name)) }
        return try CLIRunner.run(arguments, in: folder)
    }

    // MARK: Negative values

    @Test("route sea and route air take a negative lon,lat as a waypoint", arguments: [
        ["route", "sea", "-5.35,36.0", "Tartus", "--json"],
        ["route", "air", "-0.45,51.47", "Tartus", "--json"],
    ])
    func negativeWaypoint(_ arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        let json = try object(result.output)
        let legs = try #require(json["legs"] as? [[String: Any]])
        #expect(legs.first?["from"] as? String == arguments[2])
        let first = try #require(((json["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])?.first)
        #expect(first[0] < 0, "starts west of Greenwich: \(first)")
    }

    @Test("place looks up a negative lon,lat")
    func negativePlace() throws {
        let result = try run(["place", "-5.35,36.0", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let matches = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(matches.first?["lon"] as? Double == -5.35)
    }

    @Test("render takes --region with a negative west edge")
    func negativeRegion() throws {
        let result = try run(["render", "s.yaml", "-o", "map.png", "--region", "-6,48,5,54", "-q"],
                             files: ["s.yaml": CLIRunner.scenario(day: 1)])
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test("a mistyped option among the waypoints is an error naming it, exit 2")
    func strayOption() throws {
        let result = try run(["route", "sea", "Baltiysk", "Tartus", "--sped", "12"])
        #expect(result.status == 2)
        #expect(result.errors.contains("Unknown option '--sped'"), "\(result.errors)")
    }

    // MARK: Default speeds

    @Test("--depart without --speed times a voyage at 14 kn and says so", arguments: [("sea", 14.0), ("air", 420.0)])
    func defaultSpeed(_ mode: String, _ knots: Double) throws {
        let text = try run(["route", mode, "Latakia", "Tartus", "--depart", "2024-12-10T06:00Z"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("at \(Int(knots)) kn (default)"), "\(text.output)")
        #expect(text.output.contains("ETA 2024-12-10T"), "\(text.output)")
        let json = try object(try run(["route", mode, "Latakia", "Tartus", "--depart", "2024-12-10T06:00Z", "--json"]).output)
        #expect(json["speed_kn"] as? Double == knots)
        #expect(json["speed_default"] as? Bool == true)
        let legs = try #require(json["legs"] as? [[String: Any]])
        let nm = try #require(legs[0]["length_nm"] as? Double)
        #expect(abs((legs[0]["hours"] as? Double ?? 0) - nm / knots) < 0.01)
    }

    @Test("a speed given is not the default; no times, no speed")
    func givenSpeed() throws {
        let given = try object(try run(["route", "sea", "Latakia", "Tartus", "--speed", "12", "--json"]).output)
        #expect(given["speed_kn"] as? Double == 12)
        #expect(given["speed_default"] as? Bool == false)
        let text = try run(["route", "sea", "Latakia", "Tartus", "--speed", "12.5"])
        #expect(text.output.contains("at 12.5 kn\n"), "\(text.output)")
        let none = try object(try run(["route", "sea", "Latakia", "Tartus", "--json"]).output)
        #expect(none["speed_kn"] == nil && none["speed_default"] == nil)
    }

    @Test("the scenario engine and the command line share one default per mode")
    func oneDefault() {
        #expect(SeaRoute.defaultSpeedKnots == 14)
        #expect(FlightRoute.defaultSpeedKnots == 420)
        #expect(Asset(id: "a", name: "A", mode: .sea).cruisingSpeedKnots == SeaRoute.defaultSpeedKnots)
        #expect(Asset(id: "a", name: "A", mode: .air).cruisingSpeedKnots == FlightRoute.defaultSpeedKnots)
        #expect(Asset(id: "a", name: "A", mode: .road).cruisingSpeedKnots == 15)
        #expect(TravelMode.air.defaultSpeedKnots == 420)
    }

    // MARK: Airspace groups

    @Test("--avoid-airspace takes groups in any case; a flight avoiding NATO stays out of Turkey")
    func groups() throws {
        let result = try run(["route", "air", "Chkalovsky", "Hmeimim", "--avoid-airspace", "nato,UA,GE,AZ,AM,MD,CY", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = try #require(((try object(result.output))["geometry"] as? [String: Any])?["coordinates"] as? [Any])
        let points = (lines as? [[Double]]) ?? ((lines as? [[[Double]]])?.flatMap { $0 } ?? [])
        let turkey = try #require(try DataStore().countries().country(code: "TR"))
        #expect(!points.isEmpty)
        #expect(!points.contains { turkey.contains(Coordinate(latitude: $0[1], longitude: $0[0])) })
    }

    @Test("an unknown group or country is exit 2 with the closest names; a member in the way names its group")
    func groupErrors() throws {
        let unknown = try run(["route", "air", "Chkalovsky", "Hmeimim", "--avoid-airspace", "NATOO"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("did you mean NATO"), "\(unknown.errors)")
        let member = try run(["route", "air", "Chkalovsky", "11.79,48.35", "--avoid-airspace", "schengen"])
        #expect(member.status == 2)
        #expect(member.errors.contains("a member of Schengen"), "\(member.errors)")
    }

    @Test("route air --help names the groups, their date and sources")
    func groupHelp() throws {
        let help = try run(["route", "air", "--help"]).output
        for text in ["2025-01-01", "EU — European Union, 27 members", "NATO — North Atlantic Treaty Organization, 32 members",
                     "Schengen — Schengen Area, 29 members", "GCC — Gulf Cooperation Council, 6 members", "(nato.int)"] {
            #expect(help.contains(text), "\(text)")
        }
    }

    // MARK: Flights through areas

    @Test("route air through the Black Sea passes it on the way, not at its centre, as long as the direct flight")
    func flightThroughSea() throws {
        let through = try object(try run(["route", "air", "Hmeimim", "Black Sea", "Chkalovsky", "--json"]).output)
        let direct = try object(try run(["route", "air", "Hmeimim", "Chkalovsky", "--json"]).output)
        let legs = try #require(through["legs"] as? [[String: Any]])
        #expect(legs.count == 2 && legs[0]["to"] as? String == "Black Sea")
        let lines = try #require((through["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])
        let via = try #require(lines[0].last)
        let sea = try #require(try DataStore().gazetteer.readings("Black Sea", context: PlaceContext(kinds: [.sea]), limit: 1)
            .matches.first?.place)
        let area = try #require(sea.area)
        let point = Coordinate(latitude: via[1], longitude: via[0])
        #expect(RingContainment.contains(area, point), "\(point) lies in the Black Sea")
        #expect(Geodesic.wgs84.distance(from: point, to: sea.coordinate) > 50_000, "not the sea's own point")
        let throughNM = try #require(through["length_nm"] as? Double), directNM = try #require(direct["length_nm"] as? Double)
        #expect(abs(throughNM - directNM) < 0.5, "\(throughNM) nm against \(directNM) nm direct")
    }

    // MARK: Scenario route errors

    static func voyage(_ second: String) -> String {
        """
        title: Test
        map:
          size: 200x150
          resolution: crude
        assets:
          - id: ship
            name: Sparta
            mode: sea
        sightings:
          - {asset: ship, place: Baltiysk, time: 2024-12-01, status: observed}
          - {asset: ship, place: \(second), status: planned}
          - {asset: ship, place: Tartus, status: planned}

        """
    }

    @Test("a voyage whose second stop no water reaches is exit 2 naming that stop's file:line:col",
          arguments: ["Caspian Sea", "\"50.5,42.0\""])
    func scenarioRouteError(_ second: String) throws {
        let result = try run(["render", "voyage.yaml", "-o", "map.png"], files: ["voyage.yaml": Self.voyage(second)])
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("voyage.yaml:11:5: error: cannot route 'Sparta' at "), "\(result.errors)")
        #expect(result.errors.contains("no water path"), "\(result.errors)")
    }

    @Test("a flight stop in closed airspace is exit 2 naming that stop, and a scenario closes groups too")
    func scenarioFlight() throws {
        func flight(_ avoid: String, _ second: String) -> String {
            """
            title: Test
            map:
              size: 200x150
              resolution: crude
            assets:
              - id: bridge
                mode: air
                avoid: [\(avoid)]
            sightings:
              - {asset: bridge, place: Chkalovsky, status: observed}
              - {asset: bridge, place: \(second), status: reported}
              - {asset: bridge, place: Hmeimim, status: reported}

            """
        }
        let blocked = try run(["render", "f.yaml", "-o", "map.png"], files: ["f.yaml": flight("EU", "\"23.94,37.94\"")])
        #expect(blocked.status == 2, "\(blocked.errors)")
        #expect(blocked.errors.contains("f.yaml:11:5: error:"), "\(blocked.errors)")
        #expect(blocked.errors.contains("a member of EU"), "\(blocked.errors)")
        let open = try run(["render", "f.yaml", "-o", "map.png", "-q"], files: ["f.yaml": flight("NATO, UA, GE", "Caspian Sea")])
        #expect(open.status == 0, "\(open.errors)")
        let typo = try run(["render", "f.yaml", "-o", "map.png"], files: ["f.yaml": flight("NATOO", "Caspian Sea")])
        #expect(typo.status == 2)
        #expect(typo.errors.contains("f.yaml:8:13: error: unknown country 'NATOO' in 'avoid' — did you mean NATO"), "\(typo.errors)")
    }
}
