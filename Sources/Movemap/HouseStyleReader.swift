import Foundation
import Geo
import Render
import Routes
import Scenario
import Yams

/// Reads a house style's YAML onto a theme, collecting every problem with its line and
/// column: unknown keys (with the closest known key), bad colours, dash or symbol names,
/// negative widths, opacities outside 0…1.
struct HouseStyleReader {
    /// The file problems are reported against.
    let file: String
    /// The theme so far: the base theme with every key read so far applied.
    var theme: Theme
    private var problems: [ScenarioProblem] = []

    /// A theme with a colour or pen to override, by key.
    private struct Field<Value> {
        var key: String
        var path: WritableKeyPath<Theme, Value>
    }

    private static var colors: [Field<Color>] {
        [Field(key: "ocean", path: \.ocean), Field(key: "land", path: \.land), Field(key: "lakes", path: \.lake),
         Field(key: "text", path: \.text), Field(key: "halo", path: \.halo), Field(key: "sea_text", path: \.seaText),
         Field(key: "country_text", path: \.countryText), Field(key: "panel", path: \.panel),
         Field(key: "panel_text", path: \.panelText), Field(key: "marker", path: \.marker),
         Field(key: "marker_outline", path: \.markerOutline), Field(key: "casing", path: \.casing)]
    }
    private static var pens: [Field<Pen>] {
        [Field(key: "coast", path: \.coast), Field(key: "borders", path: \.border), Field(key: "graticule", path: \.graticule)]
    }
    private static var modes: [Field<Color>] {
        [Field(key: "air", path: \.air), Field(key: "sea", path: \.sea), Field(key: "road", path: \.road)]
    }

    static let topKeys = colors.map(\.key) + pens.map(\.key) + ["routes", "markers", "font"]
    static let routeKeys = modes.map(\.key) + ["width", "casing_width"] + Certainty.allCases.map(\.rawValue)
    static let penKeys = ["width", "color", "dash"]
    static let lineKeys = ["dash", "opacity", "color"]
    static let markerKeys = MarkerKind.allCases.map(\.rawValue)

    init(file: String, theme: Theme) {
        self.file = file
        self.theme = theme
    }

    /// Applies the style `text` to ``theme``. Throws `ScenarioError.invalid` with every
    /// problem; an empty file changes nothing.
    mutating func read(_ text: String) throws {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return }
            root = node
        } catch let error as YamlError {
            throw ScenarioError.invalid([ScenarioReader.syntaxProblem(error, text: text, file: file)])
        }
        if let top = mapping(root, what: "a style") {
            checkKeys(top, allowed: Self.topKeys, in: "the style")
            for field in Self.colors { if let color = color(top[field.key], key: field.key) { theme[keyPath: field.path] = color } }
            for field in Self.pens { if let node = top[field.key] { readPen(node, key: field.key, into: field.path) } }
            if let node = top["routes"] { readRoutes(node) }
            if let node = top["markers"] { readMarkers(node) }
            if let node = top["font"] { readFont(node) }
        }
        if !problems.isEmpty { throw ScenarioError.invalid(problems) }
    }

    // MARK: Sections

    /// A pen as `width,color,dash` (`0.6pt,#7d97ab,solid`) or a mapping naming any of
    /// `width`, `color`, `dash`, the rest kept.
    private mutating func readPen(_ node: Node, key: String, into path: WritableKeyPath<Theme, Pen>) {
        if let text = node.scalar?.string {
            if let width = text.split(separator: ",").first.flatMap({ Length(parsing: String($0)) }), width.points < 0 {
                report(node, "'\(key)' width \(String(text.split(separator: ",")[0])) is negative", fix: "give a width of 0 or more, e.g. '0.6pt,#7d97ab,solid'")
            } else if let pen = Pen(parsing: text) {
                theme[keyPath: path] = pen
            } else {
                report(node, "'\(text)' is not a pen for '\(key)'",
                       fix: "write width,color,dash, e.g. '0.6pt,#7d97ab,solid' (dash: \(Self.dashNames)), or a mapping of width, color and dash")
            }
            return
        }
        guard let map = mapping(node, what: "'\(key)'") else { return }
        checkKeys(map, allowed: Self.penKeys, in: "'\(key)'")
        if let width = width(map["width"], key: "\(key).width") { theme[keyPath: path].width = width }
        if let color = color(map["color"], key: "\(key).color") { theme[keyPath: path].color = color }
        if let dash = dash(map["dash"], key: "\(key).dash") { theme[keyPath: path].dash = dash }
    }

    /// `routes:` — colours by mode, the width of one movement, the casing's extra width, and
    /// the line of each certainty.
    private mutating func readRoutes(_ node: Node) {
        guard let map = mapping(node, what: "'routes'") else { return }
        checkKeys(map, allowed: Self.routeKeys, in: "'routes'")
        for field in Self.modes { if let color = color(map[field.key], key: "routes.\(field.key)") { theme[keyPath: field.path] = color } }
        if let width = width(map["width"], key: "routes.width") { theme.routeWidth = width }
        if let width = width(map["casing_width"], key: "routes.casing_width") { theme.casingWidth = width }
        for certainty in Certainty.allCases {
            guard let lineNode = map[certainty.rawValue], let line = mapping(lineNode, what: "'routes.\(certainty.rawValue)'") else { continue }
            let key = "routes.\(certainty.rawValue)"
            checkKeys(line, allowed: Self.lineKeys, in: "'\(key)'")
            var look = theme.certaintyLine(for: certainty)
            if let dash = dash(line["dash"], key: "\(key).dash") { look.dash = dash }
            if let color = color(line["color"], key: "\(key).color") { look.color = color }
            if let node = line["opacity"], let text = text(node, key: "\(key).opacity") {
                if let value = Double(text), (0...1).contains(value) { look.opacity = value } else {
                    report(node, "'\(text)' is not an opacity for '\(key)'", fix: "give a number from 0 (invisible) to 1 (opaque), e.g. 0.75")
                }
            }
            theme.certaintyLines[certainty] = look
        }
    }

    /// `markers:` — a symbol name per marker kind.
    private mutating func readMarkers(_ node: Node) {
        guard let map = mapping(node, what: "'markers'") else { return }
        checkKeys(map, allowed: Self.markerKeys, in: "'markers'")
        for kind in MarkerKind.allCases {
            guard let node = map[kind.rawValue], let text = text(node, key: "markers.\(kind.rawValue)") else { continue }
            if let shape = MarkerShape(parsing: text) { theme.markerShapes[kind] = shape } else {
                let close = Suggest.closest(to: text, in: MarkerShape.names, limit: 1)
                report(node, "unknown marker symbol '\(text)' for '\(kind.rawValue)'",
                       fix: (close.first.map { "did you mean '\($0)'? " } ?? "") + "use \(MarkerShape.names.joined(separator: ", "))")
            }
        }
    }

    /// `font:` — one family or a list in order of preference.
    private mutating func readFont(_ node: Node) {
        let items = node.sequence.map(Array.init) ?? [node]
        var families: [String] = []
        for item in items {
            guard let name = text(item, key: "font") else { continue }
            families.append(name)
        }
        if items.isEmpty { report(node, "'font' lists no family", fix: "write font: [\"Noto Sans\", \"DejaVu Sans\"]") }
        if families.count == items.count { theme.setFonts(families) }
    }

    // MARK: Values

    private static let dashNames = Pen.Dash.allCases.map(\.rawValue).joined(separator: ", ")

    private mutating func color(_ node: Node?, key: String) -> Color? {
        guard let node, let text = text(node, key: key) else { return nil }
        guard let color = Color(parsing: text) else {
            report(node, "'\(text)' is not a colour for '\(key)'", fix: "write #rrggbb or #rrggbbaa in quotes, e.g. \(key.split(separator: ".").last!): \"#1f4e9a\"")
            return nil
        }
        return color
    }

    private mutating func width(_ node: Node?, key: String) -> Double? {
        guard let node, let text = text(node, key: key) else { return nil }
        guard let length = Length(parsing: text) else {
            report(node, "'\(text)' is not a width for '\(key)'", fix: "give points, e.g. 0.6 or 0.6pt (or mm, cm, in)")
            return nil
        }
        guard length.points >= 0 else {
            report(node, "'\(key)' width \(text) is negative", fix: "give a width of 0 or more points, e.g. 0.6")
            return nil
        }
        return length.points
    }

    private mutating func dash(_ node: Node?, key: String) -> Pen.Dash? {
        guard let node, let text = text(node, key: key) else { return nil }
        guard let dash = Pen.Dash(rawValue: text.lowercased()) else {
            let close = Suggest.closest(to: text, in: Pen.Dash.allCases.map(\.rawValue), limit: 1)
            report(node, "unknown dash '\(text)' for '\(key)'", fix: (close.first.map { "did you mean '\($0)'? " } ?? "") + "use \(Self.dashNames)")
            return nil
        }
        return dash
    }

    /// The text of a scalar; a problem for a list, a mapping or an empty value (a colour
    /// written without quotes, `land: #f3f0e8`, is a YAML comment and leaves the key empty).
    private mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, "'\(key)' must be a single value, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text != "~", text != "null" else {
            let name = key.split(separator: ".").last.map(String.init) ?? key
            report(node, "'\(key)' has no value", fix: "give one, and quote colours: \(name): \"#rrggbb\" (an unquoted # starts a YAML comment)")
            return nil
        }
        return text
    }

    // MARK: Node helpers

    private mutating func report(_ node: Node, _ message: String, fix: String? = nil) {
        problems.append(ScenarioProblem(location: SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1),
                                        message: message, fix: fix))
    }

    private mutating func mapping(_ node: Node, what: String) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            report(node, "\(what) must be a mapping of keys to values", fix: "write 'key: value' lines")
            return nil
        }
        return mapping
    }

    private mutating func checkKeys(_ map: Node.Mapping, allowed: [String], in what: String) {
        for key in map.keys {
            guard let name = key.string else {
                report(key, "keys must be plain names")
                continue
            }
            guard !allowed.contains(name) else { continue }
            let closest = Suggest.closest(to: name, in: allowed, limit: 1)
            let fix = closest.isEmpty ? "allowed keys: \(allowed.joined(separator: ", "))"
                : "did you mean '\(closest[0])'? allowed keys: \(allowed.joined(separator: ", "))"
            report(key, "unknown key '\(name)' in \(what)", fix: fix)
        }
    }
}
