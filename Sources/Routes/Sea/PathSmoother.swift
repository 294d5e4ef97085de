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
struct PathSmoother: Sendable {
    let sight: @Sendable (Coordinate, Coordinate) -> Bool

    /// The least shortening, radians (about 64 m), a vertex is moved for: a smaller gain is
    /// not worth the line-of-sight checks that would prove the move.
    static let leastGain = 1e-5

    /// Candidate places a sliding vertex is tried at on each level, best first. Measured on
    /// the 16 voyages: 6 rather than 12 halves the checks of a vertex already where it
    /// belongs, and no voyage grows by more than 0.12% (Severomorsk → Norwegian Sea →
    /// English Channel → Tartus, +11 km); at 4 Yokohama → Sydney grows by 0.5%.
    static let candidatesTried = 6

    /// Points from which a line's sliding passes run on both cores, each on half of its
    /// vertices.
    static let parallelPoints = 400

    init(water: NavigableWater) {
        sight = { water.sight(from: $0, to: $1) }
    }

    init(sight: @escaping @Sendable (Coordinate, Coordinate) -> Bool) {
        self.sight = sight
    }

    /// The answers of `sight` between points of one line, by index pair: the passes ask about
    /// the same pairs again and again, and each is checked once.
    struct Sightings: Sendable {
        let points: [Coordinate]
        let sight: @Sendable (Coordinate, Coordinate) -> Bool
        var known: [Int: Bool] = [:]
        /// Where a vertex slid to, by the points before it, at it and after it: a vertex whose
        /// neighbours did not move since it last slid slides to the same place again.
        var slid: [Slide: Int] = [:]

        struct Slide: Hashable, Sendable {
            var previous: Int32, vertex: Int32, next: Int32
        }

        /// Takes in what a copy of these sightings found on another core.
        mutating func absorb(_ other: Sightings) {
            known.merge(other.known) { first, _ in first }
            slid.merge(other.slid) { first, _ in first }
        }

        mutating func sees(_ a: Int, _ b: Int) -> Bool {
            let key = a << 32 | b
            if let answer = known[key] { return answer }
            let answer = sight(points[a], points[b])
            known[key] = answer
            return answer
        }
    }

    func smooth(_ points: [Coordinate]) -> [Coordinate] {
        guard points.count > 2 else { return points }
        var sightings = Sightings(points: points, sight: sight)
        let parallel = points.count >= Self.parallelPoints
        // The greedy pass gives the vertices of a whole pull, on both cores for a long line:
        // cut in two halves pulled apart, the middle point would stay a vertex of both and a
        // bend there can hold the line on one side of an island (Port Said → Djibouti's fine
        // path, 2,517 km whole, 2,534 km in halves).
        var kept = parallel ? Self.pulledInHalves(0...(points.count - 1), &sightings) : Self.pulled(0...(points.count - 1), &sightings)
        let vectors = points.map { UnitVector($0) }
        for _ in 0..<3 {
            let before = kept
            if parallel && kept.count >= 8 {
                // Each half's vertices slide in order, the half after the middle against the
                // first half's vertices as they were.
                let middle = kept.count / 2
                let current = kept, shared = sightings
                let halves = Parallel.map([1..<middle, middle..<(kept.count - 1)]) { range in
                    var own = shared, moved = current
                    Self.slide(&moved, range, vectors, &own)
                    return (Array(moved[range]), own)
                }
                kept = [current[0]] + halves[0].0 + halves[1].0 + [current[current.count - 1]]
                for half in halves { sightings.absorb(half.1) }
            } else {
                Self.slide(&kept, 1..<(kept.count - 1), vectors, &sightings)
            }
            Self.drop(&kept, &sightings)
            if kept == before { break }
        }
        return kept.map { points[$0] }
    }

    /// Greedy string pulling over the points of `range`: from each kept point, the farthest
    /// one it sees, found by galloping and bisection. Keeps both ends.
    static func pulled(_ range: ClosedRange<Int>, _ sightings: inout Sightings) -> [Int] {
        var kept = [range.lowerBound]
        pull(&kept, until: range.upperBound, upTo: range.upperBound, &sightings)
        return kept
    }

    /// The greedy pull of ``pulled(_:_:)`` on both cores, with the same vertices. The far
    /// half's chain is pulled from the middle point while the near half's is pulled up to
    /// it; from a point the pull goes on the same way whoever reached it, so once the near
    /// chain lands on a vertex of the far one the rest is the far chain. Until it does the
    /// near chain goes on by itself (a vertex or two, mostly at the first headland).
    static func pulledInHalves(_ range: ClosedRange<Int>, _ sightings: inout Sightings) -> [Int] {
        let middle = (range.lowerBound + range.upperBound) / 2
        let shared = sightings
        let halves = Parallel.map([range.lowerBound, middle]) { start in
            var own = shared
            var kept = [start]
            // The near chain stops at its first vertex at or past the middle.
            pull(&kept, until: start == middle ? range.upperBound : middle, upTo: range.upperBound, &own)
            return (kept, own)
        }
        for half in halves { sightings.absorb(half.1) }
        var kept = halves[0].0
        let far = halves[1].0
        let position = Dictionary(uniqueKeysWithValues: far.enumerated().map { ($1, $0) })
        while kept[kept.count - 1] < range.upperBound {
            if let at = position[kept[kept.count - 1]] {
                kept += far[(at + 1)...]
                break
            }
            kept.append(farthestSeen(from: kept[kept.count - 1], upTo: range.upperBound, &sightings))
        }
        return kept
    }

    /// Pulls the chain `kept` on, a farthest seen point at a time, until its last vertex is
    /// at or past `stop`; no vertex past `last`.
    private static func pull(_ kept: inout [Int], until stop: Int, upTo last: Int, _ sightings: inout Sightings) {
        while kept[kept.count - 1] < stop {
            kept.append(farthestSeen(from: kept[kept.count - 1], upTo: last, &sightings))
        }
    }

    /// The farthest point after `i`, up to `last`, that `i` sees, by galloping and bisection.
    private static func farthestSeen(from i: Int, upTo last: Int, _ sightings: inout Sightings) -> Int {
        var visible = i + 1, blocked = -1
        var step = 1
        while visible < last {
            let candidate = min(last, visible + step)
            if sightings.sees(i, candidate) {
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
                if sightings.sees(i, middle) { visible = middle } else { blocked = middle }
            }
        }
        return visible
    }

    /// Drops vertices whose neighbours see each other.
    private static func drop(_ kept: inout [Int], _ sightings: inout Sightings) {
        var k = 1
        while k < kept.count - 1 {
            if sightings.sees(kept[k - 1], kept[k + 1]) {
                kept.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    /// Moves each vertex of `vertices` (positions in `kept`, in order) along the grid path
    /// between its neighbours to the point that makes the detour through it shortest while
    /// both arcs keep line of sight.
    private static func slide(_ kept: inout [Int], _ vertices: Range<Int>, _ vectors: [UnitVector], _ sightings: inout Sightings) {
        guard kept.count > 2 else { return }
        for k in vertices {
            let key = Sightings.Slide(previous: Int32(kept[k - 1]), vertex: Int32(kept[k]), next: Int32(kept[k + 1]))
            if let known = sightings.slid[key] {
                kept[k] = known
                continue
            }
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
                    .map { ($0, detour($0)) }.filter { $0.1 < current - Self.leastGain }.sorted { $0.1 < $1.1 }
                for (index, cost) in candidates.prefix(Self.candidatesTried)
                where sightings.sees(kept[k - 1], index) && sightings.sees(index, kept[k + 1]) {
                    center = index
                    current = cost
                    break
                }
                guard stride > 1 else { break }
                range = max(lo, center - stride)...min(hi, center + stride)
                stride = max(1, stride / 4)
            }
            kept[k] = center
            sightings.slid[key] = center
        }
    }
}
