import Foundation
import Geo

/// Distance along a page polyline: points at a given arc length, and how far a stretch
/// strays from its chord.
struct PolylineWalk {
    let points: [ProjectedPoint]
    /// Arc length at each vertex, in points.
    let distances: [Double]

    init(_ points: [ProjectedPoint]) {
        self.points = points
        var distances = [0.0]
        for (a, b) in zip(points, points.dropFirst()) { distances.append(distances.last! + hypot(b.x - a.x, b.y - a.y)) }
        self.distances = distances
    }

    var length: Double { distances.last ?? 0 }

    /// The index of the segment holding arc length `s` (binary search).
    private func segment(at s: Double) -> Int {
        var low = 0, high = distances.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if distances[mid] <= s { low = mid } else { high = mid }
        }
        return low
    }

    func point(at s: Double) -> ProjectedPoint {
        guard points.count >= 2 else { return points.first ?? ProjectedPoint(x: 0, y: 0) }
        let clamped = min(max(s, 0), length)
        let index = min(segment(at: clamped), points.count - 2)
        let span = distances[index + 1] - distances[index]
        let t = span > 0 ? (clamped - distances[index]) / span : 0
        let a = points[index], b = points[index + 1]
        return ProjectedPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }

    /// The largest distance of a vertex between arc lengths `from` and `to` from the chord
    /// joining the points there, in points.
    func deviation(from: Double, to: Double) -> Double {
        let a = point(at: from), b = point(at: to)
        let dx = b.x - a.x, dy = b.y - a.y, chord = hypot(dx, dy)
        guard chord > 0 else { return .infinity }
        var worst = 0.0
        var index = segment(at: from) + 1
        while index < points.count && distances[index] < to {
            let p = points[index]
            worst = max(worst, abs((p.x - a.x) * dy - (p.y - a.y) * dx) / chord)
            index += 1
        }
        return worst
    }
}
