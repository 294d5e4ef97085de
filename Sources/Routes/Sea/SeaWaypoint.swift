import Geo

/// One stop or via-area of a sea voyage.
///
/// A point waypoint (no `area`) is a leg end: a port or position, snapped to the nearest
/// navigable water. A via-area is a polygon the route must pass through (anywhere inside,
/// not necessarily its centre) between the point waypoints around it.
public struct SeaWaypoint: Sendable, Equatable {
    /// The name reported in legs and errors, e.g. "Tartus" or "Norwegian Sea".
    public var name: String
    /// A representative point, degrees.
    public var coordinate: Coordinate
    /// When set, the route passes through this polygon (vertices in degrees, any winding)
    /// instead of the point.
    public var area: [Coordinate]?

    public init(name: String, coordinate: Coordinate, area: [Coordinate]? = nil) {
        self.name = name
        self.coordinate = coordinate
        self.area = area
    }
}
