import Foundation

extension DataStore {
    /// Starts loading the sea router and the intermediate shoreline it refines coasts against,
    /// each on a thread of its own, and returns at once: a caller that routes after other work
    /// (resolving the waypoints' names) then finds them loaded, or waits only for the rest.
    ///
    /// Loading errors are left for ``seaRouter()`` and ``basemap(_:)`` to report when asked.
    public func prefetchSeaRouting() {
        Thread.detachNewThread { [self] in _ = try? seaRouter() }
        Thread.detachNewThread { [self] in _ = try? basemap(.intermediate) }
    }
}
