import Foundation
import Geo

/// One closed ring on the auxiliary sphere, with bounding caps for fast rejection.
///
/// The ring's edges are grouped in runs of 16; each run and the whole ring carry a
/// spherical cap (centre, angular radius) so an arc far from them skips its edges.
struct ObstacleRing: Sendable {
    /// A spherical cap: every point within `radius` radians of `center`.
    struct Cap: Sendable {
        var center: UnitVector
        var cosRadius: Double
        var sinRadius: Double
        var isLarge: Bool

        init(_ points: ArraySlice<UnitVector>) {
            var sum = UnitVector(x: 0, y: 0, z: 0)
            for point in points { sum = sum + point }
            let center = sum.normalized
            self.center = center
            let radius = sum.length < 1e-9 ? Double.pi : points.map { center.angle(to: $0) }.max() ?? 0
            let padded = radius + 1e-9
            cosRadius = cos(padded)
            sinRadius = sin(padded)
            isLarge = padded >= .pi / 2
        }

        /// Whether the arc a→b (unit normal `normal`) may come within the cap.
        func mayReach(_ a: UnitVector, _ b: UnitVector, normal: UnitVector) -> Bool {
            if isLarge { return true }
            let offset = normal.dot(center)
            if abs(offset) > sinRadius { return false }
            let foot = UnitVector(x: center.x - offset * normal.x, y: center.y - offset * normal.y,
                                    z: center.z - offset * normal.z)
            if a.cross(foot).dot(normal) >= 0, foot.cross(b).dot(normal) >= 0 { return true }
            return a.dot(center) >= cosRadius || b.dot(center) >= cosRadius
        }
    }

    static let runLength = 16

    let coordinates: [Coordinate]
    let country: Int
    private let vertices: [UnitVector]
    private let cap: Cap
    private let runs: [Cap]
    private let south: Double
    private let north: Double

    init(_ coordinates: [Coordinate], country: Int) {
        self.coordinates = coordinates
        self.country = country
        vertices = coordinates.map { UnitVector(auxiliary: $0) }
        cap = Cap(vertices[...])
        var runs: [Cap] = []
        var start = 0
        while start < vertices.count {
            let end = min(start + ObstacleRing.runLength, vertices.count)
            var run = Array(vertices[start..<end])
            run.append(vertices[end % vertices.count])
            runs.append(Cap(run[...]))
            start = end
        }
        self.runs = runs
        south = coordinates.map(\.latitude).min() ?? 0
        north = coordinates.map(\.latitude).max() ?? 0
    }

    /// Whether the point lies inside the ring (even–odd, longitude/latitude edges).
    func contains(_ point: Coordinate) -> Bool {
        guard point.latitude >= south, point.latitude <= north else { return false }
        return Country.ring(coordinates, contains: point)
    }

    /// Whether the arc a→b (unit normal `normal`) crosses an edge of the ring.
    func crosses(_ a: UnitVector, _ b: UnitVector, normal: UnitVector) -> Bool {
        guard cap.mayReach(a, b, normal: normal) else { return false }
        let count = vertices.count
        for (index, run) in runs.enumerated() where run.mayReach(a, b, normal: normal) {
            let start = index * ObstacleRing.runLength
            for edge in start..<min(start + ObstacleRing.runLength, count)
            where UnitVector.arcsCross(a, b, vertices[edge], vertices[(edge + 1) % count]) {
                return true
            }
        }
        return false
    }
}
