import Geo

/// Another way a voyage could have gone (round a major passage it uses): a thin grey line
/// labelled with what it is and how much longer, "via Cape of Good Hope +5,433 nm".
public struct MapAlternative: Sendable, Equatable {
    /// The line's vertices in order, in degrees (longitudes may be unrolled as for ``MapRoute``).
    public var points: [Coordinate]
    /// What the line is and what it costs, placed along it.
    public var label: String

    /// An alternative through `points` (degrees) labelled `label`.
    public init(points: [Coordinate], label: String) {
        self.points = points
        self.label = label
    }
}
