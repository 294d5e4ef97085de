import Geo

/// The water-only path between two consecutive point waypoints.
public struct SeaLeg: Sendable, Equatable {
    /// Names of the point waypoints the leg joins.
    public var from: String, to: String
    /// The path, degrees, joined by geodesics; longitudes are unwrapped (continuous across the
    /// antimeridian, so they may leave −180…180).
    public var points: [Coordinate]
    /// Geodesic length of `points` in meters (WGS84).
    public var lengthMeters: Double
    /// Meters from the given start and end positions to the navigable water the leg starts
    /// and ends at.
    public var startSnapMeters: Double, endSnapMeters: Double
    /// Ids of the passages the leg goes through, in order.
    public var passages: [String]

    /// A leg from its parts, as given: points in degrees, lengths in meters.
    public init(from: String, to: String, points: [Coordinate], lengthMeters: Double,
                startSnapMeters: Double, endSnapMeters: Double, passages: [String] = []) {
        self.from = from
        self.to = to
        self.points = points
        self.lengthMeters = lengthMeters
        self.startSnapMeters = startSnapMeters
        self.endSnapMeters = endSnapMeters
        self.passages = passages
    }
}
