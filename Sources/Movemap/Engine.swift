import Foundation
import Geo
import Routes

/// Wires the routers into a ``TrackLinker``: sea legs through the water router (passing
/// the named seas and straits in order, avoiding closed passages), flight legs as geodesic
/// arcs (around closed airspace where the asset says so), road legs as geodesics.
public enum Engine {
    /// The linker for maps drawn from `data`; with a `cache`, voyages routed before are read
    /// back instead of routed again.
    public static func linker(data: DataStore, cache: RouteCache? = nil) throws -> TrackLinker {
        TrackLinker(
            sea: { stops, avoid in
                let waypoints = stops.enumerated().map { index, stop in
                    SeaWaypoint(stop: stop, isEnd: index == 0 || index == stops.count - 1)
                }
                let closed = Set(avoid.map { $0.lowercased() })
                let key = cache?.key(waypoints, avoid: closed)
                if let cache, let key, let first = stops.first, let last = stops.last,
                   let line = cache.line(for: key, from: first.coordinate, to: last.coordinate) { return line }
                let route = try data.seaRouter().route(waypoints, options: SeaRouteOptions(avoid: closed))
                let line = route.legs.reduce(into: [Coordinate]()) { line, leg in
                    line += line.isEmpty ? leg.points : Array(leg.points.dropFirst())
                }
                if let cache, let key { cache.store(line, for: key) }
                return line
            },
            air: { from, to, avoid in
                // Open skies: the geodesic, with no country data to load.
                guard !avoid.isEmpty else { return TrackLinker.geodesicPath([from.coordinate, to.coordinate]) }
                let router = FlightRouter(countries: try data.countries())
                let route = try router.route([FlightWaypoint(name: from.name, coordinate: from.coordinate),
                                              FlightWaypoint(name: to.name, coordinate: to.coordinate)],
                                             options: FlightOptions(avoidAirspace: Set(avoid.map { $0.uppercased() }),
                                                                    maximumSpacingMeters: 20_000))
                return route.legs.flatMap(\.points)
            },
            seaNote: "water route (GSHHG intermediate coastline)")
    }
}

extension SeaWaypoint {
    /// The router's waypoint for a stop: a voyage's ends are points; seas in between are
    /// passed through anywhere, straits and canals through their narrows.
    public init(stop: Stop, isEnd: Bool) {
        self.init(name: stop.name, coordinate: stop.coordinate, area: isEnd ? nil : stop.transitArea)
    }
}
