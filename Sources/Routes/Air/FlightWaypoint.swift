import Geo

/// A named point a flight passes through: an airfield, a beacon, or any position.
public struct FlightWaypoint: Sendable, Equatable {
    /// The name shown for the point in legs and errors, e.g. `Hmeimim` or `OSLK`.
    public var name: String
    /// Position in degrees (WGS84).
    public var coordinate: Coordinate

    public init(name: String, coordinate: Coordinate) {
        self.name = name
        self.coordinate = coordinate
    }
}
