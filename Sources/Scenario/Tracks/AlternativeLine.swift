import Geo

/// A way round a major passage for a voyage that asked for one: drawn beside the voyage.
public struct AlternativeLine: Sendable, Hashable {
    /// The asset whose voyage this is a way round for.
    public var asset: Asset
    /// How the way is known: "via Cape of Good Hope".
    public var label: String
    /// The line, lon/lat degrees with unrolled longitudes.
    public var points: [Coordinate]
    /// Geodesic length of the line, in meters (WGS84).
    public var lengthMeters: Double
    /// How much longer than the voyage as routed (negative when shorter), meters.
    public var extraMeters: Double
}
