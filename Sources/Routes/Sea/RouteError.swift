import Foundation
import Geo

/// Errors of the routes module, with the context a user needs to fix the request.
public enum RouteError: Error, Sendable, CustomStringConvertible, Equatable {
    /// No water path joins two waypoints; `reason` names closed passages when they are the cause.
    case noWaterPath(from: String, to: String, reason: String)
    /// An id in avoid or allow names no passage; `known` lists those that exist.
    case unknownPassage(String, suggestions: [String], known: [String] = [])
    /// A route needs at least two point waypoints.
    case tooFewWaypoints
    /// A waypoint has no navigable water within reach (meters searched).
    case noNearbyWater(name: String, searchedMeters: Double)
    /// A waypoint names a passage the options avoid.
    case namedPassageAvoided(name: String, passage: String)
    /// Navigation data is missing or malformed.
    case navigationData(path: String, message: String)

    /// One line naming the waypoints or passage, what is wrong and, where there is one, the
    /// fix (`did you mean …?`, the known passage ids).
    public var description: String {
        switch self {
        case let .noWaterPath(from, to, reason):
            return "no water path from \(from) to \(to): \(reason)"
        case let .unknownPassage(id, suggestions, known):
            let hint = suggestions.isEmpty ? "" : " — did you mean \(suggestions.joined(separator: ", "))?"
            let list = known.isEmpty ? "" : " (passages: \(known.joined(separator: ", ")))"
            return "unknown passage '\(id)'\(hint)\(list)"
        case .tooFewWaypoints:
            return "a sea route needs at least two point waypoints (origin and destination)"
        case let .noNearbyWater(name, searched):
            return "\(name): no navigable water within \(Int(searched / 1000)) km — give a port or a position at sea"
        case let .namedPassageAvoided(name, passage):
            return "\(name) is a waypoint of the voyage but passage '\(passage)' is avoided — drop one of them"
        case let .navigationData(path, message):
            return "\(path): \(message) — regenerate with scripts/build_navigation.py"
        }
    }
}

extension RouteError: DescribedError {}
