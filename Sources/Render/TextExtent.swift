import Geo

/// The extent of a piece of text, in points.
public struct TextExtent: Sendable, Equatable {
    /// The width of the logical box in points, letter spacing included.
    public var width: Double
    /// The height of the logical box in points (all lines).
    public var height: Double
    /// Distance from the top of the logical box to the first baseline.
    public var baseline: Double
}
