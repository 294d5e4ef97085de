import Geo

/// Which via-areas hold the centres of a grid row's cells: each area's crossings with the
/// row's parallel are found once per row (``AreaPolygon/crossings(atLatitude:)``), and a cell
/// is inside an area when an odd number of them lie east of its centre — the decision
/// ``AreaPolygon/contains(_:)`` makes edge by edge, with the same arithmetic, so the two agree
/// cell for cell. A search asks about thousands of cells of a few hundred rows.
struct AreaRows {
    let areas: [AreaPolygon]
    let grid: WaterGrid
    /// Per row asked about: each area's crossings.
    private var crossings: [Int: [[Double]]] = [:]

    init(areas: [AreaPolygon], grid: WaterGrid) {
        self.areas = areas
        self.grid = grid
    }

    /// Each area's crossings with the parallel of `row`'s cell centres.
    mutating func row(_ row: Int) -> [[Double]] {
        if let known = crossings[row] { return known }
        let latitude = grid.latitude(row: row)
        let found = areas.map { $0.crossings(atLatitude: latitude) }
        crossings[row] = found
        return found
    }

    /// The areas holding the centre of the cell at `row`, `column`: bit k for area k, bit 63
    /// always set; areas past the 63rd are not counted.
    mutating func mask(row: Int, column: Int) -> UInt64 {
        var mask: UInt64 = 1 << 63
        guard !areas.isEmpty else { return mask }
        let lines = self.row(row)
        let longitude = grid.longitude(column: column)
        for index in areas.indices.prefix(63) where Self.inside(longitude, area: areas[index], crossings: lines[index]) {
            mask |= 1 << UInt64(index)
        }
        return mask
    }

    /// Whether `longitude` on a parallel with `crossings` of `area` lies inside the area.
    @inline(__always)
    static func inside(_ longitude: Double, area: AreaPolygon, crossings: [Double]) -> Bool {
        guard !crossings.isEmpty else { return false }
        var lon = longitude
        while lon < area.west { lon += 360 }
        while lon > area.east { lon -= 360 }
        guard lon >= area.west else { return false }
        var inside = false
        for x in crossings where lon < x { inside.toggle() }
        return inside
    }
}
