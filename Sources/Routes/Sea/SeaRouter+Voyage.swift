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
        do {
            return try locatedRoute(waypoints, options: options)
        } catch let failure as RouteFailure {
            throw failure.error
        }
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
        var legs: [SeaLeg] = []
        var passages: [String] = []
        for k in 0..<(stops.count - 1) {
            let (from, vias) = stops[k]
            var (leg, used) = try self.leg(from: from, to: stops[k + 1].stop, via: vias,
                                           closed: closed.union(legClosed[k] ?? []))
            if let previous = legs.last?.points.last, let first = leg.points.first {
                // keep longitudes continuous from leg to leg
                let shift = ((previous.longitude - first.longitude) / 360).rounded() * 360
                if shift != 0 {
                    leg.points = leg.points.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) }
                }
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
            throw RouteError.unknownPassage(id, suggestions: Suggestions.closest(to: id, among: ids), known: ids)
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

// MARK: - Seasons and ice

extension SeaRouter {
    /// The voyage with seasonal passages judged: at the day the ship would reach each one
    /// when a departure is given, else closed — saying so when one would have been shorter.
    /// Leaves in `closed` the passages the returned route was found with.
    func seasonalRoute(_ stops: Stops, closed: inout Set<Int>, options: SeaRouteOptions, named: Set<Int>,
                       notes: inout [String]) throws -> SeaRoute {
        let judged = table.indices.filter { index in
            table[index].season != nil && !options.avoid.contains(table[index].id)
                && !options.allow.contains(table[index].id) && !named.contains(index)
        }
        guard let departure = options.departure else {
            let route = try voyage(stops, closed: closed)
            for index in judged where mightShorten(route, passage: index) {
                let open = closed.subtracting([index])
                guard let shorter = try? voyage(stops, closed: open),
                      shorter.passages.contains(table[index].id),
                      shorter.lengthMeters < route.lengthMeters * 0.99 else { continue }
                let saved = Int(((route.lengthMeters - shorter.lengthMeters) / 1852).rounded())
                notes.append("\(name(index)) closed: no departure date to judge its season "
                             + "(\(table[index].season!.description)) by; open, it would be \(saved.grouped) nm shorter")
            }
            allowedOutOfSeason(route, options: options, notes: &notes)
            return route
        }
        var trial = closed.subtracting(judged)
        var decided = Set<Int>()
        var shut: [String] = []
        while true {
            let route: SeaRoute
            do {
                route = try voyage(stops, closed: trial)
            } catch RouteError.noWaterPath(let from, let to, _) where !shut.isEmpty {
                throw RouteError.noWaterPath(from: from, to: to,
                                             reason: "\(shut.joined(separator: "; ")), and no other water joins them")
            }
            let next = judged.filter { !decided.contains($0) && route.passages.contains(table[$0].id) }
                .compactMap { index in arrival(at: gates[index], on: route, options: options).map { (index, $0) } }
                .min { $0.1 < $1.1 }
            guard let (index, day) = next else {
                closed = trial
                allowedOutOfSeason(route, options: options, notes: &notes)
                return route
            }
            decided.insert(index)
            let season = table[index].season!
            if season.contains(day) {
                notes.append("\(name(index)) open when the ship reaches it on \(PassageSeason.day(day)) "
                             + "(season \(season.description))")
            } else {
                trial.insert(index)
                let text = "\(name(index)) closed when the ship would reach it on \(PassageSeason.day(day)) "
                    + "(season \(season.description))"
                shut.append(text)
                notes.append(text + ": routed without it")
            }
        }
    }

    /// Notes for passages opened by `allow` (or by name) that the ship reaches out of season.
    func allowedOutOfSeason(_ route: SeaRoute, options: SeaRouteOptions, notes: inout [String]) {
        for (index, passage) in table.enumerated() where passage.season != nil && route.passages.contains(passage.id) {
            guard let season = passage.season else { continue }
            guard let day = arrival(at: gates[index], on: route, options: options) else {
                if options.departure == nil {
                    notes.append("\(passage.name) open as asked; it is navigable \(season.description) only")
                }
                continue
            }
            if !season.contains(day) && options.allow.contains(passage.id) {
                notes.append("\(passage.name) open as asked, though the ship reaches it on \(PassageSeason.day(day)), "
                             + "out of its season (\(season.description))")
            }
        }
    }

    /// Whether opening `passage` could shorten the route: some leg is longer than the least
    /// great-circle way from its start through the passage's gate to its end.
    func mightShorten(_ route: SeaRoute, passage: Int) -> Bool {
        let gate = gates[passage]
        return route.legs.contains { leg in
            guard let first = leg.points.first, let last = leg.points.last else { return false }
            let bound = (gate.angleToCap(UnitVector(first)) + gate.angleToCap(UnitVector(last))) * UnitVector.earthRadius
            return bound < leg.lengthMeters
        }
    }

    /// The day the ship first enters `polygon` on `route`, or nil without a departure or
    /// when the route does not enter it.
    func arrival(at polygon: AreaPolygon, on route: SeaRoute, options: SeaRouteOptions) -> Date? {
        guard let departure = options.departure else { return nil }
        guard let meters = Self.distanceTo(polygon, along: route.points) else { return nil }
        return departure.addingTimeInterval(meters / options.metersPerSecond)
    }

    /// Meters along `points` to the first point inside `polygon`, or nil.
    static func distanceTo(_ polygon: AreaPolygon, along points: [Coordinate]) -> Double? {
        var meters = 0.0
        for (index, point) in points.enumerated() {
            if index > 0 { meters += Geodesic.wgs84.distance(from: points[index - 1], to: point) }
            if polygon.contains(point) { return meters }
        }
        return nil
    }

    /// Notes for seas on the route that are ice-bound in winter: when the ship is there in
    /// their ice season, or — with no date — that they are ice-bound part of the year.
    func iceNotes(_ route: SeaRoute, options: SeaRouteOptions) -> [String] {
        let points = route.points
        return ice.indices.compactMap { index in
            let sea = ice[index]
            if let passage = sea.passage, route.passages.contains(passage) { return nil }
            guard let meters = Self.distanceTo(iceAreas[index], along: points) else { return nil }
            guard let departure = options.departure else {
                return "the route passes the \(sea.name), usually ice-bound \(sea.season.description): "
                    + "ice class or icebreaker escort may be needed then"
            }
            let day = departure.addingTimeInterval(meters / options.metersPerSecond)
            guard sea.season.contains(day) else { return nil }
            return "the ship reaches the \(sea.name) on \(PassageSeason.day(day)), in its ice season "
                + "(\(sea.season.description)): ice class or icebreaker escort may be needed"
        }
    }
}

extension Int {
    /// The number with thousands separated by commas: "10,753".
    var grouped: String { DistanceText.grouped(self) }
}
