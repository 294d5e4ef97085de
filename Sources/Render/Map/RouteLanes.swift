import Foundation
import Geo

/// Draws routes that run along each other side by side instead of on top of each other.
///
/// Wherever a route's page line runs within `tolerance` points of, and roughly parallel
/// to, other routes, each takes a lane: the routes there are ranked by their order in the
/// document and shifted sideways by `spacing` points per lane, centred on the shared
/// line. The side is taken from the first route's direction, so routes in opposite
/// directions also come apart. Offsets are smoothed along the line and taper to nothing
/// over the last `taper` points, so every line still ends at its marker.
struct RouteLanes {
    /// One polyline to draw and the route it belongs to (pieces of one route never share lanes).
    struct Line {
        var route: Int
        var points: [ProjectedPoint]
    }

    /// Distance between lane centres in points.
    var spacing: Double
    /// How close, in points, two lines must run to share the road.
    var tolerance: Double = 3
    /// Length in points over which offsets fade in at each end.
    var taper: Double = 24
    /// Longest segment kept after densifying, in points.
    var step: Double = 4

    /// The lines moved into lanes, in the same order.
    func separate(_ lines: [Line]) -> [Line] {
        let dense = lines.map { Line(route: $0.route, points: densified($0.points)) }
        guard Set(dense.map(\.route)).count > 1 else { return dense }
        let index = SegmentGrid(lines: dense, cell: max(tolerance * 2, 8))
        return dense.map { line in
            guard line.points.count >= 2 else { return line }
            let raw = line.points.indices.map { offset(at: $0, of: line, index: index) }
            let smooth = smoothed(raw, along: line.points)
            var moved = line
            for i in line.points.indices {
                moved.points[i] = ProjectedPoint(x: line.points[i].x + smooth[i].x, y: line.points[i].y + smooth[i].y)
            }
            return moved
        }
    }

    // MARK: Private

    private func offset(at i: Int, of line: Line, index: SegmentGrid) -> ProjectedPoint {
        let points = line.points
        let p = points[i]
        let before = points[max(i - 1, 0)], after = points[min(i + 1, points.count - 1)]
        guard let tangent = unit(after.x - before.x, after.y - before.y) else { return ProjectedPoint(x: 0, y: 0) }
        // For every other route close by and parallel: its direction at the nearest point.
        let near = index.nearest(to: p, direction: tangent, within: tolerance, excluding: line.route)
        guard !near.isEmpty else { return ProjectedPoint(x: 0, y: 0) }
        let routes = (Array(near.keys) + [line.route]).sorted()
        let rank = Double(routes.firstIndex(of: line.route)!)
        let magnitude = (rank - Double(routes.count - 1) / 2) * spacing
        let reference = routes[0] == line.route ? tangent : near[routes[0]]!
        return ProjectedPoint(x: -reference.y * magnitude, y: reference.x * magnitude)
    }

    /// A moving average over ±`taper`/2 points of arc length, faded to zero at both ends.
    private func smoothed(_ offsets: [ProjectedPoint], along points: [ProjectedPoint]) -> [ProjectedPoint] {
        var distance = [0.0]
        for i in 1..<points.count {
            distance.append(distance[i - 1] + hypot(points[i].x - points[i - 1].x, points[i].y - points[i - 1].y))
        }
        let total = distance.last!
        let half = taper / 2
        var result: [ProjectedPoint] = []
        var low = 0, high = 0
        var sumX = 0.0, sumY = 0.0
        for i in points.indices {
            while high < points.count, distance[high] <= distance[i] + half {
                sumX += offsets[high].x; sumY += offsets[high].y; high += 1
            }
            while distance[low] < distance[i] - half {
                sumX -= offsets[low].x; sumY -= offsets[low].y; low += 1
            }
            let count = Double(high - low)
            let fade = min(1, distance[i] / taper, (total - distance[i]) / taper)
            let weight = fade * fade * (3 - 2 * fade)
            result.append(ProjectedPoint(x: sumX / count * weight, y: sumY / count * weight))
        }
        return result
    }

    private func densified(_ points: [ProjectedPoint]) -> [ProjectedPoint] {
        guard var previous = points.first else { return [] }
        var output = [previous]
        for point in points.dropFirst() {
            let length = hypot(point.x - previous.x, point.y - previous.y)
            let pieces = Int((length / step).rounded(.up))
            if pieces > 1 {
                for k in 1..<pieces {
                    let t = Double(k) / Double(pieces)
                    output.append(ProjectedPoint(x: previous.x + (point.x - previous.x) * t, y: previous.y + (point.y - previous.y) * t))
                }
            }
            output.append(point)
            previous = point
        }
        return output
    }
}

/// Segments of page lines bucketed in square cells, for "which routes run near here".
private struct SegmentGrid {
    struct Segment {
        var route: Int
        var a: ProjectedPoint
        var b: ProjectedPoint
    }

    let cell: Double
    private var segments: [Segment] = []
    private var cells: [Int64: [Int]] = [:]

    init(lines: [RouteLanes.Line], cell: Double) {
        self.cell = cell
        for line in lines {
            for (a, b) in zip(line.points, line.points.dropFirst()) {
                let id = segments.count
                segments.append(Segment(route: line.route, a: a, b: b))
                for x in key(min(a.x, b.x))...key(max(a.x, b.x)) {
                    for y in key(min(a.y, b.y))...key(max(a.y, b.y)) { cells[x << 32 ^ y, default: []].append(id) }
                }
            }
        }
    }

    /// For each route other than `excluding` with a segment within `distance` of `point`
    /// running within about 30° of `direction` (either way), that segment's unit direction.
    func nearest(to point: ProjectedPoint, direction: ProjectedPoint, within distance: Double,
                 excluding route: Int) -> [Int: ProjectedPoint] {
        var best: [Int: (Double, ProjectedPoint)] = [:]
        for x in key(point.x - distance)...key(point.x + distance) {
            for y in key(point.y - distance)...key(point.y + distance) {
                for id in cells[x << 32 ^ y] ?? [] {
                    let segment = segments[id]
                    guard segment.route != route else { continue }
                    let dx = segment.b.x - segment.a.x, dy = segment.b.y - segment.a.y
                    let length = hypot(dx, dy)
                    guard length > 0 else { continue }
                    let along = (dx * direction.x + dy * direction.y) / length
                    guard abs(along) > 0.85 else { continue }
                    let t = max(0, min(1, ((point.x - segment.a.x) * dx + (point.y - segment.a.y) * dy) / (length * length)))
                    let gap = hypot(point.x - segment.a.x - t * dx, point.y - segment.a.y - t * dy)
                    guard gap <= distance, gap < (best[segment.route]?.0 ?? .infinity) else { continue }
                    best[segment.route] = (gap, ProjectedPoint(x: dx / length, y: dy / length))
                }
            }
        }
        return best.mapValues(\.1)
    }

    private func key(_ value: Double) -> Int64 { Int64((value / cell).rounded(.down)) }
}

private func unit(_ x: Double, _ y: Double) -> ProjectedPoint? {
    let length = hypot(x, y)
    return length > 0 ? ProjectedPoint(x: x / length, y: y / length) : nil
}
