/// Clipping of page-space geometry to an axis-aligned rectangle.
///
/// Polygons use Sutherland–Hodgman (Sutherland & Hodgman 1974) on the four edges; lines use
/// Liang–Barsky per segment and are split where they leave the rectangle.
public struct PlanarClip: Sendable {
    /// The rectangle's left, bottom, right and top sides, in page units (points or pixels,
    /// whichever the geometry is in).
    public var minimumX: Double, minimumY: Double, maximumX: Double, maximumY: Double

    /// A clip to the rectangle minimumX…maximumX by minimumY…maximumY, in the geometry's
    /// page units.
    public init(minimumX: Double, minimumY: Double, maximumX: Double, maximumY: Double) {
        self.minimumX = minimumX
        self.minimumY = minimumY
        self.maximumX = maximumX
        self.maximumY = maximumY
    }

    /// The part of a closed ring inside the rectangle (possibly with edges along its sides).
    public func clip(ring: [ProjectedPoint]) -> [ProjectedPoint] {
        switch placement(of: ring) {
        case .inside: return ring
        case .outside: return []
        case .crossing: break
        }
        var output = ring
        output = SutherlandHodgman.clip(output, inside: { $0.x >= minimumX }, intersect: { a, b in intersectX(a, b, minimumX) })
        output = SutherlandHodgman.clip(output, inside: { $0.x <= maximumX }, intersect: { a, b in intersectX(a, b, maximumX) })
        output = SutherlandHodgman.clip(output, inside: { $0.y >= minimumY }, intersect: { a, b in intersectY(a, b, minimumY) })
        output = SutherlandHodgman.clip(output, inside: { $0.y <= maximumY }, intersect: { a, b in intersectY(a, b, maximumY) })
        return output
    }

    /// The pieces of a polyline inside the rectangle.
    public func clip(line: [ProjectedPoint]) -> [[ProjectedPoint]] {
        switch placement(of: line) {
        case .inside: return line.count >= 2 ? [line] : []
        case .outside: return []
        case .crossing: break
        }
        var pieces: [[ProjectedPoint]] = []
        var current: [ProjectedPoint] = []
        for (start, end) in zip(line, line.dropFirst()) {
            guard let (a, b) = clipSegment(start, end) else {
                if current.count >= 2 { pieces.append(current) }
                current = []
                continue
            }
            if current.isEmpty || current.last != a {
                if current.count >= 2 { pieces.append(current) }
                current = [a]
            }
            current.append(b)
        }
        if current.count >= 2 { pieces.append(current) }
        return pieces
    }

    /// Whether a point lies inside or on the rectangle.
    public func contains(_ point: ProjectedPoint) -> Bool {
        point.x >= minimumX && point.x <= maximumX && point.y >= minimumY && point.y <= maximumY
    }

    private enum Placement { case inside, outside, crossing }

    /// Whether every point is inside, the points' box misses the rectangle, or neither.
    private func placement(of points: [ProjectedPoint]) -> Placement {
        guard let first = points.first else { return .outside }
        var lowX = first.x, highX = first.x, lowY = first.y, highY = first.y
        for point in points {
            lowX = min(lowX, point.x); highX = max(highX, point.x)
            lowY = min(lowY, point.y); highY = max(highY, point.y)
        }
        if lowX >= minimumX, highX <= maximumX, lowY >= minimumY, highY <= maximumY { return .inside }
        if highX < minimumX || lowX > maximumX || highY < minimumY || lowY > maximumY { return .outside }
        return .crossing
    }

    private func clipSegment(_ a: ProjectedPoint, _ b: ProjectedPoint) -> (ProjectedPoint, ProjectedPoint)? {
        guard let (t0, t1) = PlanarSegment.clip(a.x, a.y, b.x, b.y,
                                                minX: minimumX, minY: minimumY, maxX: maximumX, maxY: maximumY)
        else { return nil }
        let dx = b.x - a.x, dy = b.y - a.y
        let start = t0 == 0 ? a : ProjectedPoint(x: a.x + t0 * dx, y: a.y + t0 * dy)
        let end = t1 == 1 ? b : ProjectedPoint(x: a.x + t1 * dx, y: a.y + t1 * dy)
        return (start, end)
    }

    private func intersectX(_ a: ProjectedPoint, _ b: ProjectedPoint, _ x: Double) -> ProjectedPoint {
        ProjectedPoint(x: x, y: a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x))
    }

    private func intersectY(_ a: ProjectedPoint, _ b: ProjectedPoint, _ y: Double) -> ProjectedPoint {
        ProjectedPoint(x: a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y: y)
    }
}
