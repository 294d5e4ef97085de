import Foundation
import Geo
import Routes

/// How an asset moves, which decides how its legs are routed.
public enum TravelMode: String, Sendable, Codable, CaseIterable {
    /// Geodesic arcs between airfields.
    case air
    /// Water-only paths through the sea areas and straits named.
    case sea
    /// Overland moves; drawn as geodesics until a road network exists.
    case road
}
