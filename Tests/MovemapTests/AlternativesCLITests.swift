import Foundation
import Testing
@testable import Movemap
import Geo
@testable import Routes
import Scenario

/// `route sea --alternatives` and `alternatives: true` in scenarios.
@Suite(.serialized) struct AlternativesCLITests {
    static let scenario = """
        title: Supply ship to East Africa
        assets:
          - {id: ship, name: Supply ship, mode: sea, alternatives: true}
        sightings:
          - {asset: ship, place: Piraeus, kind: port, time: 2025-03-01, status: observed}
          - {asset: ship, place: Mombasa, kind: port, time: 2025-03-12, status: reported}
        """

    func run(_ arguments: [String], files: [String: String] = [:]) throws -> (CLIRunner.Result, URL) {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        for (name, text) in files { try CLIRunner.write(text, to: folder.appendingPathComponent(name)) }
        return (try CLIRunner.run(arguments, in: folder), folder)
    }

    @Test("the text gives each way round with its length, the difference in miles and days, and its passages")
    func text() throws {
        let (result, _) = try run(["route", "sea", "Piraeus", "Mombasa", "--alternatives", "--no-route-cache"])
        #expect(result.status == 0, "\(result.errors)")
        let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("via Cape of Good Hope: ") })
        let pattern = #/via Cape of Good Hope: (\d),(\d{3}) nm \(\+(\d),(\d{3}) nm, \+(\d+\.\d) days at 14 kn\); passages: .*gibraltar/#
        let match = try #require(try pattern.wholeMatch(in: String(line)), "\(line)")
        let miles = Int("\(match.1)\(match.2)")!, extra = Int("\(match.3)\(match.4)")!
        #expect((8_500...9_500).contains(miles))
        // days = extra miles / 14 kn / 24 h, to a tenth
        #expect(abs(Double(match.5)! - Double(extra) / 14 / 24) <= 0.06)
        #expect(result.output.contains("passages: suez, bab-el-mandeb"))
    }

    @Test("--json prints an array of route objects, shortest first, each labelled; --geojson a FeatureCollection")
    func json() throws {
        let (result, _) = try run(["route", "sea", "Piraeus", "Mombasa", "--alternatives", "--speed", "12", "--json"])
        #expect(result.status == 0, "\(result.errors)")
        let routes = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(routes.count == 2)
        #expect(routes.map { $0["label"] as? String } == ["shortest", "via Cape of Good Hope"])
        let lengths = routes.compactMap { $0["length_nm"] as? Double }
        #expect(lengths == lengths.sorted() && lengths.count == 2)
        #expect(routes[1]["avoided"] as? [String] == ["suez"])
        #expect(routes.allSatisfy { $0["speed_kn"] as? Double == 12 })
        let (geo, _) = try run(["route", "sea", "Piraeus", "Mombasa", "--alternatives", "--geojson"])
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(geo.output.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        #expect((collection["features"] as? [Any])?.count == 2)
    }

    @Test("a voyage with no way round says so: Novorossiysk to Tartus avoiding the Turkish Straits")
    func noWayRound() throws {
        let (result, _) = try run(["route", "sea", "Novorossiysk", "Tartus", "--alternatives"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("avoiding Turkish Straits: no water route"))
    }

    @Test("alternatives: true draws the way round the Cape as a grey line labelled with the difference")
    func scenarioMap() throws {
        let (result, folder) = try run(["render", "alt.yaml", "-o", "alt.svg", "--svg-text", "real", "--no-route-cache"], files: ["alt.yaml": Self.scenario])
        #expect(result.status == 0, "\(result.errors)")
        let svg = try String(contentsOf: folder.appendingPathComponent("alt.svg"), encoding: .utf8)
        #expect(svg.contains("inkscape:label=\"alternatives\""))
        #expect(svg.contains("Other way, not taken"))
        let label = try #require(try #/via Cape of Good Hope \+(\d),(\d{3}) nm/#.firstMatch(in: svg))
        #expect((5_000...6_000).contains(Int("\(label.1)\(label.2)")!))
        // The plan: one line round the Cape, its extra length the same as the label's.
        let data = try DataStore()
        var reader = ScenarioReader(file: "alt.yaml")
        var resolver = ScenarioResolver(gazetteer: data.gazetteer)
        let plan = try MapPlan(scenario: try resolver.resolve(try reader.parse(Self.scenario)), linker: try Routing.linker(data: data))
        let alternative = try #require(plan.document.alternatives.first)
        #expect(plan.document.alternatives.count == 1)
        #expect((alternative.points.map(\.latitude).min() ?? 0) < -34)
        #expect(alternative.label == "via Cape of Good Hope +\(label.1),\(label.2) nm")
    }

    @Test("a scenario voyage with no date says, at its first sighting, which seasonal passages stay closed; with a date in season it takes one")
    func scenarioSeasonNotes() throws {
        let undated = """
            title: No date
            assets:
              - {id: ship, name: Container ship, mode: sea}
            sightings:
              - {asset: ship, place: Rotterdam, kind: port, status: observed}
              - {asset: ship, place: Busan, kind: port, status: planned}
            """
        let (result, _) = try run(["validate", "nsr.yaml"], files: ["nsr.yaml": undated])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("nsr.yaml:5:5: warning: Container ship: Northern Sea Route closed: no departure date"),
                "\(result.errors)")
        let dated = undated.replacingOccurrences(of: "status: observed}", with: "status: observed, time: 2025-08-01}")
        let data = try DataStore()
        var reader = ScenarioReader(file: "nsr.yaml")
        var resolver = ScenarioResolver(gazetteer: data.gazetteer)
        let plan = try MapPlan(scenario: try resolver.resolve(try reader.parse(dated)), linker: try Routing.linker(data: data))
        #expect(plan.warnings.contains { $0.message.contains("Northern Sea Route open when the ship reaches it on") })
        #expect((plan.legs.first?.points.map(\.latitude).max() ?? 0) > 75)
    }

    @Test("alternatives must be true or false, and only on ships: errors at file:line:col, exit 2")
    func scenarioErrors() throws {
        let bad = Self.scenario.replacingOccurrences(of: "alternatives: true", with: "alternatives: perhaps")
        let (first, _) = try run(["validate", "bad.yaml"], files: ["bad.yaml": bad])
        #expect(first.status == 2)
        #expect(first.errors.contains("bad.yaml:3:") && first.errors.contains("'perhaps' is not true or false"), "\(first.errors)")
        let air = Self.scenario.replacingOccurrences(of: "mode: sea", with: "mode: air")
        let (second, _) = try run(["validate", "air.yaml"], files: ["air.yaml": air])
        #expect(second.status == 2)
        #expect(second.errors.contains("air.yaml:3:") && second.errors.contains("'alternatives' is for ships"), "\(second.errors)")
    }
}

/// The help stays true to the navigation data.
@Suite struct SeaHelpTests {
    @Test("route sea --help names every passage of the navigation data, and each season as the data gives it")
    func helpNamesPassages() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let result = try CLIRunner.run(["route", "sea", "--help"], in: try CLIRunner.folder())
        let help = result.output.replacingOccurrences(of: "\n", with: " ")
        let router = try DataStore().seaRouter()
        for passage in router.passages {
            #expect(help.contains(passage.id), "\(passage.id)")
            if let season = passage.season { #expect(help.contains("\(passage.id) (open \(season.description))")) }
        }
    }

    @Test("docs/routing.md lists every passage and every ice-bound sea of the navigation data")
    func routingDocs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/routing.md"), encoding: .utf8)
        let router = try DataStore().seaRouter()
        for passage in router.passages {
            #expect(text.contains("| `\(passage.id)` | \(passage.name) |"), "\(passage.id)")
            if let season = passage.season { #expect(text.contains("| \(season.description) |"), "\(passage.id)") }
        }
        for sea in router.iceSeas {
            #expect(text.contains("| \(sea.name) | \(sea.season.description) |"), "\(sea.name)")
        }
    }
}
