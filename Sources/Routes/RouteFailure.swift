import Foundation
import Geo

/// A routing error pinned to the waypoint it is about, by the waypoint's index in the
/// request: the stop a leg could not leave or reach, or the via-area no path passes.
///
/// ``SeaRouter/locatedRoute(_:options:)`` and ``FlightRouter/locatedRoute(_:options:)`` throw
/// it; their `route` counterparts throw the ``error`` alone.
public struct RouteFailure: Error, CustomStringConvertible {
    /// Index of the waypoint, in the order given, that broke the route.
    public var index: Int
    /// The router's error: a ``RouteError`` or a ``FlightRouteError``.
    public var error: any Error

    /// Pins `error` to the waypoint at `index` (0-based, in the order given).
    public init(index: Int, error: any Error) {
        self.index = index
        self.error = error
    }

    /// The router's own sentence; the index is for the caller to point at the waypoint.
    public var description: String { "\(error)" }
}

extension RouteFailure: DescribedError {}

extension RouteFailure {
    /// `body`'s result, a failure at one waypoint thrown as the router's error alone: the
    /// `route` counterpart of a `locatedRoute`.
    static func unpinned<Route>(_ body: () throws -> Route) throws -> Route {
        do {
            return try body()
        } catch let failure as RouteFailure {
            throw failure.error
        }
    }
}
