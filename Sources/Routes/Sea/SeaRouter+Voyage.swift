import Foundation
import Geo

extension SeaRouter {
    /// A waypoint and its index in the request, for errors that name it.
    struct Located {
        var index: Int
        var waypoint: SeaWaypoint
    }

    /// A voyage's point waypoints, each with the via-areas of the leg that leaves it.
    typealias Stops = [(stop: Located, vias: [Located])]

    /// The route through `waypoints` in order.
    ///
    /// Point waypoints are leg ends; via-areas (waypoints with an `area`) between two point
    /// waypoints are passed in order by the leg joining them, and a via naming one of the
    /// router's passages goes through that passage. The first and last waypoint are always
    /// used as points. Seasonal passages are judged at the day the ship reaches them
    /// (``SeaRouteOptions/departure``); a voyage whose leg-by-leg shortest path would cover
    /// the same water twice is routed so it does not, when its waypoints allow. The route's
    /// ``SeaRoute/notes`` say which of these choices were made. Throws ``RouteError`` for
    /// unknown passages, too few waypoints, or when no water path exists (naming the closed
    /// passages that block it).
    public func route(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init()) throws -> SeaRoute {
        try RouteFailure.unpinned { try locatedRoute(waypoints, options: options) }
    }

    /// The route through `waypoints` in order, as ``route(_:options:)``; an error about one
    /// waypoint comes as a ``RouteFailure`` naming it (see ``blame(from:to:via:water:channels:)``).
    public func locatedRoute(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init()) throws -> SeaRoute {
        var notes: [String] = []
        let (expanded, named) = try passageVias(waypoints, options: options, notes: &notes)
        let stops = try Self.stops(of: expanded)
        var closed = try closedPassages(options).subtracting(named)
        var route = try seasonalRoute(stops, closed: &closed, options: options, named: named, notes: &notes)
        route = undoubled(route, stops: stops, closed: closed, notes: &notes)
        notes += iceNotes(route, options: options)
        route.notes = notes
        return route
    }

    /// Groups waypoints into point stops carrying the via-areas after them.
    static func stops(of waypoints: [Located]) throws -> Stops {
        var stops: Stops = []
        for (position, located) in waypoints.enumerated() {
            if located.waypoint.area != nil && position != 0 && position != waypoints.count - 1 {
                if !stops.isEmpty { stops[stops.count - 1].vias.append(located) }
            } else {
                stops.append((located, []))
            }
        }
        guard stops.count >= 2 else { throw RouteError.tooFewWaypoints }
        return stops
    }

    /// The voyage leg by leg, with passages in `closed` (and, for leg `k`, in
    /// `legClosed[k]`) closed.
    func voyage(_ stops: Stops, closed: Set<Int>, legClosed: [Int: Set<Int>] = [:]) throws -> SeaRoute {
        var reached = Set<Int>()
        return try voyage(stops, closed: closed, legClosed: legClosed, reached: &reached)
    }

    /// The voyage as ``voyage(_:closed:legClosed:)``, adding to `reached` the blocks whose
    /// coarse nodes its searches expanded.
    func voyage(_ stops: Stops, closed: Set<Int>, legClosed: [Int: Set<Int>] = [:], reached: inout Set<Int>) throws -> SeaRoute {
        var legs: [SeaLeg] = []
        var passages: [String] = []
        for k in 0..<(stops.count - 1) {
            let (from, vias) = stops[k]
            var (leg, used) = try self.leg(from: from, to: stops[k + 1].stop, via: vias,
                                           closed: closed.union(legClosed[k] ?? []), reached: &reached)
            if let previous = legs.last?.points.last {
                // keep longitudes continuous from leg to leg
                leg.points = Polyline(leg.points).shifted(toFollow: previous.longitude).points
            }
            legs.append(leg)
            for id in used where passages.last != id { passages.append(id) }
        }
        return SeaRoute(legs: legs, lengthMeters: legs.reduce(0) { $0 + $1.lengthMeters }, passages: passages)
    }

    /// Indices of passages closed for these options; throws for unknown ids.
    func closedPassages(_ options: SeaRouteOptions) throws -> Set<Int> {
        let ids = table.map(\.id)
        for id in options.avoid.union(options.allow).sorted() where !ids.contains(id) {
            throw RouteError.unknownPassage(id, suggestions: Suggest.closest(to: id, in: ids, limit: 3), known: ids)
        }
        var closed = Set<Int>()
        for (index, passage) in table.enumerated() {
            let open = (passage.openByDefault || options.allow.contains(passage.id)) && !options.avoid.contains(passage.id)
            if !open { closed.insert(index) }
        }
        return closed
    }

    /// The passage's name for notes and errors: "Suez Canal".
    func name(_ index: Int) -> String { table[index].name }
}

// MARK: - Passages named as waypoints

extension SeaRouter {
    /// Radius of the disc around each end of a named channel the route must pass, meters.
    static let channelEndRadius = 12_000.0

    /// Replaces each via naming a passage with what the route must pass to go through it: a
    /// channel's two ends in the order of travel, or a strait's gate. Returns the waypoints,
    /// each with the index of the waypoint it comes from, and the passages named, which the
    /// voyage opens.
    func passageVias(_ waypoints: [SeaWaypoint], options: SeaRouteOptions,
                     notes: inout [String]) throws -> ([Located], Set<Int>) {
        var result: [Located] = []
        var named = Set<Int>()
        for (index, waypoint) in waypoints.enumerated() {
            guard let id = waypoint.passage, let p = table.firstIndex(where: { $0.id == id }) else {
                result.append(Located(index: index, waypoint: waypoint))
                continue
            }
            guard index > 0, index < waypoints.count - 1 else {
                result.append(Located(index: index, waypoint: channelEnd(of: p, for: waypoint, toward: waypoints[index == 0 ? 1 : index - 1],
                                                                          notes: &notes)))
                continue
            }
            let passage = table[p]
            if options.avoid.contains(passage.id) {
                throw RouteError.namedPassageAvoided(name: waypoint.name, passage: passage.id)
            }
            if !named.contains(p) && !passage.openByDefault && !options.allow.contains(passage.id) {
                notes.append("\(passage.name) is closed unless allowed; opened for this voyage, which names it")
            }
            named.insert(p)
            guard let channel = channelOfPassage[p], let a = channel.points.first, let b = channel.points.last else {
                result.append(Located(index: index, waypoint: SeaWaypoint(name: waypoint.name, coordinate: waypoint.coordinate,
                                                                          area: passage.gate)))
                continue
            }
            // Enter at the end nearer the way the voyage comes from and leave toward where it goes.
            let before = waypoints[index - 1].coordinate, after = waypoints[index + 1].coordinate
            let geodesic = Geodesic.wgs84
            let forward = geodesic.distance(from: before, to: a) + geodesic.distance(from: b, to: after)
            let backward = geodesic.distance(from: before, to: b) + geodesic.distance(from: a, to: after)
            for end in forward <= backward ? [a, b] : [b, a] {
                result.append(Located(index: index, waypoint: SeaWaypoint(
                    name: waypoint.name, coordinate: end, area: Stop.disc(center: end, radius: Self.channelEndRadius))))
            }
        }
        return (result, named)
    }
}

extension SeaRouter {
    /// A voyage's end naming a canal or channelled strait, moved to the channel's end nearer
    /// `neighbour` (the voyage's next or previous waypoint), with a note; other waypoints as
    /// they are.
    func channelEnd(of passage: Int, for waypoint: SeaWaypoint, toward neighbour: SeaWaypoint,
                    notes: inout [String]) -> SeaWaypoint {
        guard waypoint.area == nil, let channel = channelOfPassage[passage],
              let a = channel.points.first, let b = channel.points.last else { return waypoint }
        let geodesic = Geodesic.wgs84
        let end = geodesic.distance(from: a, to: neighbour.coordinate) <= geodesic.distance(from: b, to: neighbour.coordinate) ? a : b
        let moved = geodesic.distance(from: waypoint.coordinate, to: end)
        notes.append("\(waypoint.name) as an end of the voyage: taken at its end toward \(neighbour.name), "
                     + "\(DistanceText.kilometers(moved / 1000)) from the point given for it")
        var result = waypoint
        result.coordinate = end
        return result
    }
}
