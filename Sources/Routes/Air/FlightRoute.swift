import Geo

/// A planned flight: its legs in order and the total length.
public struct FlightRoute: Sendable, Equatable {
    /// Legs in flight order; leg *i* ends where leg *i + 1* starts.
    public var legs: [FlightLeg]
    /// Sum of the legs' lengths, in meters.
    public var lengthMeters: Double
    /// What a reader of the route should know: a doubtful waypoint, say.
    public var notes: [String]

    /// A flight of `legs` in order; ``lengthMeters`` is their sum.
    public init(legs: [FlightLeg], notes: [String] = []) {
        self.legs = legs
        self.lengthMeters = legs.reduce(0) { $0 + $1.lengthMeters }
        self.notes = notes
    }

    /// Total length in international nautical miles (1852 m).
    public var lengthNauticalMiles: Double { lengthMeters / .metersPerNauticalMile }

    /// The whole path as one continuous line: legs joined, unrolled longitudes kept
    /// continuous from leg to leg.
    public var points: [Coordinate] {
        Polyline.joined(legs.map { Polyline($0.points) }).points
    }
}
