/// Radial-distance simplification, one vertex at a time: a vertex closer than `tolerance` to
/// the last one kept is dropped; the first and the last vertex are always kept. The map
/// thins its page lines with it to half a pixel; ``Polyline/simplified(tolerance:)`` thins
/// lon/lat lines.
public struct RadialThinning: Sendable {
    private let limit: Double
    private var last: ProjectedPoint?
    private var held: ProjectedPoint?

    /// A thinning that keeps vertices at least `tolerance` apart (in the points' units).
    public init(tolerance: Double) {
        limit = tolerance * tolerance
    }

    /// Takes the next vertex; returns the vertex now known to be kept, if any. The newest
    /// vertex is held back, since it is kept as the last one when no other follows.
    public mutating func offer(_ point: ProjectedPoint) -> ProjectedPoint? {
        guard let last else {
            self.last = point
            return point
        }
        var kept: ProjectedPoint?
        if let held {
            let dx = held.x - last.x, dy = held.y - last.y
            if dx * dx + dy * dy >= limit {
                kept = held
                self.last = held
            }
        }
        held = point
        return kept
    }

    /// The held-back last vertex (kept whatever its distance), and a fresh start.
    public mutating func finish() -> ProjectedPoint? {
        defer { last = nil; held = nil }
        return held
    }
}
