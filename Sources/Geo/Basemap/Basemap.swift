import Foundation

/// Land, lakes and country borders at one level of detail, with spatial indexes.
///
/// Data: GSHHG shorelines and WDBII borders (Wessel & Smith, LGPL-3), compiled by
/// `scripts/build_basemap.py` into `Resources/basemap/land-X.mmb` and `borders-X.mmb`.
/// A `Basemap` is an immutable value: load it once and pass it to every job and thread.
public struct Basemap: Sendable {
    /// The level of detail this basemap was loaded at.
    public let level: DetailLevel
    let land: ShapeTable
    let borderTable: ShapeTable
    let landIndex: BoxIndex
    let borderIndex: BoxIndex
    /// The land mask's edge grid, built on first use, so that loading a basemap only to draw
    /// it does not pay for the mask.
    let mask: LoadOnce<EdgeGrid, Never>

    /// Short credit text for map footers.
    public static let attribution: String = "Coastlines and borders: GSHHG 2.3 (Wessel & Smith, LGPL-3)"

    /// Loads one level from `directory` (default: ``ResourceDirectory``'s `basemap/` folder);
    /// with `region`, only the rings and borders whose bounds meet it (`region` may cross the
    /// antimeridian), for a map of that region: it draws the same, from a fraction of the
    /// memory.
    ///
    /// Reads `land-X.mmb` and `borders-X.mmb` (X = c, l, i, h); when the level has no
    /// borders file the finest coarser one is used. Throws ``GeoError/resource(path:message:)``
    /// when the land file is missing (e.g. `high`, which is not shipped) or malformed.
    public static func load(_ level: DetailLevel, from directory: URL? = nil, region: BoundingBox? = nil) throws -> Basemap {
        let parts = region.map { ShapeTable.canonical($0).unwrapped() }
        let folder = try directory ?? ResourceDirectory.file("basemap")
        let landURL = folder.appendingPathComponent("land-\(level.letter).mmb")
        guard FileManager.default.fileExists(atPath: landURL.path) else {
            let hint = level == .high
                ? "the high level is optional — generate it with `python3 scripts/build_basemap.py --levels h` (needs gmt and gmt-gshhg)"
                : "run `python3 scripts/build_basemap.py`"
            throw GeoError.resource(path: landURL.path, message: "no \(level.rawValue) basemap — \(hint)")
        }
        let land = try ShapeTable(contentsOf: landURL, within: parts)
        if let bad = land.kinds.first(where: { SurfaceKind(rawValue: Int($0)) == nil }) {
            throw GeoError.resource(path: landURL.path, message: "unknown surface kind \(bad) — regenerate it with scripts/build_basemap.py")
        }
        let borderLevel = DetailLevel.allCases.reversed().first { candidate in
            candidate <= level && FileManager.default.fileExists(atPath: folder.appendingPathComponent("borders-\(candidate.letter).mmb").path)
        }
        let borders = try borderLevel.map { try ShapeTable(contentsOf: folder.appendingPathComponent("borders-\($0.letter).mmb"), within: parts) }
            ?? ShapeTable(kinds: [], starts: [0], bounds: [], longitudes: [], latitudes: [])
        return Basemap(level: level, land: land, borders: borders)
    }

    /// Loads `level` if its file exists, else the finest coarser level that does — for
    /// ``DetailLevel/automatic(spanDegrees:pixels:)``, which may ask for the optional `high`.
    ///
    /// Throws only when no level at or below `level` is available or a file is malformed.
    public static func load(upTo level: DetailLevel, from directory: URL? = nil) throws -> Basemap {
        let folder = try directory ?? ResourceDirectory.file("basemap")
        let available = DetailLevel.allCases.reversed().first { candidate in
            candidate <= level && FileManager.default.fileExists(atPath: folder.appendingPathComponent("land-\(candidate.letter).mmb").path)
        }
        return try load(available ?? level, from: folder)
    }

    init(level: DetailLevel, land: ShapeTable, borders: ShapeTable) {
        self.level = level
        self.land = land
        self.borderTable = borders
        self.landIndex = BoxIndex(bounds: land.bounds)
        self.borderIndex = BoxIndex(bounds: borders.bounds)
        let cellSize = Basemap.maskCellSize(level)
        self.mask = LoadOnce { EdgeGrid(table: land, cellSize: cellSize) }
    }

    /// Cell size of the land mask in degrees: a few coastline vertices per coastal cell.
    static func maskCellSize(_ level: DetailLevel) -> Double {
        switch level {
        case .crude: return 1
        case .low: return 0.5
        case .intermediate: return 0.25
        case .high: return 0.125
        }
    }

    /// Number of polygons (land, lakes, islands in lakes, ponds) at this level.
    var polygonCount: Int { land.count }

    /// Number of border lines at this level.
    var borderCount: Int { borderTable.count }

    /// The polygons that overlap `box` — an edge passes through it or the ring encloses
    /// it — in drawing order: land first, then lakes, islands in lakes and ponds. `box` may
    /// cross the antimeridian (west > east).
    ///
    /// Complexity: a grid lookup, then a scan of each candidate whose bounds stick out of
    /// the box; every returned ring is copied (``rings(intersecting:)`` avoids the copies).
    public func polygons(intersecting box: BoundingBox) -> [BasemapPolygon] {
        land.shapes(overlapping: box, index: landIndex, closed: true).map { shape in
            BasemapPolygon(kind: SurfaceKind(rawValue: Int(land.kinds[shape])) ?? .land,
                           bounds: land.bounds[shape], ring: land.coordinates(shape))
        }
    }

    /// The border lines with a segment in `box` (which may cross the antimeridian).
    public func borders(intersecting box: BoundingBox) -> [BorderLine] {
        borderTable.shapes(overlapping: box, index: borderIndex, closed: false).map { shape in
            BorderLine(bounds: borderTable.bounds[shape], points: borderTable.coordinates(shape))
        }
    }

    /// Whether `point` is dry ground: inside land and not in a lake (an island in a lake is
    /// land, a pond on it is not). Longitude may be any value; it is wrapped into −180…180.
    ///
    /// Exact against this level's rings (even–odd rule); touches only the edges of one
    /// grid cell, so it costs well under a microsecond at intermediate detail. The first
    /// call builds the edge grid (tens of milliseconds at intermediate); every later call,
    /// from any thread, shares it.
    public func isLand(_ point: Coordinate) -> Bool {
        mask.value().contains(longitude: point.longitude, latitude: point.latitude)
    }
}

extension Basemap: CustomStringConvertible {
    /// A one-line summary, e.g. `Basemap(intermediate: 40963 polygons, 450 border lines)`.
    public var description: String {
        "Basemap(\(level.rawValue): \(polygonCount) polygons, \(borderCount) border lines)"
    }
}
