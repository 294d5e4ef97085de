import Geo
import Routes

extension Routing {
    /// The voyage through `waypoints`: read back from `cache` when the same voyage was routed
    /// before (same waypoints, names and passages, same navigation data), else routed with
    /// the router of `data` and stored. Either way the same legs, to the last bit. Errors are
    /// the router's, a `RouteFailure` naming the waypoint a voyage breaks at.
    public static func seaRoute(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init(),
                                data: DataStore, cache: RouteCache? = nil) throws -> SeaRoute {
        let key = cache?.voyageKey(waypoints, options: options)
        if let cache, let key, let route = cache.voyage(for: key, through: waypoints) { return route }
        let route = try data.seaRouter().locatedRoute(waypoints, options: options)
        if let cache, let key { cache.store(route, for: key) }
        return route
    }
}
