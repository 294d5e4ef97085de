import Foundation
import Geo
import MapVocabulary
import Render
import Routes
import Scenario

/// The library's front door: draw a scenario file as a map, or route a voyage or a flight
/// through places named as a report names them — what `movemap render` and `movemap route`
/// do, in a few lines.
///
/// ```swift
/// let maker = try MapMaker()
/// let map = try maker.render(scenarioAt: "story.yaml", format: .png)
/// try Data(map.map.bytes).write(to: URL(fileURLWithPath: "story.png"))
/// let voyage = try maker.seaRoute(through: ["Baltiysk", "Tartus"])
/// print(voyage.lengthMeters / 1852, voyage.passages)   // nautical miles, ["dover", "gibraltar"]
/// ```
///
/// Doubtful places are never used silently: a render returns them among its warnings, a
/// route among its notes, and a place movemap cannot put on the map with confidence is an
/// error naming the closest readings.
public struct MapMaker: Sendable {
    /// The resource data: gazetteer, basemap, countries and navigation grids, loaded as used.
    public let data: DataStore
    /// Voyages routed before are read back from here instead of routed again; `nil` routes
    /// every voyage afresh.
    public var routeCache: RouteCache?

    /// A map maker on the data installed beside movemap (see ``DataStore/init(directory:prefetchingSeaRouting:)``),
    /// or on `data`.
    public init(data: DataStore? = nil, routeCache: RouteCache? = nil) throws {
        self.data = try data ?? DataStore()
        self.routeCache = routeCache
    }

    /// Reads the scenario at `path` (YAML, JSON, CSV or GeoJSON, by extension), resolves its
    /// places, routes its tracks and draws it. `settings` override the scenario's `map:`
    /// section, as command-line flags do.
    ///
    /// - Throws: `ScenarioError` for a scenario that cannot be read, with each
    ///   problem's file, line and column; ``MovemapError`` when a track cannot be routed.
    public func render(scenarioAt path: String, format: OutputFormat = .png, settings: MapSettings = MapSettings(),
                       strict: Bool = false) throws -> MapJob.Result {
        let scenario = try ScenarioResolver.load(path: path, gazetteer: data.gazetteer, strict: strict)
        var overrides = MapJob.Overrides()
        overrides.map = settings
        return try MapJob(scenario: scenario, overrides: overrides)
            .render(format: format, data: data, linker: try Routing.linker(data: data, cache: routeCache))
    }

    /// The shortest water route through `places` in order: ports, seas, straits or canals
    /// by name, or `lon,lat`. A doubtful place is used and said in the route's notes.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a place that cannot be resolved; the router's
    ///   `RouteFailure` when no water path joins two waypoints.
    public func seaRoute(through places: [String], options: SeaRouteOptions = SeaRouteOptions()) throws -> SeaRoute {
        let request = SeaRouteRequest(places: places, options: options)
        let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
        var route = try request.route(waypoints, data: data, cache: routeCache)
        route.notes = warnings.map(Self.note) + route.notes
        return route
    }

    /// Every way a voyage through `places` could go: the shortest first, then the best way
    /// round each major passage it uses (`SeaRouter.alternatives(_:options:)` in Routes).
    public func seaAlternatives(through places: [String], options: SeaRouteOptions = SeaRouteOptions()) throws
        -> (alternatives: SeaAlternatives, warnings: [String]) {
        let (waypoints, warnings) = try SeaRouteRequest(places: places, options: options).waypoints(gazetteer: data.gazetteer)
        return (try data.seaRouter().alternatives(waypoints, options: options), warnings.map(Self.note))
    }

    /// A flight through `places` in order on geodesic arcs, around the airspace of the
    /// countries in `options`. A doubtful place is used and said in the route's notes.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a place that cannot be resolved;
    ///   `RouteFailure` when closed airspace leaves no way.
    public func flightRoute(through places: [String], options: FlightOptions = FlightOptions()) throws -> FlightRoute {
        let request = FlightRouteRequest(places: places, options: options)
        let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
        var route = try request.route(waypoints, data: data)
        route.notes = warnings.map(Self.note) + route.notes
        return route
    }

    /// A place warning as a route note: without the `movemap: warning:` a terminal needs.
    static func note(_ warning: String) -> String {
        warning.replacingOccurrences(of: "movemap: warning: ", with: "")
    }
}
