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

extension SeaRouter {
    /// Two legs' lines closer than this are over the same water, meters.
    static let doublingNear = 30_000.0
    /// A later leg sharing this much water with an earlier one doubles back, meters.
    static let doublingLength = 500_000.0
    /// A way round is taken when it is at most this much longer than doubling back.
    static let doublingDetour = 1.3

    /// The route as given when it covers no water twice; else the best way round that does
    /// not — the doubled legs routed again with one of their passages closed — when the
    /// waypoints allow one no more than ``doublingDetour`` times as long, with a note.
    func undoubled(_ route: SeaRoute, stops: Stops, closed: Set<Int>, notes: inout [String]) -> SeaRoute {
        guard let doubled = DoubledWater.find(on: route) else { return route }
        let span = doubled.first...doubled.second
        var candidates: [String] = []
        for k in span {
            for id in route.legs[k].passages where !candidates.contains(id) { candidates.append(id) }
        }
        var best: (route: SeaRoute, passage: Int)?
        for id in candidates {
            guard let index = table.firstIndex(where: { $0.id == id }), !closed.contains(index) else { continue }
            let legClosed = Dictionary(uniqueKeysWithValues: span.map { ($0, Set([index])) })
            guard let other = try? voyage(stops, closed: closed, legClosed: legClosed),
                  other.lengthMeters <= route.lengthMeters * Self.doublingDetour,
                  DoubledWater.find(on: other).map({ $0.sharedMeters < doubled.sharedMeters / 2
                                                      && $0.sharedPassages.count < max(1, doubled.sharedPassages.count) })
                      ?? true,
                  other.lengthMeters < best?.route.lengthMeters ?? .infinity else { continue }
            best = (other, index)
        }
        guard let (other, index) = best else { return route }
        let from = route.legs[doubled.first].from, to = route.legs[doubled.second].to
        let extra = Int(((other.lengthMeters - route.lengthMeters) / 1852).rounded())
        notes.append("not through the \(name(index)) between \(from) and \(to): that way would cover the same "
                     + "water twice; this way is \(extra.grouped) nm longer")
        return other
    }
}
