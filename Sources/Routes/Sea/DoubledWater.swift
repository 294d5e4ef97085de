import Geo

/// Where a voyage covers the same water twice: a later leg running back along an earlier
/// one, or going through a passage an earlier leg went through.
struct DoubledWater {
    /// The earlier and the later leg.
    let first: Int, second: Int
    /// Meters of the later leg within ``SeaRouter/doublingNear`` of the earlier one.
    let sharedMeters: Double
    /// Passage ids both legs go through.
    let sharedPassages: [String]

    /// Finds the worst doubled pair of legs on `route`, or nil when no water is covered twice.
    static func find(on route: SeaRoute) -> DoubledWater? {
        var worst: DoubledWater?
        for i in route.legs.indices {
            let index = NearIndex(route.legs[i].points, within: SeaRouter.doublingNear)
            for j in route.legs.indices where j > i {
                let later = route.legs[j]
                var shared = 0.0
                for k in later.points.indices.dropFirst()
                where index.isNear(later.points[k - 1]) && index.isNear(later.points[k]) {
                    shared += Geodesic.wgs84.distance(from: later.points[k - 1], to: later.points[k])
                }
                let passages = route.legs[i].passages.filter(later.passages.contains)
                guard shared >= SeaRouter.doublingLength || !passages.isEmpty else { continue }
                if shared > worst?.sharedMeters ?? -1 {
                    worst = DoubledWater(first: i, second: j, sharedMeters: shared, sharedPassages: passages)
                }
            }
        }
        return worst
    }
}

/// Points of a line bucketed by 0.5° cells, for "is this point within `within` meters of
/// the line" in constant time.
private struct NearIndex {
    private var cells: [Int: [Coordinate]] = [:]
    private let within: Double

    init(_ points: [Coordinate], within: Double) {
        self.within = within
        for point in points { cells[Self.key(point), default: []].append(point) }
    }

    private static func key(_ point: Coordinate) -> Int {
        let row = Int(((point.latitude + 90) * 2).rounded(.down))
        let column = Int(((Coordinate.wrap(point.longitude) + 180) * 2).rounded(.down))
        return row * 1_000 + column
    }

    func isNear(_ point: Coordinate) -> Bool {
        let center = Self.key(point)
        for dr in -1...1 {
            for dc in -1...1 {
                let column = (center % 1_000 + dc + 720) % 720
                for other in cells[(center / 1_000 + dr) * 1_000 + column] ?? []
                where Geodesic.wgs84.distance(from: point, to: other) <= within {
                    return true
                }
            }
        }
        return false
    }
}
