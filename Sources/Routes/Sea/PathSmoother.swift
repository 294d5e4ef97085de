import Geo

/// Pulls a grid path taut: keeps the ends and only the vertices needed so that every arc
/// between consecutive vertices has line of sight through open water.
///
/// `sight` says whether the arc between two points is water: ``NavigableWater/sight(from:to:)``
/// on the 1′ grid, or that or ``CoastalWater/clear(from:to:)`` near a coast.
///
/// Greedy string pulling with galloping and bisection over the vertex sequence, then passes
/// that drop vertices whose neighbours see each other. Complexity: O(v log n) sight checks
/// for v output vertices, each O(arc length / cell).
struct PathSmoother {
    let sight: (Coordinate, Coordinate) -> Bool

    init(water: NavigableWater) {
        sight = { water.sight(from: $0, to: $1) }
    }

    init(sight: @escaping (Coordinate, Coordinate) -> Bool) {
        self.sight = sight
    }

    func smooth(_ points: [Coordinate]) -> [Coordinate] {
        guard points.count > 2 else { return points }
        // The passes ask about the same pairs again and again: each is checked once.
        var known: [Int: Bool] = [:]
        func sees(_ a: Int, _ b: Int) -> Bool {
            let key = a << 32 | b
            if let answer = known[key] { return answer }
            let answer = sight(points[a], points[b])
            known[key] = answer
            return answer
        }
        var kept = [0]
        var i = 0
        let last = points.count - 1
        while i < last {
            var visible = i + 1, blocked = -1
            var step = 1
            while visible < last {
                let candidate = min(last, visible + step)
                if sees(i, candidate) {
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
                    if sees(i, middle) { visible = middle } else { blocked = middle }
                }
            }
            kept.append(visible)
            i = visible
        }
        let vectors = points.map { UnitVector($0) }
        for _ in 0..<3 {
            let before = kept
            slide(&kept, vectors, sees)
            drop(&kept, sees)
            if kept == before { break }
        }
        return kept.map { points[$0] }
    }

    /// Drops vertices whose neighbours see each other.
    private func drop(_ kept: inout [Int], _ sees: (Int, Int) -> Bool) {
        var k = 1
        while k < kept.count - 1 {
            if sees(kept[k - 1], kept[k + 1]) {
                kept.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// Moves each vertex along the grid path between its neighbours to the point that makes
    /// the detour through it shortest while both arcs keep line of sight.
    private func slide(_ kept: inout [Int], _ vectors: [UnitVector], _ sees: (Int, Int) -> Bool) {
        guard kept.count > 2 else { return }
        for k in 1..<(kept.count - 1) {
            let previous = vectors[kept[k - 1]], next = vectors[kept[k + 1]]
            func detour(_ index: Int) -> Double { previous.angle(to: vectors[index]) + vectors[index].angle(to: next) }
            let lo = kept[k - 1] + 1, hi = kept[k + 1] - 1
            guard hi > lo else { continue }
            var current = detour(kept[k])
            var stride = max(1, (hi - lo) / 48)
            var center = kept[k]
            var range = lo...hi
            while true {
                let candidates = Swift.stride(from: range.lowerBound, through: range.upperBound, by: stride)
                    .map { ($0, detour($0)) }.filter { $0.1 < current - 1e-12 }.sorted { $0.1 < $1.1 }
                for (index, cost) in candidates.prefix(12)
                where sees(kept[k - 1], index) && sees(index, kept[k + 1]) {
                    center = index
                    current = cost
                    break
                }
                guard stride > 1 else { break }
                range = max(lo, center - stride)...min(hi, center + stride)
                stride = max(1, stride / 4)
            }
            kept[k] = center
        }
    }
}
