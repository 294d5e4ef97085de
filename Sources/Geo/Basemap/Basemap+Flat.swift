/// A basemap ring located in the flat coordinate arrays ``Basemap/landLongitudes`` and
/// ``Basemap/landLatitudes``, for drawing without copying points into `[Coordinate]`.
public struct BasemapRing: Sendable, Equatable {
    /// What the ring encloses.
    public var kind: SurfaceKind
    /// The box around the ring in degrees, never crossing the antimeridian.
    public var bounds: BoundingBox
    /// The ring's indices into the flat arrays; closed implicitly (first != last).
    public var points: Range<Int>
}

extension Basemap {
    /// Longitudes in degrees (−180…180) of every ring's points, ring after ring.
    public var landLongitudes: [Double] { land.longitudes }
    /// Latitudes in degrees of every ring's points, matching ``landLongitudes``.
    public var landLatitudes: [Double] { land.latitudes }
    /// Longitudes in degrees of every border line's points, line after line.
    public var borderLongitudes: [Double] { borderTable.longitudes }
    /// Latitudes in degrees of every border line's points, matching ``borderLongitudes``.
    public var borderLatitudes: [Double] { borderTable.latitudes }

    /// Like ``polygons(intersecting:)`` but without copying points: each ring names its
    /// range in ``landLongitudes`` / ``landLatitudes``. Same order (land, lakes, islands, ponds).
    public func rings(intersecting box: BoundingBox) -> [BasemapRing] {
        land.shapes(overlapping: box, index: landIndex, closed: true).map { shape in
            BasemapRing(kind: SurfaceKind(rawValue: Int(land.kinds[shape])) ?? .land,
                        bounds: land.bounds[shape], points: land.pointRange(shape))
        }
    }

    /// Like ``borders(intersecting:)`` but returns each line's range in
    /// ``borderLongitudes`` / ``borderLatitudes``.
    public func borderRanges(intersecting box: BoundingBox) -> [Range<Int>] {
        borderTable.shapes(overlapping: box, index: borderIndex, closed: false).map { borderTable.pointRange($0) }
    }
}

extension Basemap {
    /// The shoreline edges that meet `box`, flat: x1, y1, x2, y2 per edge, in degrees with
    /// longitudes in −180…180 as stored (an edge never crosses the antimeridian). `box` may
    /// cross the antimeridian. Every ring kind counts: coasts, lake shores, islands in lakes.
    ///
    /// Complexity: O(points of the rings overlapping the box).
    public func shorelineEdges(in box: BoundingBox) -> [Double] {
        let parts = ShapeTable.canonical(box).unwrapped()
        var edges: [Double] = []
        land.longitudes.withUnsafeBufferPointer { lon in
            land.latitudes.withUnsafeBufferPointer { lat in
                for shape in land.shapes(overlapping: box, index: landIndex, closed: true) {
                    let range = land.pointRange(shape)
                    var previous = range.upperBound - 1
                    for current in range {
                        let x1 = lon[previous], y1 = lat[previous], x2 = lon[current], y2 = lat[current]
                        if parts.contains(where: { ShapeTable.segment(x1, y1, x2, y2, meets: $0) }) {
                            edges += [x1, y1, x2, y2]
                        }
                        previous = current
                    }
                }
            }
        }
        return edges
    }
}
