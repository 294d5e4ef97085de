/// A country border (GSHHG's WDBII political boundaries) as an open polyline.
public struct BorderLine: Sendable, Equatable {
    /// The box around the line, in degrees.
    public var bounds: BoundingBox
    /// The points in order, longitudes in −180…180 degrees.
    public var points: [Coordinate]

    /// A border from its box and its points, in degrees; nothing is checked.
    public init(bounds: BoundingBox, points: [Coordinate]) {
        self.bounds = bounds
        self.points = points
    }
}
