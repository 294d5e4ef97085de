import Testing
@testable import Scenario
import Geo
import Routes

@Suite("Scenario resolution")
struct ScenarioResolutionTests {
    static let gazetteer = Gazetteer(places: [
        Place(id: "airbase:hmeimim", name: "Hmeimim Air Base", shortName: "Hmeimim", kind: .airBase,
              coordinate: Coordinate(latitude: 35.4011, longitude: 35.9487), country: "SY",
              aliases: ["Khmeimim", "Hmeymim"], codes: ["OSLK"]),
        Place(id: "navalbase:tartus", name: "Tartus Naval Base", shortName: "Tartus", kind: .navalBase,
              coordinate: Coordinate(latitude: 34.915, longitude: 35.874), country: "SY", aliases: ["Tartous"]),
        Place(id: "city:tartus", name: "Tartus", shortName: "Tartus", kind: .city,
              coordinate: Coordinate(latitude: 34.889, longitude: 35.887), country: "SY"),
        Place(id: "strait:english-channel", name: "English Channel", shortName: "English Channel", kind: .strait,
              coordinate: Coordinate(latitude: 50.2, longitude: -2), aliases: ["the Channel"],
              area: [Coordinate(latitude: 49, longitude: -5), Coordinate(latitude: 51, longitude: -5),
                     Coordinate(latitude: 51, longitude: 1.5), Coordinate(latitude: 49, longitude: 1.5)]),
    ])

    func resolve(_ text: String) throws -> Scenario {
        var reader = ScenarioReader(file: "s.yaml")
        let raw = try reader.parse(text)
        var resolver = ScenarioResolver(gazetteer: Self.gazetteer)
        return try resolver.resolve(raw)
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try resolve(text)
            return []
        } catch let error as ScenarioError {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("places resolve by alias, code and kind, and a strait becomes a narrows stop")
    func resolves() throws {
        let scenario = try resolve("""
        assets:
          - {id: ship, mode: sea}
          - {id: plane, mode: air}
        sightings:
          - {asset: plane, place: OSLK, status: observed, time: 2024-12-13}
          - {asset: ship, place: the Channel, status: planned}
          - {asset: ship, place: Tartus, kind: naval_base, status: planned}
        """)
        #expect(scenario.sightings.map(\.stop.id) == ["airbase:hmeimim", "strait:english-channel", "navalbase:tartus"])
        #expect(scenario.sightings[1].stop.isNarrows)
        #expect(scenario.sightings[0].time == ValueParsers.time("2024-12-13"))
        #expect(scenario.resolutions.first?.matched == "OSLK")
    }

    @Test("every problem is reported with its location and a fix")
    func everyProblem() {
        let found = problems("""
        sources:
          - {id: hur, name: HUR}
        assets:
          - {id: ship, mode: boat}
        sightings:
          - {asset: ship, place: Zzyzx Harbour, status: planned, source: hur}
          - {asset: shipp, place: Tartus, status: seen, source: hurr}
          - {asset: ship, place: Tartus, status: planned, time: 2024-13-01}
        """)
        #expect(found.contains("s.yaml:4:22: error: unknown mode 'boat' — use air, sea or road"))
        #expect(found.contains { $0.hasPrefix("s.yaml:6:26: error: 'Zzyzx Harbour' is not a place movemap can put on the map with confidence") })
        #expect(found.contains("s.yaml:7:13: error: asset 'shipp' is not declared — did you mean 'ship'?"))
        #expect(found.contains("s.yaml:7:43: error: unknown status 'seen' — use observed, reported, planned or inferred"))
        #expect(found.contains("s.yaml:7:57: error: source 'hurr' is not listed under 'sources:' — did you mean 'hur'?"))
        #expect(found.contains("s.yaml:8:57: error: '2024-13-01' is not a time — write 2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00, 2024-12-14 10:30 (UTC), a month (2024-12), a span of days (2024-12-12/2024-12-14) or an approximate day (~2024-12-16)"))
        #expect(found.count == 6)
    }

    @Test("map settings take the same forms as the flags")
    func mapSettings() throws {
        let scenario = try resolve("""
        map: {size: 1920x1080, theme: dark, scale: 2, resolution: low, transparent: yes}
        sightings: []
        """)
        #expect(scenario.map.width == 1920 && scenario.map.height == 1080)
        #expect(scenario.map.theme == .dark)
        #expect(scenario.map.resolution == "low")
        #expect(scenario.map.transparent == true)
        #expect(problems("map: {size: big}\n").first == "s.yaml:1:13: error: 'big' is not a size — write WIDTHxHEIGHT in pixels, e.g. 1600x1000")
    }

    /// Two towns called Tripoli, and a city and an air base called Saki.
    static let twins = Gazetteer(places: [
        Place(id: "city:tripoli-ly", name: "Tripoli", kind: .city, coordinate: Coordinate(latitude: 32.89, longitude: 13.19),
              country: "LY", prominence: 66),
        Place(id: "city:tripoli-lb", name: "Tripoli", kind: .city, coordinate: Coordinate(latitude: 34.44, longitude: 35.85),
              country: "LB", prominence: 58),
        Place(id: "city:beirut", name: "Beirut", kind: .city, coordinate: Coordinate(latitude: 33.89, longitude: 35.50),
              country: "LB", prominence: 67),
        Place(id: "city:benghazi", name: "Benghazi", kind: .city, coordinate: Coordinate(latitude: 32.12, longitude: 20.07),
              country: "LY", prominence: 63),
        Place(id: "city:saky", name: "Saky", kind: .city, coordinate: Coordinate(latitude: 45.13, longitude: 33.60),
              country: "UA", prominence: 48),
        Place(id: "airbase:saki", name: "Saki Air Base", shortName: "Saki", kind: .airBase,
              coordinate: Coordinate(latitude: 45.09, longitude: 33.58), country: "UA", aliases: ["Saky"], prominence: 80),
        Place(id: "city:saki-ng", name: "Saki", kind: .city, coordinate: Coordinate(latitude: 8.67, longitude: 3.39),
              country: "NG", prominence: 60),
        Place(id: "city:sevastopol", name: "Sevastopol", kind: .city, coordinate: Coordinate(latitude: 44.6, longitude: 33.52),
              country: "UA", prominence: 66),
    ])

    func resolveTwins(_ text: String, strict: Bool = false) throws -> Scenario {
        var reader = ScenarioReader(file: "t.yaml")
        var resolver = ScenarioResolver(gazetteer: Self.twins, strict: strict)
        return try resolver.resolve(try reader.parse(text))
    }

    @Test("the scenario is evidence: Tripoli beside Beirut is in Lebanon, beside Benghazi in Libya")
    func contextPicksTheTwin() throws {
        let lebanon = try resolveTwins("""
            markers:
              - {place: Beirut}
              - {place: Tripoli}
            """)
        #expect(lebanon.markers[1].place.id == "city:tripoli-lb")
        let libya = try resolveTwins("""
            markers:
              - {place: Benghazi}
              - {place: Tripoli}
            """)
        #expect(libya.markers[1].place.id == "city:tripoli-ly")
    }

    @Test("an aircraft's stop at Saki beside Sevastopol is the Crimean air base, not the Nigerian town")
    func modeAndContextPickTheAirBase() throws {
        let scenario = try resolveTwins("""
            assets:
              - {id: jets, mode: air}
            sightings:
              - {asset: jets, place: Sevastopol, status: reported}
              - {asset: jets, place: Saki, status: reported}
            """)
        #expect(scenario.sightings[1].stop.id == "airbase:saki")
        #expect(scenario.resolutions.first { $0.query == "Saki" }?.verdict == .sure)
    }

    @Test("a bare Tripoli with nothing around it is a warning that names the other reading, and --strict refuses it")
    func doubtIsSaidAndStrictRefuses() throws {
        let scenario = try resolveTwins("""
            markers:
              - {place: Tripoli}
            """)
        let line = try #require(scenario.resolutions.first).line
        #expect(line.hasPrefix("t.yaml:2:13: warning: 'Tripoli' is Tripoli (city:tripoli-ly), city, LY, confidence 0."))
        #expect(line.hasSuffix("— doubtful: could also be Tripoli (city, LB)"))
        #expect(throws: ScenarioError.self) {
            _ = try resolveTwins("""
                markers:
                  - {place: Tripoli}
                """, strict: true)
        }
    }

    @Test("a refused name is an error with the fix, a typo a warning naming its reading, and neither hides another place's reading")
    func refusalNamesCandidates() {
        do {
            _ = try resolveTwins("""
                markers:
                  - {place: Beirut}
                  - {place: Tripoli}
                  - {place: "nan,nan"}
                  - {place: Sevastopolxxx}
                  - {place: Qqzvx Harbour}
                """)
            Issue.record("expected a refusal")
        } catch let error as ScenarioError {
            let lines = error.problems.map(\.description)
            #expect(lines.contains { $0.hasPrefix("t.yaml:4:13: error: 'nan,nan' is not a place movemap can put on the map with confidence ('nan,nan' is written like a position") })
            #expect(lines.contains { $0.hasPrefix("t.yaml:5:13: warning: 'Sevastopolxxx' is Sevastopol (city:sevastopol), city, UA") && $0.hasSuffix("doubtful: read as a misspelling of 'Sevastopol'") }, "\(lines)")
            #expect(lines.contains { $0.hasPrefix("t.yaml:6:13: error: 'Qqzvx Harbour' is not a place movemap can put on the map with confidence") && $0.hasSuffix("or define it under 'places:' with its lon,lat") }, "\(lines)")
            #expect(error.verboseDescription.contains("t.yaml:3:13: note: 'Tripoli' is Tripoli (city:tripoli-lb)"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
