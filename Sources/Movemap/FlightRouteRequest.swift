import Geo
import Routes

/// A flight asked for as a report names it: places in order (airfields, waypoints, seas or
/// regions by name, or `lon,lat` in degrees), countries whose airspace is closed, and a
/// timing. It resolves the places, routes the flight on geodesic arcs and reports it —
/// what `movemap route air` does between parsing its arguments and printing.
public struct FlightRouteRequest: Sendable {
    /// The places as written, origin first.
    public var places: [String]
    /// The router's options: the closed airspace, as ISO codes or group names, upper case.
    public var options: FlightOptions
    /// The speed and departure hours and ETAs are reported at.
    public var timing: RouteTiming

    /// A flight through `places` around the airspace of `avoidAirspace` (ISO alpha-2 or
    /// alpha-3 codes, or groups such as `NATO`, in any case), timed by `timing`.
    public init(places: [String], avoidAirspace: Set<String> = [], timing: RouteTiming = RouteTiming()) {
        self.init(places: places, options: FlightOptions(avoidAirspace: Set(avoidAirspace.map { $0.uppercased() })))
        self.timing = timing
    }

    /// A flight through `places` with the router's `options` as they are, untimed.
    public init(places: [String], options: FlightOptions) {
        self.places = places
        self.options = options
        timing = RouteTiming()
    }

    /// The router's waypoints, airfields being the likely readings, and one warning per
    /// doubtful place (`movemap: warning: place 2 '…' is …`).
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for places that cannot be resolved, naming the
    ///   closest readings (``Waypoints/resolve(_:gazetteer:preferred:)``).
    public func waypoints(gazetteer: Gazetteer) throws -> (waypoints: [FlightWaypoint], warnings: [String]) {
        let (resolved, warnings) = try Waypoints.resolve(places, gazetteer: gazetteer, preferred: PlaceContext.airfieldKinds)
        return (Waypoints.flight(resolved), warnings)
    }

    /// The flight through `waypoints`; the country shapes are loaded only when some
    /// airspace is closed.
    ///
    /// - Throws: the router's `RouteFailure` when closed airspace leaves no way.
    public func route(_ waypoints: [FlightWaypoint], data: DataStore) throws -> FlightRoute {
        try FlightRouter(countries: options.avoidAirspace.isEmpty ? nil : try data.countries())
            .locatedRoute(waypoints, options: options)
    }

    /// The flight's report, timed by ``timing``.
    ///
    /// - Throws: ``MovemapError/route(asset:message:)`` when closed airspace leaves no way,
    ///   naming the place where it breaks (``MovemapError/init(_:places:)``);
    ///   ``MovemapError/usage(_:)`` for a request the router refuses.
    public func report(_ waypoints: [FlightWaypoint], data: DataStore) throws -> RouteReport {
        let route: FlightRoute
        do { route = try self.route(waypoints, data: data) } catch {
            throw MovemapError.routing(error, places: places)
        }
        return RouteReport(mode: "air", legs: route.legs.map { ($0.from, $0.to, $0.points, nil) },
                           passages: nil, speedKnots: timing.speed, speedIsDefault: timing.isDefault,
                           departure: timing.departure)
    }
}
