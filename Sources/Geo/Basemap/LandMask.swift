/// The basemap's land/water test as a standalone value, for callers that ask millions of
/// times (the sea router): no lock, no lazy check, just the edge grid.
///
/// Get one with ``Basemap/landMask()``; it answers exactly like ``Basemap/isLand(_:)``.
public struct LandMask: Sendable {
    let grid: EdgeGrid

    /// The level of detail of the coastline this mask was built from.
    public let level: DetailLevel

    /// Whether `point` is dry ground (inside land, not in a lake; islands in lakes are
    /// land). Longitude may be any value; it is wrapped into −180…180 degrees.
    ///
    /// Complexity: O(edges in one grid cell), typically under 100 ns at intermediate.
    public func isLand(_ point: Coordinate) -> Bool {
        grid.contains(longitude: point.longitude, latitude: point.latitude)
    }

    /// Edge length of the mask's grid cells, in degrees.
    public var cellSizeDegrees: Double { grid.cellSize }
}

extension Basemap {
    /// The land mask, built on first use (tens of milliseconds at intermediate) and shared.
    public func landMask() -> LandMask {
        LandMask(grid: mask.grid, level: level)
    }
}
