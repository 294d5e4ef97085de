/// How an SVG map writes its text.
public enum SVGTextMode: String, Sendable, Codable, CaseIterable {
    /// Glyph outlines as cairo draws them: looks exactly like the PNG, but text cannot be edited.
    case outline
    /// `<text>` elements in named Inkscape layers, editable in Inkscape or Illustrator.
    case real
}
