import Geo

/// Which via-areas hold the centres of a grid row's cells: each area's crossings with the
/// row's parallel are found once per row (``AreaPolygon/crossings(atLatitude:)``), and a cell
/// is inside an area when an odd number of them lie east of its centre — the decision
/// ``AreaPolygon/contains(_:)`` makes edge by edge, with the same arithmetic, so the two agree
/// cell for cell. A search asks about thousands of cells of a few hundred rows.
struct AreaRows {
    let areas: [AreaPolygon]
    let grid: WaterGrid
    /// Per row asked about, each area's crossings (row × areas + area); nil before.
    private var crossings: [[Double]?]

    init(areas: [AreaPolygon], grid: WaterGrid) {
        self.areas = areas
        self.grid = grid
        crossings = areas.isEmpty ? [] : [[Double]?](repeating: nil, count: grid.height * areas.count)
    }

    /// Area `area`'s crossings with the parallel of `row`'s cell centres.
    @inline(__always)
    mutating func crossings(row: Int, area: Int) -> [Double] {
        let at = row * areas.count + area
        if let known = crossings[at] { return known }
        let found = areas[area].crossings(atLatitude: grid.latitude(row: row))
        crossings[at] = found
        return found
    }

    /// Whether the centres of the cells at `row`, from `first` to `last` (unwrapped columns,
    /// ascending), all lie inside area `area` (true), all outside (false), or some each way
    /// (nil): one test at each end, as no crossing lies between them.
    mutating func span(row: Int, from first: Int, to last: Int, area: Int) -> Bool? {
        let lines = crossings(row: row, area: area)
        guard !lines.isEmpty else { return false }
        let polygon = areas[area]
        let west = grid.longitude(column: first), east = grid.longitude(column: last)
        let a = polygon.shifted(west), b = polygon.shifted(east)
        // The same turn for both ends and both inside the polygon's span of longitudes: the
        // cells between lie between them too, in order.
        guard b - a == east - west, a >= polygon.west else { return nil }
        guard !lines.contains(where: { $0 > a && $0 <= b }) else { return nil }
        return Self.inside(west, area: polygon, crossings: lines)
    }

    /// The areas holding the centre of the cell at `row`, `column`: bit k for area k, bit 63
    /// always set; areas past the 63rd are not counted.
    mutating func mask(row: Int, column: Int) -> UInt64 {
        var mask: UInt64 = 1 << 63
        guard !areas.isEmpty else { return mask }
        let longitude = grid.longitude(column: column)
        for index in areas.indices.prefix(63) where Self.inside(longitude, area: areas[index], crossings: crossings(row: row, area: index)) {
            mask |= 1 << UInt64(index)
        }
        return mask
    }

    /// Whether `longitude` on a parallel with `crossings` of `area` lies inside the area.
    @inline(__always)
    static func inside(_ longitude: Double, area: AreaPolygon, crossings: [Double]) -> Bool {
        guard !crossings.isEmpty else { return false }
        let lon = area.shifted(longitude)
        guard lon >= area.west else { return false }
        var inside = false
        for x in crossings where lon < x { inside.toggle() }
        return inside
    }
}
