import Geo

/// A path on the page, in points from the top-left corner, y down.
public struct Path: Sendable, Equatable {
    public enum Element: Sendable, Equatable {
        case move(ProjectedPoint)
        case line(ProjectedPoint)
        case curve(ProjectedPoint, ProjectedPoint, ProjectedPoint)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    public var isEmpty: Bool { elements.isEmpty }

    public mutating func move(to point: ProjectedPoint) { elements.append(.move(point)) }
    public mutating func line(to point: ProjectedPoint) { elements.append(.line(point)) }
    public mutating func curve(_ control1: ProjectedPoint, _ control2: ProjectedPoint, _ end: ProjectedPoint) {
        elements.append(.curve(control1, control2, end))
    }
    public mutating func close() { elements.append(.close) }

    /// Appends a polyline, or a closed ring when `closed`.
    public mutating func add(_ points: [ProjectedPoint], closed: Bool) {
        guard let first = points.first else { return }
        move(to: first)
        for point in points.dropFirst() { line(to: point) }
        if closed { close() }
    }

    /// A rectangle from its top-left corner and size.
    public static func rectangle(x: Double, y: Double, width: Double, height: Double) -> Path {
        var path = Path()
        path.add([ProjectedPoint(x: x, y: y), ProjectedPoint(x: x + width, y: y),
                  ProjectedPoint(x: x + width, y: y + height), ProjectedPoint(x: x, y: y + height)], closed: true)
        return path
    }

    /// A circle made of four cubic Béziers (error below 0.03% of the radius).
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
    public var family: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(family: String, size: Double, bold: Bool = false, italic: Bool = false) {
        self.family = family
        self.size = size
        self.bold = bold
        self.italic = italic
    }

    /// The Pango font description string, e.g. `Noto Sans Bold 11`.
    public var pangoDescription: String {
        "\(family)\(bold ? " Bold" : "")\(italic ? " Italic" : "") \(size)px"
    }
}

/// The extent of a piece of text, in points.
public struct TextExtent: Sendable, Equatable {
    public var width: Double
    public var height: Double
    /// Distance from the top of the logical box to the first baseline.
    public var baseline: Double
}

/// A piece of text to draw: its top-left corner in points, font, colour and halo.
public struct TextRun: Sendable, Equatable {
    public var text: String
    public var origin: ProjectedPoint
    public var font: Font
    public var color: Color
    /// A halo stroked behind the glyphs so text reads on any background; width in points.
    public var halo: Color?
    public var haloWidth: Double
    /// Letter spacing in points, e.g. for sea names.
    public var letterSpacing: Double
    /// Clockwise turn of the text about ``origin``, in radians (page y points down), for
    /// names set along a line.
    public var rotation: Double

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
public protocol Canvas: AnyObject {
    /// Starts a named layer (`ocean`, `land`, `routes` …); layers do not nest.
    func beginLayer(_ name: String)
    func endLayer()
    func fill(_ path: Path, color: Color)
    func stroke(_ path: Path, pen: Pen)
    func draw(_ text: TextRun)
    /// The size text will take, so layout and label placement work in any sink.
    func measure(_ text: String, font: Font, letterSpacing: Double) -> TextExtent
    /// Restricts drawing to a rectangle until `resetClip`.
    func clip(to path: Path)
    func resetClip()
}
