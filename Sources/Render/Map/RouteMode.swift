import Geo

/// How a route moved: by air, by sea or by road.
public enum RouteMode: String, Sendable, Codable, CaseIterable {
    /// Flights: drawn in the theme's ``Theme/air`` colour.
    case air
    /// Voyages: drawn in the theme's ``Theme/sea`` colour.
    case sea
    /// Convoys and other movements by land: drawn in the theme's ``Theme/road`` colour.
    case road
}
