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
