import Geo

/// Plans flights: geodesic arcs between waypoints, bent around closed airspace.
///
/// Each pair of consecutive waypoints becomes a ``FlightLeg``. Without closed airspace a
/// leg is the WGS84 geodesic (Karney 2013). With closed airspace a leg is the shortest
/// path that stays out of the closed countries' airspace, found by A* over a visibility
/// graph (see ``AirspaceObstacles``); its corners lie just outside the airspace rings, which
/// extend 12 nm beyond the coast and land borders (the territorial sea).
///
/// Rule for endpoints: a waypoint on the territory of a closed country is an error
/// (``FlightRouteError/endpointInAvoidedAirspace(name:country:)``). A waypoint inside the
/// 12 nm margin but off the territory (an airfield near a closed border) is allowed: the
/// legs from and to it must only stay off the closed territory itself.
public struct FlightRouter: Sendable {
    /// Country polygons; `nil` when none were given or found, which is fine for flights
    /// without closed airspace.
    public let countries: CountryShapes?
    private let geodesic = Geodesic.wgs84

    /// A router over the given country polygons, or over those in `Resources/countries/`
    /// when `countries` is `nil` (loaded now; flights without avoidance work without them).
    public init(countries: CountryShapes? = nil) {
        self.countries = countries ?? (try? CountryShapes.load())
    }

    /// Plans a flight through the waypoints in order.
    ///
    /// A waypoint with an area between two others is passed where the path is shortest
    /// (``AreaPassage``): the flight keeps its arc when the arc crosses the area, and
    /// otherwise touches the area's edge nearest its way; the leg ends there.
    ///
    /// Throws ``FlightRouteError`` for fewer than two waypoints, an unknown country code,
    /// a waypoint on closed territory, or closed airspace that leaves no way through.
    /// Complexity: one A* search per leg over the closed countries' airspace corners.
    public func route(_ waypoints: [FlightWaypoint], options: FlightOptions = .init()) throws -> FlightRoute {
        try RouteFailure.unpinned { try locatedRoute(waypoints, options: options) }
    }

    /// Plans a flight as ``route(_:options:)``; an error about one waypoint — on closed
    /// territory, or not reachable through the closed airspace (the leg's end is named) —
    /// comes as a ``RouteFailure`` naming it.
    public func locatedRoute(_ waypoints: [FlightWaypoint], options: FlightOptions = .init()) throws -> FlightRoute {
        guard waypoints.count >= 2 else { throw FlightRouteError.tooFewWaypoints }
        let passing = AreaPassage.points(waypoints.map { ($0.coordinate, $0.area) })
        let waypoints = zip(waypoints, passing).map { FlightWaypoint(name: $0.name, coordinate: $1) }
        let closed = try closedCountries(options.avoidAirspace)
        for (index, waypoint) in waypoints.enumerated() {
            if let closed = closed.first(where: { $0.country.contains(waypoint.coordinate) }) {
                throw RouteFailure(index: index, error: FlightRouteError.endpointInAvoidedAirspace(
                    name: waypoint.name, country: closed.description))
            }
        }
        let obstacles = closed.isEmpty ? nil : AirspaceObstacles(countries: closed.map(\.country))
        var legs: [FlightLeg] = []
        for (index, (start, end)) in zip(waypoints, waypoints.dropFirst()).enumerated() {
            var corners = [start.coordinate, end.coordinate]
            if let obstacles {
                guard let path = obstacles.shortestPath(from: start.coordinate, to: end.coordinate) else {
                    throw RouteFailure(index: index + 1, error: FlightRouteError.noPath(from: start.name, to: end.name))
                }
                corners = path
            }
            legs.append(leg(from: start.name, to: end.name, through: corners,
                            spacing: options.maximumSpacingMeters))
        }
        return FlightRoute(legs: legs)
    }

    /// A country whose airspace is closed, and the group that closed it when it was not
    /// named itself.
    struct ClosedCountry {
        var country: Country
        var group: String?

        /// `Greece (GR)`, or `Greece (GR, a member of NATO)` when a group closed it.
        var description: String {
            "\(country.name) (\(country.code)\(group.map { ", a member of \($0)" } ?? ""))"
        }
    }

    /// Resolves closed-airspace codes and group names to countries, sorted by code for
    /// determinism. A country named itself is not said to be closed by a group.
    func closedCountries(_ codes: Set<String>) throws -> [ClosedCountry] {
        let wanted = codes.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.sorted()
        guard !wanted.isEmpty else { return [] }
        guard let countries else {
            throw FlightRouteError.countriesUnavailable("Resources/countries/ was not found — set MOVEMAP_RESOURCES")
        }
        var result: [String: ClosedCountry] = [:]
        for entry in wanted {
            if let group = AirspaceGroup.named(entry) {
                for code in group.members {
                    guard let country = countries.country(code: code) else {
                        throw FlightRouteError.unknownGroupMember(code, group: group.name)
                    }
                    if result[country.code] == nil { result[country.code] = ClosedCountry(country: country, group: group.name) }
                }
                continue
            }
            guard let country = countries.country(code: entry) else {
                throw FlightRouteError.unknownCountry(entry, suggestions: AirspaceGroup.suggestions(for: entry)
                    + countries.suggestions(for: entry))
            }
            result[country.code] = ClosedCountry(country: country, group: nil)
        }
        return result.keys.sorted().compactMap { result[$0] }
    }

    /// A leg along geodesics through `corners`, densified, with continuous longitudes.
    private func leg(from: String, to: String, through corners: [Coordinate], spacing: Double) -> FlightLeg {
        var line = Polyline()
        var length = 0.0
        for (a, b) in zip(corners, corners.dropFirst()) {
            length += geodesic.distance(from: a, to: b)
            var piece = geodesic.line(from: a, to: b, maximumSpacing: spacing)
            // The ends are the corners themselves, exactly, at their unrolled longitudes.
            piece[0] = Coordinate(latitude: a.latitude, longitude: piece[0].longitude
                                  + Coordinate.wrap(a.longitude - piece[0].longitude))
            let last = piece.count - 1
            piece[last] = Coordinate(latitude: b.latitude, longitude: piece[last].longitude
                                     + Coordinate.wrap(b.longitude - piece[last].longitude))
            line.append(Polyline(piece))
        }
        return FlightLeg(from: from, to: to, points: line.points, lengthMeters: length)
    }
}
