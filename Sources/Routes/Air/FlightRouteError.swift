import Foundation
import Geo

/// Why a flight could not be planned.
public enum FlightRouteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A flight needs an origin and a destination.
    case tooFewWaypoints
    /// An airspace code is not a known ISO 3166-1 country; carries close codes.
    case unknownCountry(String, suggestions: [String])
    /// A member of an ``AirspaceGroup`` is missing from the country polygons; carries the
    /// member's code and the group's name.
    case unknownGroupMember(String, group: String)
    /// A waypoint lies on the territory of a country whose airspace is closed.
    case endpointInAvoidedAirspace(name: String, country: String)
    /// Closed airspace leaves no way between two waypoints.
    case noPath(from: String, to: String)
    /// The country polygons needed for airspace avoidance could not be loaded.
    case countriesUnavailable(String)

    /// One line naming the waypoint, country or group, what is wrong and what to give instead.
    public var description: String {
        switch self {
        case .tooFewWaypoints:
            return "a flight needs at least two waypoints: an origin and a destination"
        case let .unknownCountry(code, suggestions):
            let hint = suggestions.isEmpty ? "give ISO 3166-1 codes such as TR,GR,BG or a group: EU, NATO, Schengen, GCC"
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "unknown country '\(code)' in the closed airspace — \(hint)"
        case let .unknownGroupMember(code, group):
            return "\(group) member '\(code)' is not in the country polygons — regenerate Resources/countries/ or name the other members"
        case let .endpointInAvoidedAirspace(name, country):
            return "\(name) lies in \(country), whose airspace is closed — reopen it or start/end outside it"
        case let .noPath(from, to):
            return "no flight path from \(from) to \(to) stays out of the closed airspace"
        case let .countriesUnavailable(message):
            return "country polygons unavailable: \(message)"
        }
    }
}

extension FlightRouteError: DescribedError {}
