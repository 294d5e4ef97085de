import Geo

/// A sea voyage through ordered waypoints: one leg per pair of consecutive point waypoints.
public struct SeaRoute: Sendable, Equatable {
    /// The legs in order.
    public var legs: [SeaLeg]
    /// Total length in meters.
    public var lengthMeters: Double
    /// Ids of the passages (straits, canals) the route goes through, in order.
    public var passages: [String]
    /// What a navigator should know about the choices made: seasonal passages open or
    /// closed on the day, winter ice on the way, a named canal opened, a diversion taken to
    /// avoid doubling back. Sentences, in the order the choices were made.
    public var notes: [String]
    /// For one of several routes (``SeaRouter/alternatives(_:options:)``): the passage ids it
    /// was told to avoid; empty for the route as the options give it.
    public var avoided: [String]
    /// For one of several routes: how a reader names it beside the shortest, e.g. "via Cape
    /// of Good Hope"; "shortest" for the shortest.
    public var label: String?

    /// A route from its parts, as given (a route cache rebuilds routes this way); routers
    /// make routes with the totals and notes in agreement. `lengthMeters` is in meters.
    public init(legs: [SeaLeg], lengthMeters: Double, passages: [String], notes: [String] = [],
                avoided: [String] = [], label: String? = nil) {
        self.legs = legs
        self.lengthMeters = lengthMeters
        self.passages = passages
        self.notes = notes
        self.avoided = avoided
        self.label = label
    }

    /// All points of the voyage, leg after leg, the shared ends once.
    public var points: [Coordinate] {
        legs.reduce(into: [Coordinate]()) { line, leg in
            line += line.isEmpty ? leg.points : Array(leg.points.dropFirst())
        }
    }

    /// Total length in international nautical miles.
    public var lengthNauticalMiles: Double { lengthMeters / 1852 }
}
