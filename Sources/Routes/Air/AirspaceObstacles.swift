import Foundation
import Geo

/// The closed airspace of a set of countries, prepared for shortest-path search.
///
/// Obstacles are the countries' airspace rings (``Country/airspace``: territory grown by
/// 12 nm over the sea, ending ~3 km past land borders). The search is A* over a
/// visibility graph on the auxiliary sphere (Lozano-Pérez & Wesley 1979): nodes are the
/// origin, the destination and the convex corners of the rings, pushed ~330 m outward;
/// an edge exists where the great-circle arc crosses no ring edge. Only bitangent edges
/// are tried (the line supports the ring at each corner it touches), and an edge's
/// visibility is tested only when it would improve a tentative distance.
///
/// Complexity: preparation O(V·R) for V corners and R ring vertices; a search pops each
/// node once and scans all nodes per pop, O(V²) cheap tests plus the arc tests, which
/// spherical caps over runs of 16 edges keep to a few edges each. About 20 ms for the
/// ten-country air bridge to Syria (787 corners) in an optimized build.
struct AirspaceObstacles: Sendable {
    /// A corner of an airspace ring where a shortest path may turn.
    struct Corner: Sendable {
        var coordinate: Coordinate
        var position: UnitVector
        var previous: UnitVector
        var next: UnitVector
    }

    let rings: [ObstacleRing]
    let corners: [Corner]
    private let countries: [Country]

    /// Perpendicular distance corners are pushed outward, in degrees of latitude (~330 m).
    private static let cornerOffset = 0.003

    init(countries: [Country]) {
        self.countries = countries
        var rings: [ObstacleRing] = []
        for (index, country) in countries.enumerated() {
            let source = country.airspace.isEmpty ? country.rings : country.airspace
            rings += source.filter { $0.count >= 3 }.map { ObstacleRing($0, country: index) }
        }
        self.rings = rings
        var corners: [Corner] = []
        for ring in rings {
            corners += AirspaceObstacles.convexCorners(of: ring.coordinates)
        }
        // A corner inside another closed ring can never be reached.
        self.corners = corners.filter { corner in !rings.contains { $0.contains(corner.coordinate) } }
    }

    /// The corners of a shortest path from `start` to `end` that avoids the rings, both
    /// ends included, or `nil` when the rings enclose one end.
    func shortestPath(from start: Coordinate, to end: Coordinate) -> [Coordinate]? {
        let count = corners.count
        let startIndex = count, goalIndex = count + 1
        var positions = corners.map(\.position)
        positions.append(UnitVector(auxiliary: start))
        positions.append(UnitVector(auxiliary: end))
        let startSpared = spared(start), goalSpared = spared(end)

        let bothSpared = Spared(rings: startSpared.rings + goalSpared.rings,
                                territory: startSpared.territory + goalSpared.territory)

        func visible(_ u: Int, _ w: Int) -> Bool {
            let touchesStart = u == startIndex || w == startIndex, touchesGoal = u == goalIndex || w == goalIndex
            let sparing = touchesStart ? (touchesGoal ? bothSpared : startSpared) : (touchesGoal ? goalSpared : Spared())
            return isClear(from: positions[u], to: positions[w], sparing: sparing)
        }

        var distance = [Double](repeating: .infinity, count: count + 2)
        var parent = [Int](repeating: -1, count: count + 2)
        var closed = [Bool](repeating: false, count: count + 2)
        var queue = MinQueue()
        distance[startIndex] = 0
        queue.push(positions[startIndex].angle(to: positions[goalIndex]), startIndex)
        while let u = queue.pop() {
            if closed[u] { continue }
            closed[u] = true
            if u == goalIndex { break }
            let here = positions[u]
            for w in 0..<(count + 2) where !closed[w] && w != startIndex {
                let normal = here.cross(positions[w])
                if u < count, !supports(normal, corners[u]) { continue }
                if w < count, !supports(normal, corners[w]) { continue }
                let candidate = distance[u] + here.angle(to: positions[w])
                guard candidate < distance[w], visible(u, w) else { continue }
                distance[w] = candidate
                parent[w] = u
                queue.push(candidate + positions[w].angle(to: positions[goalIndex]), w)
            }
        }
        guard distance[goalIndex].isFinite else { return nil }
        var path: [Coordinate] = [end]
        var node = parent[goalIndex]
        while node != startIndex, node >= 0 {
            path.append(corners[node].coordinate)
            node = parent[node]
        }
        path.append(start)
        return path.reversed()
    }

    /// Whether the great-circle line with this normal leaves the corner's ring on one side.
    private func supports(_ normal: UnitVector, _ corner: Corner) -> Bool {
        let a = normal.dot(corner.previous), b = normal.dot(corner.next)
        return !((a > 0 && b < 0) || (a < 0 && b > 0))
    }

    /// Rings a waypoint lies in (it is in the 12 nm margin, off the territory), and the
    /// territory rings of their countries that replace them for legs from that waypoint.
    struct Spared {
        var rings: [Int] = []
        var territory: [ObstacleRing] = []
    }

    private func spared(_ point: Coordinate) -> Spared {
        let inside = rings.indices.filter { rings[$0].contains(point) }
        let owners = Set(inside.map { rings[$0].country }).sorted()
        return Spared(rings: inside, territory: owners.flatMap { owner in
            countries[owner].rings.filter { $0.count >= 3 }.map { ObstacleRing($0, country: owner) }
        })
    }

    /// Whether the arc a→b crosses no ring edge. Both ends lie outside every ring not
    /// spared (corners are pushed outward, waypoints checked), so an arc that crosses no
    /// edge lies outside all of them.
    private func isClear(from a: UnitVector, to b: UnitVector, sparing: Spared) -> Bool {
        let normal = a.cross(b).normalized
        for (index, ring) in rings.enumerated() where ring.crosses(a, b, normal: normal) {
            if !sparing.rings.contains(index) { return false }
        }
        return !sparing.territory.contains { $0.crosses(a, b, normal: normal) }
    }

    /// Convex corners of a counter-clockwise ring, pushed outward along the bisector.
    private static func convexCorners(of ring: [Coordinate]) -> [Corner] {
        var result: [Corner] = []
        let count = ring.count
        for index in 0..<count {
            let previous = ring[(index + count - 1) % count], vertex = ring[index], next = ring[(index + 1) % count]
            let scale = max(cos(vertex.latitude * .pi / 180), 0.05)
            let (ax, ay) = ((vertex.longitude - previous.longitude) * scale, vertex.latitude - previous.latitude)
            let (bx, by) = ((next.longitude - vertex.longitude) * scale, next.latitude - vertex.latitude)
            let lengthA = (ax * ax + ay * ay).squareRoot(), lengthB = (bx * bx + by * by).squareRoot()
            guard lengthA > 0, lengthB > 0, ax * by - ay * bx > 0 else { continue }
            // Outward normals of a counter-clockwise ring point to the right of each edge.
            let (nx, ny) = (ay / lengthA + by / lengthB, -ax / lengthA - bx / lengthB)
            let normalLength = (nx * nx + ny * ny).squareRoot()
            guard normalLength > 1e-12 else { continue }
            let along = (nx / normalLength) * (ay / lengthA) + (ny / normalLength) * (-ax / lengthA)
            let offset = cornerOffset / max(along, 0.25)
            let coordinate = Coordinate(
                latitude: min(max(vertex.latitude + ny / normalLength * offset, -90), 90),
                longitude: Coordinate.wrap(vertex.longitude + nx / normalLength * offset / scale))
            result.append(Corner(coordinate: coordinate, position: UnitVector(auxiliary: coordinate),
                                 previous: UnitVector(auxiliary: previous), next: UnitVector(auxiliary: next)))
        }
        return result
    }
}
