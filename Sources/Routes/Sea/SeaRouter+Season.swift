import Foundation
import Geo

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
        guard options.departure != nil else {
            var reached = Set<Int>()
            let route = try voyage(stops, closed: closed, reached: &reached)
            for index in judged where mightShorten(route, stops: stops, passage: index) && reaches(index, reached) {
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

    /// Blocks around a gate within which a coarse search must have expanded a node for the
    /// passage, opened, to change the route: the ring the corridor keeps around the coarse path,
    /// and more for the 30 km searched again at each end of a leg at high latitudes.
    static let gateReach = 4

    /// Whether the coarse searches of a route expanded a node near `passage`'s gate (within
    /// ``gateReach`` blocks), given the blocks they expanded. A coarse A* expands every node
    /// whose cost so far plus estimate to go is below the cost of the path it returns, and
    /// the estimate is a lower bound with the passage open too; so when no node near the gate
    /// was expanded, no coarse path through the gate is cheaper, and with the passage open the
    /// search returns the same corridor — no note to make, and no voyage to route again. With
    /// the landmarks' estimate the coarse search from Severomorsk through the Norwegian Sea and
    /// the Channel to Tartus expands nothing east of 37°E (the gate of the Northern Sea Route
    /// lies at 100°E), so the voyage is routed once, not twice.
    func reaches(_ passage: Int, _ reached: Set<Int>) -> Bool {
        let gate = gates[passage]
        let size = Double(BlockGraph.size) / Double(water.cellsPerDegree)
        let across = water.width / BlockGraph.size
        let top = Int(((90 - gate.north) / size).rounded(.down)) - Self.gateReach
        let bottom = Int(((90 - gate.south) / size).rounded(.down)) + Self.gateReach
        let west = Int(((gate.west + 180) / size).rounded(.down)) - Self.gateReach
        let east = Int(((gate.east + 180) / size).rounded(.down)) + Self.gateReach
        return reached.contains { block in
            let row = block / across, column = block % across
            guard row >= top, row <= bottom else { return false }
            let shifted = west + ((column - west) % across + across) % across
            return shifted <= east
        }
    }

    /// Whether opening `passage` could shorten the route: some leg is longer than the least
    /// great-circle way from its start through its via-areas, in order, and the passage's gate
    /// (anywhere in that order) to its end. A route passes each via-area at a cell centre
    /// inside it and each passage it uses at a point inside the gate, so no route through the
    /// gate is shorter; the bound is on the sphere, so it is taken 1% short of the ellipsoid's
    /// lengths. Great circles cross continents, so this rules out little on its own (from
    /// Severomorsk through the Norwegian Sea and the Channel to Tartus the bound through the
    /// Northern Sea Route is 6,200 km against 9,060 by sea); ``reaches(_:_:)`` decides the rest.
    func mightShorten(_ route: SeaRoute, stops: Stops, passage: Int) -> Bool {
        let gate = gates[passage]
        return route.legs.indices.contains { k in
            let leg = route.legs[k]
            guard let first = leg.points.first, let last = leg.points.last else { return false }
            let areas = k < stops.count ? stops[k].vias.map { AreaPolygon($0.waypoint.area ?? []) } : []
            let bound = (0...areas.count).map { at in
                Self.leastAngle(from: UnitVector(first), through: Array(areas[..<at]) + [gate] + Array(areas[at...]),
                                to: UnitVector(last))
            }.min()! * UnitVector.earthRadius
            return bound * 0.99 < leg.lengthMeters
        }
    }

    /// The least angle of a way from `start` through a point of each polygon's cap, in
    /// order, to `end`: the sum of the gaps between consecutive caps.
    static func leastAngle(from start: UnitVector, through areas: [AreaPolygon], to end: UnitVector) -> Double {
        guard let first = areas.first, let last = areas.last else { return start.angle(to: end) }
        var angle = first.angleToCap(start) + last.angleToCap(end)
        for (a, b) in zip(areas, areas.dropFirst()) {
            angle += max(0, a.capCenter.angle(to: b.capCenter) - a.capRadius - b.capRadius)
        }
        return angle
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
        // The point first, by the cheap containment test; the geodesic lengths only up to it.
        guard let first = points.firstIndex(where: { polygon.contains($0) }) else { return nil }
        var meters = 0.0
        for index in stride(from: 1, through: first, by: 1) {
            meters += Geodesic.wgs84.distance(from: points[index - 1], to: points[index])
        }
        return meters
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
