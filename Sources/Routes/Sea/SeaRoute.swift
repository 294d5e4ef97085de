/// A sea voyage through ordered waypoints: one leg per pair of consecutive point waypoints.
public struct SeaRoute: Sendable, Equatable {
    /// The legs in order.
    public var legs: [SeaLeg]
    /// Total length in meters.
    public var lengthMeters: Double
    /// Ids of the passages (straits, canals) the route goes through, in order.
    public var passages: [String]

    public init(legs: [SeaLeg], lengthMeters: Double, passages: [String]) {
        self.legs = legs
        self.lengthMeters = lengthMeters
        self.passages = passages
    }

    /// Total length in international nautical miles.
    public var lengthNauticalMiles: Double { lengthMeters / 1852 }
}
