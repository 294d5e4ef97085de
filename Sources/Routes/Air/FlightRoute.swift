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
        var result: [Coordinate] = []
        for leg in legs {
            guard var shift = leg.points.first.map({ _ in 0.0 }) else { continue }
            if let last = result.last, let first = leg.points.first {
                shift = ((last.longitude - first.longitude) / 360).rounded() * 360
            }
            let shifted = leg.points.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) }
            result.append(contentsOf: result.isEmpty ? shifted[...] : shifted.dropFirst())
        }
        return result
    }
}
