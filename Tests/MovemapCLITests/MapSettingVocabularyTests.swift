import ArgumentParser
import Foundation
import Geo
import MapVocabulary
import Movemap
import Scenario
import Testing
@testable import MovemapCLI

/// Every map setting is defined once and means the same on the command line and in a
/// scenario's `map:` section: flag over scenario over default.
@Suite("One map-setting vocabulary")
struct MapSettingVocabularyTests {
    static let settings = MapSetting.all.map(\.key)

    func setting(_ key: String) throws -> MapSetting {
        try #require(MapSetting.named(key))
    }

    /// The command-line arguments that give `setting` the value `text`.
    func arguments(_ setting: MapSetting, _ text: String) -> [String] {
        guard setting.isBoolean else { return ["--\(setting.flag)", text] }
        return [MapSetting.parseBoolean(text) == true ? "--\(setting.flag)" : "--no-\(setting.flag)"]
    }

    /// A scenario with only `map: {key: value}`.
    func scenario(_ map: [(String, String)]) throws -> Scenario {
        let body = map.map { "\($0.0): '\($0.1)'" }.joined(separator: ", ")
        var reader = ScenarioReader(file: "map.yaml")
        let raw = try reader.parse("map: {\(body)}\nsightings: []\n")
        var resolver = ScenarioResolver(gazetteer: Gazetteer(places: []))
        return try resolver.resolve(raw)
    }

    @Test("each setting's default and examples parse, and read back as written")
    func examples() throws {
        for setting in MapSetting.all {
            #expect(setting.examples.count >= 2 && setting.examples[0] != setting.examples[1], "\(setting.key)")
            #expect(setting.examples[0] != setting.defaultText, "\(setting.key)")
            for text in [setting.defaultText] + setting.examples {
                var settings = MapSettings()
                try setting.assign(text, to: &settings)
                #expect(setting.text(settings) == text, "\(setting.key) = \(text)")
            }
        }
    }

    @Test("the command line has one option per setting, named by the setting, and --at")
    func optionsMatchTheVocabulary() throws {
        let labels = Set(Mirror(reflecting: try MapOptionGroup.parse([])).children.compactMap(\.label))
        let expected = Set(MapSetting.all.map { setting in
            "_" + setting.key.split(separator: "_").enumerated()
                .map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        } + ["_at"])
        #expect(labels == expected)
    }

    @Test("flag over scenario over default, for every setting", arguments: settings)
    func precedence(key: String) throws {
        let setting = try setting(key)
        let (inFile, onCommandLine) = (setting.examples[0], setting.examples[1])
        let flags = try MapOptionGroup.parse(arguments(setting, onCommandLine)).overrides()
        let fromFile = try scenario([(setting.key, inFile)])
        let neither = try scenario([])

        #expect(setting.text(MapJob(scenario: fromFile, overrides: flags).settings) == onCommandLine)
        #expect(setting.text(MapJob(scenario: fromFile).settings) == inFile)
        #expect(setting.text(MapJob(scenario: neither, overrides: flags).settings) == onCommandLine)
        #expect(setting.text(MapJob(scenario: neither).settings) == setting.defaultText)
    }

    @Test("--no-graticule turns off the scenario's graticule in the drawn map's options")
    func noFlag() throws {
        let scenario = try scenario([("graticule", "true"), ("country_names", "yes")])
        let data = try DataStore()
        let off = try MapOptionGroup.parse(["--no-graticule"]).overrides()
        #expect(try MapJob(scenario: scenario, overrides: off).mapOptions(data: data).graticule == false)
        #expect(try MapJob(scenario: scenario, overrides: off).mapOptions(data: data).countryNames == true)
        #expect(try MapJob(scenario: scenario).mapOptions(data: data).graticule == true)
    }

    @Test("a bad value fails with the same words on the command line and in a scenario", arguments: [
        ("size", "big", "'big' is not a size", "write WIDTHxHEIGHT in pixels, e.g. 1600x1000"),
        ("size", "30000x100", "'30000x100' is larger than 20000 pixels per side", "use a smaller size"),
        ("scale", "9", "'9' is not a scale", "give a number from 0.5 to 8"),
        ("region", "10,50,20", "'10,50,20' is not W,S,E,N", "write west, south, east, north in degrees"),
        ("theme", "sepia", "unknown theme 'sepia'", "use light, dark or print"),
        ("resolution", "ultra", "unknown resolution 'ultra'", "use auto, crude, low, intermediate or high"),
        ("svg_text", "paths", "unknown svg text 'paths'", "use outline or real"),
        ("paper", "b5", "unknown paper 'b5'", "use a4, a3, letter or tabloid, with -portrait for upright (a4-portrait), or none"),
        ("graticule", "perhaps", "'perhaps' is not true or false", "write true or false"),
    ])
    func sameMessages(key: String, value: String, message: String, fix: String) throws {
        let setting = try setting(key)
        do {
            let arguments = setting.isBoolean ? [] : ["--\(setting.flag)", value]
            _ = try MapOptionGroup.parse(arguments).overrides()
            if !setting.isBoolean { Issue.record("--\(setting.flag) \(value) was accepted") }
        } catch let error as MovemapError {
            #expect(error.description.hasPrefix("--\(setting.flag) \(message) — \(fix)"), "\(error.description)")
        }
        do {
            _ = try scenario([(key, value)])
            Issue.record("map: {\(key): \(value)} was accepted")
        } catch let error as ScenarioError {
            let text = error.problems.map(\.description).joined(separator: "\n")
            #expect(text.hasPrefix("map.yaml:1:") && text.contains("error: \(message) — \(fix)"), "\(text)")
        }
    }

    @Test("the scenario schema and docs/scenario.md list exactly the settings, with their defaults")
    func docsAndSchema() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let schemaData = try Data(contentsOf: root.appendingPathComponent("docs/scenario.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: schemaData) as? [String: Any])
        let properties = try #require(((schema["properties"] as? [String: Any])?["map"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(MapSetting.all.map(\.key)))
        for setting in MapSetting.all where setting.isBoolean {
            #expect((properties[setting.key] as? [String: Any])?["type"] as? String == "boolean", "\(setting.key)")
        }

        let docs = try String(contentsOf: root.appendingPathComponent("docs/scenario.md"), encoding: .utf8)
        let table = MapSetting.all.map { setting in
            "| `\(setting.key)` | `--\(setting.flag)`\(setting.isBoolean ? " / `--no-\(setting.flag)`" : "") | `\(setting.defaultText)` | \(setting.help) |"
        }.joined(separator: "\n")
        #expect(docs.contains(table), "docs/scenario.md should hold this table:\n\(table)")
    }
}
