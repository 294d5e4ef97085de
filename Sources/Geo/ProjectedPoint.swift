import CProj

/// A planar point in projected meters (or whatever unit the projection uses).
public struct ProjectedPoint: Hashable, Sendable {
    /// Easting: meters east of the projection's false origin (or the unit the projection
    /// definition names, e.g. `+units=km`).
    public var x: Double
    /// Northing: meters north of the projection's false origin (or the definition's unit).
    public var y: Double
    /// A point at easting `x` and northing `y`, in the projection's unit (usually meters).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
