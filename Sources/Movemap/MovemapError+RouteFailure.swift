import Routes

extension MovemapError {
    /// A routing error at one waypoint of a route through `places` (as written, in order).
    /// No path is the work failing (``route(asset:message:)``, exit 1), naming the place
    /// where the route breaks: `cannot route 'Baltiysk → Caspian Sea': … — it breaks at
    /// place 2 'Caspian Sea'`. Anything else is a bad request (``usage(_:)``, exit 2).
    public init(_ failure: RouteFailure, places: [String]) {
        let place = places.indices.contains(failure.index)
            ? " — it breaks at place \(failure.index + 1) '\(places[failure.index])'" : ""
        switch failure.error {
        case RouteError.noWaterPath, FlightRouteError.noPath:
            self = .route(asset: places.joined(separator: " → "), message: "\(failure.error)\(place)")
        default:
            self = .usage("\(failure.error)")
        }
    }

    /// A router's error for a route through `places` as the command line reports it: a
    /// ``RouteFailure`` as ``init(_:places:)`` says, a `RouteError` or `FlightRouteError`
    /// not pinned to a waypoint as ``usage(_:)``; any other error unchanged.
    static func routing(_ error: any Error, places: [String]) -> any Error {
        switch error {
        case let failure as RouteFailure: return MovemapError(failure, places: places)
        case let error as RouteError: return MovemapError.usage("\(error)")
        case let error as FlightRouteError: return MovemapError.usage("\(error)")
        default: return error
        }
    }
}
