import Foundation
import Geo
import Routes

extension DataStore {
    /// Starts loading the sea router and then the intermediate shoreline it refines coasts
    /// against, on a thread of their own, and returns at once: a caller that routes after other
    /// work (resolving the waypoints' names) then finds them loaded, or waits only for the rest.
    /// One thread, not one each, so on two cores the caller's own work keeps a core to itself;
    /// the shoreline is needed only once a search has found its way.
    ///
    /// Loading errors are left for ``seaRouter()`` and ``basemap(_:)`` to report when asked.
    func prefetchSeaRouting() {
        Self.prefetchSeaRouting(routers: seaRouters, basemaps: basemaps, directory: directory)
    }

    /// Starts the loads of ``prefetchSeaRouting()`` into the given caches, so a store can start
    /// them before its own initialiser has loaded the gazetteer.
    static func prefetchSeaRouting(routers: LockedCache<Int, SeaRouter>, basemaps: LockedCache<DetailLevel, Basemap>,
                                   directory: URL?) {
        Thread.detachNewThread {
            _ = try? seaRouter(cache: routers, basemaps: basemaps, directory: directory)
            _ = try? shoreline(cache: basemaps, directory: directory)
        }
    }
}
