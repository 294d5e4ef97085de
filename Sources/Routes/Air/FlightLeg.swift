import Geo

/// One leg of a flight, between two consecutive waypoints.
public struct FlightLeg: Sendable, Equatable {
    /// Name of the waypoint the leg starts at.
    public var from: String
    /// Name of the waypoint the leg ends at.
    public var to: String
    /// The path, densified along geodesics, both ends included. Longitudes are unrolled:
    /// they change continuously and may leave −180…180 across the antimeridian.
    public var points: [Coordinate]
    /// Length along the WGS84 geodesics of the path, in meters.
    public var lengthMeters: Double

    /// A leg from its parts, as given: points in degrees, length in meters.
    public init(from: String, to: String, points: [Coordinate], lengthMeters: Double) {
        self.from = from
        self.to = to
        self.points = points
        self.lengthMeters = lengthMeters
    }

    /// Length in international nautical miles (1852 m).
    public var lengthNauticalMiles: Double { lengthMeters / .metersPerNauticalMile }
}
