import Geo

/// Pulls a grid path taut: keeps the ends and only the vertices needed so that every arc
/// between consecutive vertices has line of sight through open water.
///
/// Greedy string pulling with galloping and bisection over the vertex sequence, then passes
/// that drop vertices whose neighbours see each other. Complexity: O(v log n) sight checks
/// for v output vertices, each O(arc length / cell).
struct PathSmoother {
    let water: NavigableWater

    func smooth(_ points: [Coordinate]) -> [Coordinate] {
        guard points.count > 2 else { return points }
        var result = [points[0]]
        var i = 0
        let last = points.count - 1
        while i < last {
            var visible = i + 1, blocked = -1
            var step = 1
            while visible < last {
                let candidate = min(last, visible + step)
                if water.sight(from: points[i], to: points[candidate]) {
                    visible = candidate
                    step *= 2
                } else {
                    blocked = candidate
                    break
                }
            }
            if blocked > 0 {
                while blocked - visible > 1 {
                    let middle = (visible + blocked) / 2
                    if water.sight(from: points[i], to: points[middle]) { visible = middle } else { blocked = middle }
                }
            }
            result.append(points[visible])
            i = visible
        }
        // Drop vertices whose neighbours see each other, until nothing changes.
        var changed = true
        var passes = 0
        while changed && passes < 4 {
            changed = false
            passes += 1
            var k = 1
            while k < result.count - 1 {
                if water.sight(from: result[k - 1], to: result[k + 1]) {
                    result.remove(at: k)
                    changed = true
                } else {
                    k += 1
                }
            }
        }
        return result
    }
}
