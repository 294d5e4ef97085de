import Foundation
import Geo

/// The point of a polygon farthest from its outline, where a name sits best.
///
/// Cells covering the polygon are split best-first, each bounded by its centre's distance
/// plus its half-diagonal, until no cell can beat the best point by more than `precision`
/// (the method of Agafonkin's "polylabel", 2016). Rings are even–odd, so holes and islands
/// count; distances are in page points.
enum PoleOfInaccessibility {
    struct Cell {
        var x: Double, y: Double, half: Double, distance: Double
        var bound: Double { distance + half * 2.squareRoot() }
    }

    /// The point and its distance to the nearest edge, or nil for empty or degenerate rings.
    static func find(_ rings: [[ProjectedPoint]], precision: Double = 1) -> (point: ProjectedPoint, distance: Double)? {
        // Vertices closer than the precision to the last one kept change no distance by more
        // than that: drop them, so long coasts cost what their shape needs.
        let rings = rings.map { ring -> [ProjectedPoint] in
            var kept: [ProjectedPoint] = []
            kept.reserveCapacity(ring.count)
            for point in ring {
                if let last = kept.last, abs(point.x - last.x) < precision, abs(point.y - last.y) < precision { continue }
                kept.append(point)
            }
            return kept
        }.filter { $0.count >= 3 }
        let points = rings.flatMap { $0 }
        guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
              let minY = points.map(\.y).min(), let maxY = points.map(\.y).max() else { return nil }
        let width = maxX - minX, height = maxY - minY
        let size = min(width, height)
        guard size > 0 else { return nil }
        func cell(_ x: Double, _ y: Double, _ half: Double) -> Cell {
            Cell(x: x, y: y, half: half, distance: signedDistance(ProjectedPoint(x: x, y: y), rings))
        }
        var queue: [Cell] = []
        var y = minY
        while y < maxY {
            var x = minX
            while x < maxX {
                queue.append(cell(x + size / 2, y + size / 2, size / 2))
                x += size
            }
            y += size
        }
        var best = cell(minX + width / 2, minY + height / 2, 0)
        var rounds = 0
        while !queue.isEmpty, rounds < 20_000 {
            rounds += 1
            var top = 0
            for index in queue.indices where queue[index].bound > queue[top].bound { top = index }
            queue.swapAt(top, queue.count - 1)
            let current = queue.removeLast()
            if current.distance > best.distance { best = current }
            guard current.bound - best.distance > precision else { continue }
            let h = current.half / 2
            for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] { queue.append(cell(current.x + dx, current.y + dy, h)) }
        }
        guard best.distance > 0 else { return nil }
        return (ProjectedPoint(x: best.x, y: best.y), best.distance)
    }

    /// Distance from `point` to the nearest ring edge, positive inside (even–odd), negative outside.
    static func signedDistance(_ point: ProjectedPoint, _ rings: [[ProjectedPoint]]) -> Double {
        var inside = false
        var nearest = Double.infinity
        for ring in rings where ring.count >= 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.y > point.y) != (previous.y > point.y),
                   point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x {
                    inside.toggle()
                }
                nearest = min(nearest, segmentDistanceSquared(point, current, previous))
                previous = current
            }
        }
        return (inside ? 1 : -1) * nearest.squareRoot()
    }

    private static func segmentDistanceSquared(_ p: ProjectedPoint, _ a: ProjectedPoint, _ b: ProjectedPoint) -> Double {
        var x = a.x, y = a.y
        let dx = b.x - x, dy = b.y - y
        if dx != 0 || dy != 0 {
            let t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy)
            if t > 1 { x = b.x; y = b.y } else if t > 0 { x += dx * t; y += dy * t }
        }
        return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
    }
}
