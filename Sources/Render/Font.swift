import Geo

/// A font: family, size in points, weight and style.
public struct Font: Hashable, Sendable {
    /// The font family as fontconfig names it, e.g. `Noto Sans`; Pango falls back to
    /// another font for scripts the family lacks.
    public var family: String
    /// The size in points (CSS pixels at scale 1).
    public var size: Double
    /// Bold weight.
    public var bold: Bool
    /// Italic style.
    public var italic: Bool
    /// The families a real-text SVG names in its `font-family`, in order of preference
    /// (cairo draws ``family`` alone); empty means ``family`` alone.
    public var preferredFamilies: [String]

    /// A font of `family` at `size` points; an SVG viewer is offered `preferredFamilies`
    /// when given (the list ``family`` was chosen from).
    public init(family: String, size: Double, bold: Bool = false, italic: Bool = false, preferredFamilies: [String] = []) {
        self.family = family
        self.size = size
        self.bold = bold
        self.italic = italic
        self.preferredFamilies = preferredFamilies
    }

    /// The CSS `font-family` list: ``preferredFamilies`` (or ``family``), each quoted, then
    /// the generic `sans-serif` unless the list already ends in a generic family
    /// (`'Source Sans 3', 'Noto Sans', sans-serif`).
    var cssFamilyList: String {
        let generics: Set<String> = ["serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"]
        var names = preferredFamilies.isEmpty ? [family] : preferredFamilies
        if !generics.contains(names[names.count - 1].lowercased()) { names.append("sans-serif") }
        return names.map { name in
            if generics.contains(name.lowercased()) { return name.lowercased() }
            let escaped = name.map { $0 == "\\" || $0 == "'" ? "\\\($0)" : String($0) }.joined()
            return "'\(escaped)'"
        }.joined(separator: ", ")
    }

    /// The Pango font description string, e.g. `Noto Sans Bold 11.0px`: an absolute size
    /// (`px`) in the page's units, points.
    var pangoDescription: String {
        "\(family)\(bold ? " Bold" : "")\(italic ? " Italic" : "") \(size)px"
    }
}
