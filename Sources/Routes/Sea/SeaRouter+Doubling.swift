import Geo

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
