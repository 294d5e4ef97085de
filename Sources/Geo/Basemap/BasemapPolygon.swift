/// One closed outline of the basemap: a coastline, a lake shore or an island in a lake.
public struct BasemapPolygon: Sendable, Equatable {
    /// What the outline encloses.
    public var kind: SurfaceKind
    /// The box around the ring, in degrees; never crosses the antimeridian (GSHHG splits
    /// polygons there, e.g. Eurasia and Antarctica come in an eastern and a western part).
    public var bounds: BoundingBox
    /// The outline, closed implicitly (first != last), longitudes in −180…180 degrees.
    public var ring: [Coordinate]

    /// An outline from its kind, box and ring, in degrees; nothing is checked.
    public init(kind: SurfaceKind, bounds: BoundingBox, ring: [Coordinate]) {
        self.kind = kind
        self.bounds = bounds
        self.ring = ring
    }
}
