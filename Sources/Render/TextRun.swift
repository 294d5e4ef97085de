import Geo

/// A piece of text to draw: its top-left corner in points, font, colour and halo.
public struct TextRun: Sendable, Equatable {
    /// The text, drawn as one layout (it may hold line breaks).
    public var text: String
    /// The top-left corner of the text's logical box, in page points (y down).
    public var origin: ProjectedPoint
    /// The font.
    public var font: Font
    /// The fill colour of the glyphs.
    public var color: Color
    /// A halo stroked behind the glyphs so text reads on any background; `nil` for none.
    public var halo: Color?
    /// How far the halo reaches beyond the glyph outlines, in points (the stroke is twice
    /// as wide).
    public var haloWidth: Double
    /// Letter spacing in points, e.g. for sea names.
    public var letterSpacing: Double
    /// Clockwise turn of the text about ``origin``, in radians (page y points down), for
    /// names set along a line.
    public var rotation: Double

    /// A run of `text` at `origin` (page points); no halo and no letter spacing unless given.
    public init(text: String, origin: ProjectedPoint, font: Font, color: Color,
                halo: Color? = nil, haloWidth: Double = 3, letterSpacing: Double = 0, rotation: Double = 0) {
        self.text = text
        self.origin = origin
        self.font = font
        self.color = color
        self.halo = halo
        self.haloWidth = haloWidth
        self.letterSpacing = letterSpacing
        self.rotation = rotation
    }
}
