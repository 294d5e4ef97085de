import Foundation
import Render
import Routes
import Testing
@testable import Movemap
import Scenario

@Suite("House style files")
struct HouseStyleTests {
    func theme(_ text: String, base: Theme = .light) throws -> Theme {
        try HouseStyle.theme(text: text, file: "house.yaml", base: base)
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try theme(text)
            return []
        } catch let error as ScenarioError {
            return error.problems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a style overrides only the keys it names, starting from the chosen theme")
    func overridesOnlyWhatItNames() throws {
        let light = try theme("land: \"#112233\"\n")
        #expect(light.land == Color(hex: 0x112233))
        #expect(light.ocean == Theme.light.ocean && light.coast == Theme.light.coast && light.air == Theme.light.air)
        let dark = try theme("land: \"#112233\"\n", base: .dark)
        #expect(dark.land == Color(hex: 0x112233) && dark.ocean == Theme.dark.ocean && dark.text == Theme.dark.text)
        #expect(try theme("") == Theme.light)
    }

    @Test("colours, pens in both forms, route lines, marker symbols and a font list are read")
    func readsEveryKind() throws {
        let styled = try theme("""
        ocean: "#0a141e80"
        lakes: navy
        coast: "1.2pt,#445566,dotted"
        borders: {color: "#998877"}
        graticule: {width: 0.2mm, dash: dashed}
        routes:
          sea: "#0b4f8a"
          width: 3.5
          casing_width: 1
          reported: {dash: dashdot, opacity: 0.5, color: "#ff8800"}
        markers: {naval_base: square-outline, city: diamond}
        font: ["Movemap Missing Sans", "Noto Sans", "DejaVu Sans"]
        """)
        #expect(styled.ocean == Color(hex: 0x0a141e, alpha: Double(0x80) / 255))
        #expect(styled.lake == Color(hex: 0x000080))
        #expect(styled.coast == Pen(width: 1.2, color: Color(hex: 0x445566), dash: .dotted))
        #expect(styled.border == Pen(width: Theme.light.border.width, color: Color(hex: 0x998877), dash: Theme.light.border.dash))
        #expect(abs(styled.graticule.width - 0.2 * 72 / 25.4) < 1e-9 && styled.graticule.dash == .dashed)
        #expect(styled.sea == Color(hex: 0x0b4f8a) && styled.routeWidth == 3.5 && styled.casingWidth == 1)
        #expect(styled.certaintyLine(for: .reported) == CertaintyLine(dash: .dashdot, opacity: 0.5, color: Color(hex: 0xff8800)))
        #expect(styled.certaintyLine(for: .observed) == CertaintyLine.standard(for: .observed))
        #expect(styled.markerShape(for: .navalBase) == MarkerShape(.square, hollow: true))
        #expect(styled.markerShape(for: .city) == MarkerShape(.diamond))
        #expect(styled.markerShape(for: .airBase) == MarkerShape.standard(for: .airBase))
        #expect(styled.fontFamilies == ["Movemap Missing Sans", "Noto Sans", "DejaVu Sans"])
        #expect(styled.fontFamily == "Noto Sans", "the first installed family is drawn")
    }

    @Test("a bad colour, an unknown key and a negative width are each reported at file:line:col, all at once")
    func problemsWithLocations() {
        let found = problems("""
        land: "#12345"
        ocaen: "#ffffff"
        routes:
          width: -2
        coast: {width: -1pt}
        """)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.hasPrefix("house.yaml:1:7: error: '#12345' is not a colour for 'land' — write #rrggbb or #rrggbbaa") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("house.yaml:2:1: error: unknown key 'ocaen' in the style — did you mean 'ocean'?") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("house.yaml:4:10: error: 'routes.width' width -2 is negative") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("house.yaml:5:16: error: 'coast.width' width -1pt is negative") }, "\(found)")
    }

    @Test("unknown keys inside sections, dash names and symbol names suggest the closest", arguments: [
        ("routes: {sae: \"#000000\"}", "house.yaml:1:10: error: unknown key 'sae' in 'routes' — did you mean 'sea'?"),
        ("markers: {air_bse: circle}", "house.yaml:1:11: error: unknown key 'air_bse' in 'markers' — did you mean 'air_base'?"),
        ("markers: {port: sqare}", "house.yaml:1:17: error: unknown marker symbol 'sqare' for 'port' — did you mean 'square'?"),
        ("coast: {dash: dashd}", "house.yaml:1:15: error: unknown dash 'dashd' for 'coast.dash' — did you mean 'dashed'?"),
        ("routes: {planned: {opacity: 2}}", "house.yaml:1:29: error: '2' is not an opacity for 'routes.planned'"),
        ("land: #f3f0e8", "house.yaml:1:6: error: 'land' has no value — give one, and quote colours: land: \"#rrggbb\""),
    ])
    func suggestions(text: String, expected: String) {
        let found = problems(text)
        #expect(found.count == 1 && found[0].hasPrefix(expected), "\(found)")
    }

    @Test("a YAML syntax error names its place in the style file")
    func syntax() {
        let found = problems("land: [\"#ffffff\"\n")
        #expect(found.count == 1 && found[0].hasPrefix("house.yaml:") && found[0].contains("not valid YAML"), "\(found)")
    }

    @Test("the example style in docs/examples reads without problems")
    func example() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let styled = try HouseStyle.theme(path: root.appendingPathComponent("docs/examples/briefing-style.yaml").path, base: .light)
        #expect(styled.land == Color(hex: 0xefe8d8))
        #expect(styled.fontFamilies.first == "Source Sans 3")
    }

    @Test("a scenario's style path is relative to the scenario file")
    func stylePath() {
        #expect(ScenarioResolver.stylePath("house.yaml", scenarioFile: "maps/syria.yaml") == "maps/house.yaml")
        #expect(ScenarioResolver.stylePath("../styles/a.yaml", scenarioFile: "/srv/maps/syria.yaml") == "/srv/maps/../styles/a.yaml")
        #expect(ScenarioResolver.stylePath("/etc/house.yaml", scenarioFile: "maps/syria.yaml") == "/etc/house.yaml")
        #expect(ScenarioResolver.stylePath("house.yaml", scenarioFile: "syria.yaml") == "house.yaml")
        #expect(ScenarioResolver.stylePath("none", scenarioFile: "maps/syria.yaml") == "none")
        #expect(ScenarioResolver.stylePath("house.yaml", scenarioFile: ScenarioReader.standardInputName) == "house.yaml")
    }
}
