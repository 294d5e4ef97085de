import Testing
@testable import Scenario
import Routes

@Suite("Scenario reader")
struct ScenarioReaderTests {
    func read(_ text: String) throws -> RawScenario {
        var reader = ScenarioReader(file: "test.yaml")
        return try reader.parse(text)
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch let error as ScenarioError {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("reads sightings with the line and column of each value")
    func locations() throws {
        let raw = try read("""
        title: Test
        assets:
          - {id: ship, mode: sea}
        sightings:
          - asset: ship
            place: Tartus
            status: reported
        """)
        #expect(raw.title?.value == "Test")
        #expect(raw.sightings.count == 1)
        #expect(raw.sightings[0].place?.value == "Tartus")
        #expect(raw.sightings[0].place?.location == SourceLocation(file: "test.yaml", line: 6, column: 12))
        #expect(raw.assets[0].mode?.value == "sea")
    }

    @Test("reports every problem at once, each at its line and column, with a fix")
    func everyProblem() {
        let found = problems("""
        title: Test
        colour: red
        sightings:
          - asset: ship
            statuss: reported
          - place: Tartus
        """)
        #expect(found.count == 4)
        #expect(found[0] == "test.yaml:2:1: error: unknown key 'colour' in the scenario — allowed keys: title, subtitle, date, map, sources, places, assets, sightings, markers")
        #expect(found.contains { $0.hasPrefix("test.yaml:5:5: error: unknown key 'statuss' in a sighting — did you mean 'status'?") })
        #expect(found.contains { $0.hasPrefix("test.yaml:4:5: error: a sighting needs 'place'") })
        #expect(found.contains { $0.hasPrefix("test.yaml:6:5: error: a sighting needs 'asset'") })
    }

    @Test("broken YAML is reported at the scanner's position")
    func brokenYAML() {
        let found = problems("title: [unclosed\nsightings: []\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("test.yaml:"))
        #expect(found[0].contains("not valid YAML"))
    }

    @Test("duplicate source and place ids are errors at the repeat, with the first line")
    func duplicateIDs() {
        let found = problems("""
        title: Test
        sources:
          - {id: hur, name: HUR}
          - {id: hur, name: Reuters}
        places:
          - {id: base, position: "35.9,35.4"}
          - {id: Base, position: "10,10"}
        """)
        #expect(found == ["test.yaml:4:10: error: source 'hur' is declared twice (first at line 3) — give each source its own id, or merge the two",
                          "test.yaml:7:10: error: place 'Base' is declared twice (first at line 6) — give each place its own id, or merge the two"])
    }

    @Test("a duplicate key is reported by name where it repeats, not as the whole file")
    func duplicateKey() {
        let found = problems("title: A\nsightings: []\ntitle: B\n" + String(repeating: "# filler\n", count: 500))
        #expect(found == ["test.yaml:3:1: error: duplicate key 'title' (first at line 1) — give each key once in a mapping"])
    }

    @Test("JSON is accepted as well as YAML")
    func json() throws {
        let raw = try read(#"{"title": "J", "assets": [{"id": "a", "mode": "air"}], "sightings": [{"asset": "a", "place": "OSLK", "status": "observed"}]}"#)
        #expect(raw.title?.value == "J")
        #expect(raw.sightings[0].place?.value == "OSLK")
    }

    @Test("values parse the accepted forms and refuse others", arguments: [
        ("2024-12-14", true), ("2024-12-14T10:30Z", true), ("2024-12-14 10:30", true), ("2024-02-30", false),
        ("14/12/2024", false), ("2024-12-14T25:00", false), ("2024-12-14T10:30+02:00", true), ("2024-12-14T10:30-0530", true),
        ("2024-12-14T10:30+03", true), ("2024-12-14T10:30+15:00", false), ("2024-12-14T10:30+2", false), ("2024-12-14+02:00", false),
    ])
    func times(_ item: (String, Bool)) {
        #expect((ValueParsers.time(item.0) != nil) == item.1)
    }

    @Test("a time with an offset is the same instant in UTC")
    func offsets() throws {
        let utc = try #require(ValueParsers.time("2024-12-14T08:30Z"))
        #expect(ValueParsers.time("2024-12-14T10:30+02:00") == utc)
        #expect(ValueParsers.time("2024-12-14 10:30+0200") == utc)
        #expect(ValueParsers.time("2024-12-14T03:00-05:30") == utc)
        #expect(ValueParsers.format(try #require(ValueParsers.time("2024-12-14T01:15+03:00"))) == "2024-12-13T22:15Z")
        #expect(ValueParsers.timeSpan("2024-12-14T10:30+02:00")?.start == utc)
    }

    @Test("speeds convert to knots")
    func speeds() {
        #expect(ValueParsers.speedKnots("14 kn") == 14)
        #expect(abs(ValueParsers.speedKnots("26 km/h")! - 14.039) < 0.001)
        #expect(ValueParsers.speedKnots("fast") == nil)
        #expect(ValueParsers.mode("convoy") == .road)
    }
}
