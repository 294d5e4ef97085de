import Foundation
import Geo
import Routes

extension DataStore {
    /// Starts loading the sea router on a thread of its own and returns at once: a caller that
    /// routes after other work (resolving the waypoints' names) then finds it loaded, or waits
    /// only for the rest. The shoreline it refines coasts against is read region by region as
    /// legs are refined, so nothing else is worth loading ahead.
    ///
    /// Loading errors are left for ``seaRouter()`` to report when asked.
    func prefetchSeaRouting() {
        Self.prefetchSeaRouting(routers: seaRouters, basemaps: basemaps, directory: directory)
    }

    /// Starts the loads of ``prefetchSeaRouting()`` into the given caches, so a store can start
    /// them before its own initialiser has loaded the gazetteer.
    static func prefetchSeaRouting(routers: LockedCache<Int, SeaRouter>, basemaps: LockedCache<DetailLevel, Basemap>,
                                   directory: URL?) {
        Thread.detachNewThread {
            _ = try? seaRouter(cache: routers, basemaps: basemaps, directory: directory)
        }
    }
}
