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
        #expect(found.contains { $0.hasPrefix("s.yaml:6:26: error: unknown place 'Zzyzx Harbour'") })
        #expect(found.contains("s.yaml:7:13: error: asset 'shipp' is not declared — did you mean 'ship'?"))
        #expect(found.contains("s.yaml:7:43: error: unknown status 'seen' — use observed, reported, planned or inferred"))
        #expect(found.contains("s.yaml:7:57: error: source 'hurr' is not listed under 'sources:' — did you mean 'hur'?"))
        #expect(found.contains("s.yaml:8:57: error: '2024-13-01' is not a time — write \(ValueParsers.timeForms)"))
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
        #expect(scenario.map.resolution == .low)
        #expect(scenario.map.transparent == true)
        #expect(problems("map: {size: big}\n").first == "s.yaml:1:13: error: 'big' is not a size — write WIDTHxHEIGHT in pixels, e.g. 1600x1000")
    }
}
