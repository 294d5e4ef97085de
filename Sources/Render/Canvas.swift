import Geo

/// The drawing operations a map is made of. One description of the map feeds every sink:
/// the Cairo sink (PNG, PDF, outline SVG) and the SVG sink with named layers and real text.
protocol Canvas: AnyObject {
    /// Starts a named layer (`ocean`, `land`, `routes` …); layers do not nest.
    func beginLayer(_ name: String)
    /// Ends the open layer, if any.
    func endLayer()
    /// Fills `path` with `color` under the even-odd rule (holes in rings stay open).
    func fill(_ path: Path, color: Color)
    /// Strokes `path` with `pen`: width in points, round caps and joins.
    func stroke(_ path: Path, pen: Pen)
    /// Draws a text run, its halo first.
    func draw(_ text: TextRun)
    /// Draws a name along a line, every glyph's halo first.
    func draw(_ text: PathText)
    /// The size text will take, so layout and label placement work in any sink.
    func measure(_ text: String, font: Font, letterSpacing: Double) -> TextExtent
    /// Where each grapheme cluster of `text` starts in one layout of it, in points from its
    /// start, then the layout's width: `count + 1` offsets, for setting it glyph by glyph.
    func clusterOffsets(_ text: String, font: Font) -> [Double]
    /// Restricts drawing to a rectangle until `resetClip`.
    func clip(to path: Path)
    func resetClip()
}
