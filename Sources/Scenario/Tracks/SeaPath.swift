import Geo

/// A voyage's line and what the router chose on the way (``SeaRoute/notes``).
public struct SeaPath: Sendable, Equatable {
    /// The voyage's line, degrees, longitudes unrolled across the antimeridian.
    public var points: [Coordinate]
    /// The router's notes on the choices it made, in order; empty for a plain line.
    public var notes: [String]

    /// A path of `points` (degrees) with the router's `notes`.
    public init(points: [Coordinate], notes: [String] = []) {
        self.points = points
        self.notes = notes
    }
}
