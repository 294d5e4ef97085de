import Foundation
import Geo
import Routes
import Scenario

/// Wires the routers into a `TrackLinker`: sea legs through the water router (passing
/// the named seas and straits in order, avoiding closed passages), flight legs as geodesic
/// arcs (around closed airspace where the asset says so), road legs as geodesics.
public enum Routing {
    /// The linker for maps drawn from `data`; with a `cache`, voyages and flights round closed
    /// airspace routed before are read back instead of routed again.
    public static func linker(data: DataStore, cache: RouteCache? = nil) throws -> TrackLinker {
        // Flights round closed airspace, the last few kept: a batch's maps fly the same ones.
        let flights = RecentValues<FlightKey, [Coordinate]>(capacity: 64)
        return TrackLinker(
            sea: { stops, options in
                let waypoints = SeaWaypoint.voyage(stops)
                let key = cache?.key(waypoints, options: options)
                if let cache, let key, let first = stops.first, let last = stops.last,
                   let path = cache.path(for: key, from: first.coordinate, to: last.coordinate) { return path }
                let route = try data.seaRouter().locatedRoute(waypoints, options: options)
                let path = SeaPath(points: route.points, notes: route.notes)
                if let cache, let key { cache.store(path, for: key) }
                return path
            },
            air: { from, to, avoid in
                let (start, end) = try countryEnds(from: from, to: to, data: data)
                // Open skies: the geodesic, with no country data to load.
                guard !avoid.isEmpty else { return TrackLinker.geodesicPath([start, end]) }
                let closed = Set(avoid.map { $0.uppercased() })
                let key = FlightKey(from: from.name, to: to.name, start: start, end: end, closed: closed)
                return try flights.value(for: key) {
                    let spacing = 20_000.0
                    let stored = cache?.flightKey(from: start, to: end, closed: closed, spacing: spacing)
                    if let cache, let stored, let path = cache.path(for: stored, from: start, to: end) { return path.points }
                    let router = FlightRouter(countries: try data.countries())
                    let route = try router.locatedRoute([FlightWaypoint(name: from.name, coordinate: start),
                                                         FlightWaypoint(name: to.name, coordinate: end)],
                                                        options: FlightOptions(avoidAirspace: closed, maximumSpacingMeters: spacing))
                    let points = route.legs.flatMap(\.points)
                    if let cache, let stored { cache.store(SeaPath(points: points), for: stored) }
                    return points
                }
            },
            voyageStops: { stops in try countryCoasts(stops, data: data) },
            seaNote: "water route (GSHHG intermediate coastline)",
            seaAlternatives: { stops, options in
                try data.seaRouter().alternatives(SeaWaypoint.voyage(stops), options: options).routes
            })
    }
}

/// What a flight round closed airspace depends on: its ends (names appear in errors) and
/// the closed countries.
private struct FlightKey: Hashable, Sendable {
    var from: String
    var to: String
    var start: Coordinate
    var end: Coordinate
    var closed: Set<String>
}

extension SeaWaypoint {
    /// The router's waypoints for a voyage through `stops`: the first and last are its ends.
    public static func voyage(_ stops: [Stop]) -> [SeaWaypoint] {
        stops.enumerated().map { index, stop in SeaWaypoint(stop: stop, isEnd: index == 0 || index == stops.count - 1) }
    }

    /// The router's waypoint for a stop: a voyage's ends are points; seas in between are
    /// passed through anywhere, straits and canals through their narrows — or, for those the
    /// router models (`canal:suez`, `strait:bosporus`), through the passage itself.
    init(stop: Stop, isEnd: Bool) {
        let passage = ["canal:", "strait:"].first { stop.id.hasPrefix($0) }.map { String(stop.id.dropFirst($0.count)) }
        self.init(name: stop.name, coordinate: stop.coordinate, area: isEnd ? nil : stop.transitArea, passage: passage)
    }
}

extension FlightWaypoint {
    /// The router's waypoint for a stop: a flight's ends are points; seas and regions in
    /// between are passed through where the way is shortest, straits and canals over their
    /// narrows.
    public init(stop: Stop, isEnd: Bool) {
        self.init(name: stop.name, coordinate: stop.coordinate, area: isEnd || stop.isNarrows ? nil : stop.area)
    }
}

extension Routing {
    /// Areas are areas: a flight "to Libya" ends where it reaches Libya — the point of the
    /// country nearest where it comes from — not at the country's centre; one "from Russia"
    /// starts at Russia's point nearest where it goes. Point stops are kept as they are.
    static func countryEnds(from: Stop, to: Stop, data: DataStore) throws -> (Coordinate, Coordinate) {
        let fromCode = countryCode(from), toCode = countryCode(to)
        guard fromCode != nil || toCode != nil else { return (from.coordinate, to.coordinate) }
        let countries = try data.countries()
        var start = from.coordinate, end = to.coordinate
        if let toCode, let country = countries.country(code: toCode) {
            // A flight from Al Khadim "to Libya" is already there: no stub to the country's centre.
            end = country.contains(start) ? start : country.nearestPoint(to: start) ?? end
        }
        if let fromCode, let country = countries.country(code: fromCode) {
            start = country.contains(end) ? end : country.nearestPoint(to: end) ?? start
        }
        return (start, end)
    }

    /// A voyage "to Venezuela" or "from Russia" meets the country at its coast: each country
    /// stop becomes the country's shore point nearest the stop before it (the one after it,
    /// for the first stop). A country with no shore is left as it is, for the router to refuse.
    static func countryCoasts(_ stops: [Stop], data: DataStore) throws -> [Stop] {
        guard stops.contains(where: { countryCode($0) != nil }) else { return stops }
        let countries = try data.countries()
        let router = try data.seaRouter()
        var result = stops
        for index in stops.indices {
            guard let code = countryCode(stops[index]), let country = countries.country(code: code) else { continue }
            let neighbour = index > 0 ? result[index - 1].coordinate : stops.count > 1 ? stops[1].coordinate : stops[index].coordinate
            if let coast = router.coastPoint(of: country.rings, toward: neighbour) { result[index].coordinate = coast }
        }
        return result
    }

    /// The ISO code of a country stop (`country:LY`), or `nil`.
    static func countryCode(_ stop: Stop) -> String? {
        stop.id.hasPrefix("country:") ? String(stop.id.dropFirst("country:".count)) : nil
    }
}
