/// The basemap's land/water test as a standalone value, for callers that ask millions of
/// times (the sea router): no lock, no lazy check, just the edge grid.
///
/// Get one with ``Basemap/landMask()``; it answers exactly like ``Basemap/isLand(_:)``.
struct LandMask: Sendable {
    let grid: EdgeGrid

    /// The level of detail of the coastline this mask was built from.
    let level: DetailLevel

    /// Whether `point` is dry ground (inside land, not in a lake; islands in lakes are
    /// land). Longitude may be any value; it is wrapped into −180…180 degrees.
    ///
    /// Complexity: O(edges in one grid cell), typically under 100 ns at intermediate.
    func isLand(_ point: Coordinate) -> Bool {
        grid.contains(longitude: point.longitude, latitude: point.latitude)
    }

    /// Whether the straight line from `start` to `end` in the longitude/latitude plane
    /// (a rhumb-like line on a plate carrée map, not a geodesic) is all water: both ends are
    /// water and it crosses no shoreline. Densify geodesics first (``Geodesic/line(from:to:maximumSpacing:)``)
    /// and test each piece. A line whose longitudes differ by more than 180° goes the short
    /// way, across the antimeridian. Touching a shoreline counts as crossing it.
    ///
    /// Complexity: O(grid cells along the line × edges per cell).
    func isWaterLine(from start: Coordinate, to end: Coordinate) -> Bool {
        guard !isLand(start), !isLand(end) else { return false }
        let x1 = Coordinate.wrap(start.longitude), y1 = min(max(start.latitude, -90), 90)
        var x2 = Coordinate.wrap(end.longitude)
        let y2 = min(max(end.latitude, -90), 90)
        if x2 - x1 > 180 { x2 -= 360 } else if x1 - x2 > 180 { x2 += 360 }
        guard x2 < -180 || x2 > 180 else { return !grid.segmentTouchesEdge(x1, y1, x2, y2) }
        // Split at the antimeridian and test both pieces in −180…180.
        let seam: Double = x2 > 180 ? 180 : -180
        let ySeam = y1 + (seam - x1) / (x2 - x1) * (y2 - y1)
        return !grid.segmentTouchesEdge(x1, y1, seam, ySeam)
            && !grid.segmentTouchesEdge(-seam, ySeam, x2 - 2 * seam, y2)
    }

    /// Edge length of the mask's grid cells, in degrees.
    var cellSizeDegrees: Double { grid.cellSize }
}

extension Basemap {
    /// The land mask, built on first use (tens of milliseconds at intermediate) and shared.
    func landMask() -> LandMask {
        LandMask(grid: mask.value(), level: level)
    }
}
