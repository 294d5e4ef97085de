import Geo
import Routes

/// A voyage asked for as a report names it: places in order (ports, seas, straits or
/// canals by name, or `lon,lat` in degrees), passages to avoid or open, and a timing.
/// It resolves the places, routes the voyage and reports it — what `movemap route sea`
/// does between parsing its arguments and printing.
///
/// ```swift
/// let request = SeaRouteRequest(places: ["Piraeus", "Mombasa"])
/// let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
/// print(try request.alternatives(waypoints, data: data).text)
/// ```
public struct SeaRouteRequest: Sendable {
    /// The places as written, origin first.
    public var places: [String]
    /// The router's options: passages avoided and opened, departure and the speed given.
    public var options: SeaRouteOptions
    /// The speed and departure hours and ETAs are reported at.
    public var timing: RouteTiming

    /// A voyage through `places`, keeping out of the passages in `avoid` and opening those
    /// in `allow` (ids such as `bosporus`, `kiel`), timed by `timing`; seasonal passages are
    /// judged from its departure and the speed given.
    public init(places: [String], avoid: Set<String> = [], allow: Set<String> = [], timing: RouteTiming = RouteTiming()) {
        self.places = places
        self.timing = timing
        options = SeaRouteOptions(avoid: avoid, allow: allow, departure: timing.departure, speedKnots: timing.givenSpeed)
    }

    /// A voyage through `places` with the router's `options` as they are, untimed.
    public init(places: [String], options: SeaRouteOptions) {
        self.places = places
        self.options = options
        timing = RouteTiming()
    }

    /// The router's waypoints, ports and seas being the likely readings, and one warning
    /// per doubtful place (`movemap: warning: place 2 '…' is …`).
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for places that cannot be resolved, naming the
    ///   closest readings (``Waypoints/resolve(_:gazetteer:preferred:)``).
    public func waypoints(gazetteer: Gazetteer) throws -> (waypoints: [SeaWaypoint], warnings: [String]) {
        let (resolved, warnings) = try Waypoints.resolve(places, gazetteer: gazetteer, preferred: PlaceContext.seaKinds)
        return (Waypoints.voyage(resolved), warnings)
    }

    /// The shortest voyage through `waypoints`, read back from `cache` when routed before.
    ///
    /// - Throws: the router's `RouteFailure`, naming the waypoint the voyage breaks at.
    public func route(_ waypoints: [SeaWaypoint], data: DataStore, cache: RouteCache? = nil) throws -> SeaRoute {
        try Routing.seaRoute(waypoints, options: options, data: data, cache: cache)
    }

    /// The shortest voyage's report, timed by ``timing``.
    ///
    /// - Throws: ``MovemapError/route(asset:message:)`` when no water path exists, naming
    ///   the place where it breaks (``MovemapError/init(_:places:)``); ``MovemapError/usage(_:)``
    ///   for a request the router refuses.
    public func report(_ waypoints: [SeaWaypoint], data: DataStore, cache: RouteCache? = nil) throws -> RouteReport {
        let route: SeaRoute
        do { route = try self.route(waypoints, data: data, cache: cache) } catch {
            throw MovemapError.routing(error, places: places)
        }
        return report(route, alternative: false)
    }

    /// The shortest voyage and the best way round each major passage it uses (Suez or the
    /// Cape, Panama or Magellan), with the passages no way avoids. Errors as ``report(_:data:cache:)``.
    public func alternatives(_ waypoints: [SeaWaypoint], data: DataStore) throws -> AlternativesReport {
        let found: SeaAlternatives
        do { found = try data.seaRouter().alternatives(waypoints, options: options) } catch {
            throw MovemapError.routing(error, places: places)
        }
        return AlternativesReport(routes: found.routes.map { report($0, alternative: true) }, unroutable: found.unroutable,
                                  speedKnots: timing.speed ?? SeaRoute.defaultSpeedKnots)
    }

    /// A route's report with its snaps, passages and notes; an alternative also with its
    /// label and the passages it avoids.
    func report(_ route: SeaRoute, alternative: Bool) -> RouteReport {
        var report = RouteReport(mode: "sea", legs: route.legs.map { ($0.from, $0.to, $0.points, ($0.startSnapMeters, $0.endSnapMeters)) },
                                 passages: route.passages, speedKnots: timing.speed, speedIsDefault: timing.isDefault,
                                 departure: timing.departure)
        report.notes = route.notes.isEmpty ? nil : route.notes
        if alternative {
            report.label = route.label
            report.avoided = route.avoided.isEmpty ? nil : route.avoided
        }
        return report
    }
}
