import Geo

/// A path on the page, in points from the top-left corner, y down.
///
/// Built with the calls of a canvas path — `move`, `line`, `curve`, `close` — and replayed
/// by each sink: cairo path operations, or SVG path data (`M L C Z`).
public struct Path: Sendable, Equatable {
    /// One drawing operation; every point is in page points.
    public enum Element: Sendable, Equatable {
        /// Starts a new subpath at the point.
        case move(ProjectedPoint)
        /// A straight segment from the current point to the point.
        case line(ProjectedPoint)
        /// A cubic Bézier from the current point: first control, second control, end.
        case curve(ProjectedPoint, ProjectedPoint, ProjectedPoint)
        /// A straight segment back to the start of the subpath, closing it.
        case close
    }

    /// The operations in drawing order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// Whether the path has no operations; sinks draw nothing for it.
    public var isEmpty: Bool { elements.isEmpty }

    /// Starts a new subpath at `point` (page points).
    public mutating func move(to point: ProjectedPoint) { elements.append(.move(point)) }
    /// Adds a straight segment to `point` (page points).
    public mutating func line(to point: ProjectedPoint) { elements.append(.line(point)) }
    /// Adds a cubic Bézier through the control points `control1` and `control2` to `end`,
    /// all in page points.
    public mutating func curve(_ control1: ProjectedPoint, _ control2: ProjectedPoint, _ end: ProjectedPoint) {
        elements.append(.curve(control1, control2, end))
    }
    /// Closes the current subpath with a straight segment to its start.
    public mutating func close() { elements.append(.close) }

    /// Appends a polyline, or a closed ring when `closed`.
    public mutating func add(_ points: [ProjectedPoint], closed: Bool) {
        guard let first = points.first else { return }
        move(to: first)
        for point in points.dropFirst() { line(to: point) }
        if closed { close() }
    }

    /// A rectangle from its top-left corner and size, in points.
    public static func rectangle(x: Double, y: Double, width: Double, height: Double) -> Path {
        var path = Path()
        path.add([ProjectedPoint(x: x, y: y), ProjectedPoint(x: x + width, y: y),
                  ProjectedPoint(x: x + width, y: y + height), ProjectedPoint(x: x, y: y + height)], closed: true)
        return path
    }

    /// A circle of `radius` points about `center`, made of four cubic Béziers with the
    /// usual control distance 0.5523 × radius (radial error below 0.03% of the radius).
    public static func circle(center: ProjectedPoint, radius: Double) -> Path {
        let k = 0.5522847498 * radius
        let (x, y, r) = (center.x, center.y, radius)
        var path = Path()
        path.move(to: ProjectedPoint(x: x + r, y: y))
        path.curve(ProjectedPoint(x: x + r, y: y + k), ProjectedPoint(x: x + k, y: y + r), ProjectedPoint(x: x, y: y + r))
        path.curve(ProjectedPoint(x: x - k, y: y + r), ProjectedPoint(x: x - r, y: y + k), ProjectedPoint(x: x - r, y: y))
        path.curve(ProjectedPoint(x: x - r, y: y - k), ProjectedPoint(x: x - k, y: y - r), ProjectedPoint(x: x, y: y - r))
        path.curve(ProjectedPoint(x: x + k, y: y - r), ProjectedPoint(x: x + r, y: y - k), ProjectedPoint(x: x + r, y: y))
        path.close()
        return path
    }
}

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

/// The extent of a piece of text, in points.
public struct TextExtent: Sendable, Equatable {
    /// The width of the logical box in points, letter spacing included.
    public var width: Double
    /// The height of the logical box in points (all lines).
    public var height: Double
    /// Distance from the top of the logical box to the first baseline.
    public var baseline: Double
}

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
