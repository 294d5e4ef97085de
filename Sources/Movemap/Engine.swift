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
                let (start, end) = try countryEnds(from: from, to: to, data: data)
                // Open skies: the geodesic, with no country data to load.
                guard !avoid.isEmpty else { return TrackLinker.geodesicPath([start, end]) }
                let router = FlightRouter(countries: try data.countries())
                let route = try router.route([FlightWaypoint(name: from.name, coordinate: start),
                                              FlightWaypoint(name: to.name, coordinate: end)],
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

extension Engine {
    /// Areas are areas: a flight "to Libya" ends where it reaches Libya — the point of the
    /// country nearest where it comes from — not at the country's centre; one "from Russia"
    /// starts at Russia's point nearest where it goes. Point stops are kept as they are.
    static func countryEnds(from: Stop, to: Stop, data: DataStore) throws -> (Coordinate, Coordinate) {
        let fromCode = countryCode(from), toCode = countryCode(to)
        guard fromCode != nil || toCode != nil else { return (from.coordinate, to.coordinate) }
        let countries = try data.countries()
        var start = from.coordinate, end = to.coordinate
        if let toCode, let country = countries.country(code: toCode), !country.contains(start) {
            end = country.nearestPoint(to: start) ?? end
        }
        if let fromCode, let country = countries.country(code: fromCode), !country.contains(end) {
            start = country.nearestPoint(to: end) ?? start
        }
        return (start, end)
    }

    /// The ISO code of a country stop (`country:LY`), or `nil`.
    static func countryCode(_ stop: Stop) -> String? {
        stop.id.hasPrefix("country:") ? String(stop.id.dropFirst("country:".count)) : nil
    }
}
