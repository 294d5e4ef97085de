import Geo

/// A named point a flight passes through: an airfield, a beacon, or any position — or an
/// area (a sea, a region) the flight passes through between its neighbours.
public struct FlightWaypoint: Sendable, Equatable {
    /// The name shown for the point in legs and errors, e.g. `Hmeimim` or `OSLK`.
    public var name: String
    /// Position in degrees (WGS84); for an area, its representative point.
    public var coordinate: Coordinate
    /// When set on a waypoint between two others, the flight passes through this polygon
    /// (vertices in degrees, any winding) at the point that makes the path through it shortest on
    /// WGS84 geodesics, not
    /// through `coordinate`. Ignored on the first and last waypoint.
    public var area: [Coordinate]?

    /// A waypoint at `coordinate` (degrees), or through `area` (vertices in degrees) when
    /// given and the waypoint is neither first nor last.
    public init(name: String, coordinate: Coordinate, area: [Coordinate]? = nil) {
        self.name = name
        self.coordinate = coordinate
        self.area = area
    }
}
