import Geo

/// Where a flight passes an area it is routed through ("over the Black Sea"): the point `p`
/// of the area that makes the path `a → p → b` shortest, on WGS84 geodesics.
///
/// When the geodesic from `a` to `b` crosses the area, every point of the crossing is
/// shortest (the flight keeps its arc); the middle of the crossing is taken. Otherwise the
/// shortest path touches the area's boundary: the boundary is sampled every 0.1° along its
/// edges (straight in longitude/latitude, as ``RingContainment`` reads them), and the best
/// sample is refined by golden-section search over the sample spacing either side.
///
/// Complexity: O(n + m·k) for n arc samples (every 20 km), m boundary samples and k area
/// vertices in the crossing test; two geodesic inverses per boundary sample.
public enum AreaPassage {
    /// Spacing of the boundary samples, in degrees of longitude or latitude.
    static let boundarySpacing = 0.1
    /// Spacing of the arc samples tested against the area, in meters.
    static let arcSpacing = 20_000.0

    /// The point of `area` (vertices in degrees, any winding, not closed) on the shortest
    /// path from `a` to `b` through it, longitude in −180…180; `nil` for fewer than three vertices.
    static func point(in area: [Coordinate], from a: Coordinate, to b: Coordinate) -> Coordinate? {
        guard area.count >= 3 else { return nil }
        let geodesic = Geodesic.wgs84
        let arc = geodesic.line(from: a, to: b, maximumSpacing: arcSpacing)
        let inside = arc.filter { RingContainment.contains(area, $0) }
        if !inside.isEmpty { return wrapped(inside[inside.count / 2]) }

        let samples = boundary(area)
        func length(_ point: Coordinate) -> Double {
            geodesic.distance(from: a, to: point) + geodesic.distance(from: point, to: b)
        }
        let lengths = samples.map(length)
        guard let best = lengths.indices.min(by: { lengths[$0] < lengths[$1] }) else { return nil }
        let count = samples.count
        var point = samples[best], shortest = lengths[best]
        for neighbour in [(best + count - 1) % count, (best + 1) % count] {
            let (candidate, candidateLength) = goldenSection(from: samples[best], to: samples[neighbour], length: length)
            if candidateLength < shortest { (point, shortest) = (candidate, candidateLength) }
        }
        return wrapped(point)
    }

    /// The passing points of a route's waypoints: an area (`area` set) between two others
    /// becomes its ``point(in:from:to:)`` between the point before (as passed) and the one
    /// after; ends and points stay as they are. Consecutive areas are settled in a second
    /// sweep, each against its neighbours' passing points.
    public static func points(_ waypoints: [(coordinate: Coordinate, area: [Coordinate]?)]) -> [Coordinate] {
        var result = waypoints.map(\.coordinate)
        guard waypoints.count >= 3 else { return result }
        let middle = 1..<(waypoints.count - 1)
        let sweeps = middle.contains { waypoints[$0].area != nil && waypoints[$0 + 1].area != nil } ? 2 : 1
        for _ in 0..<sweeps {
            for index in middle {
                guard let area = waypoints[index].area,
                      let point = point(in: area, from: result[index - 1], to: result[index + 1]) else { continue }
                result[index] = point
            }
        }
        return result
    }

    /// Points along the area's edges, at most ``boundarySpacing`` apart, longitudes continuous.
    static func boundary(_ area: [Coordinate]) -> [Coordinate] {
        var samples: [Coordinate] = []
        for index in area.indices {
            let start = area[index], end = area[(index + 1) % area.count]
            let span = max(abs(end.longitude - start.longitude), abs(end.latitude - start.latitude))
            let steps = max(1, Int((span / boundarySpacing).rounded(.up)))
            for step in 0..<steps {
                samples.append(interpolate(start, end, Double(step) / Double(steps)))
            }
        }
        return samples
    }

    /// The shortest point on the straight (longitude/latitude) segment `start`–`end` and its
    /// length, by golden-section search to a millionth of the segment.
    private static func goldenSection(from start: Coordinate, to end: Coordinate,
                                      length: (Coordinate) -> Double) -> (Coordinate, Double) {
        let ratio = (5.0.squareRoot() - 1) / 2
        var low = 0.0, high = 1.0
        var left = high - ratio * (high - low), right = low + ratio * (high - low)
        var leftLength = length(interpolate(start, end, left)), rightLength = length(interpolate(start, end, right))
        while high - low > 1e-6 {
            if leftLength < rightLength {
                (high, right, rightLength) = (right, left, leftLength)
                left = high - ratio * (high - low)
                leftLength = length(interpolate(start, end, left))
            } else {
                (low, left, leftLength) = (left, right, rightLength)
                right = low + ratio * (high - low)
                rightLength = length(interpolate(start, end, right))
            }
        }
        let middle = interpolate(start, end, (low + high) / 2)
        return (middle, length(middle))
    }

    private static func interpolate(_ start: Coordinate, _ end: Coordinate, _ fraction: Double) -> Coordinate {
        Coordinate(latitude: start.latitude + fraction * (end.latitude - start.latitude),
                   longitude: start.longitude + fraction * (end.longitude - start.longitude))
    }

    private static func wrapped(_ point: Coordinate) -> Coordinate {
        Coordinate(latitude: point.latitude, longitude: Coordinate.wrap(point.longitude))
    }
}
