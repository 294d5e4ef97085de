import Geo

/// A simple polygon in longitude/latitude degrees with a point-in-polygon test (even–odd
/// ray casting), safe across the antimeridian: vertices are unwrapped to run continuously and
/// a tested point is shifted by ±360° to the polygon's longitudes.
struct AreaPolygon: Sendable, Equatable {
    private let longitudes: [Double]
    private let latitudes: [Double]
    let west: Double, east: Double, south: Double, north: Double

    init(_ vertices: [Coordinate]) {
        var lons: [Double] = []
        for v in vertices {
            var lon = v.longitude
            if let last = lons.last {
                while lon - last > 180 { lon -= 360 }
                while lon - last < -180 { lon += 360 }
            }
            lons.append(lon)
        }
        longitudes = lons
        latitudes = vertices.map(\.latitude)
        west = lons.min() ?? 0; east = lons.max() ?? 0
        south = latitudes.min() ?? 0; north = latitudes.max() ?? 0
    }

    /// Whether `point` lies inside the polygon.
    func contains(_ point: Coordinate) -> Bool {
        guard point.latitude >= south, point.latitude <= north, longitudes.count >= 3 else { return false }
        var lon = point.longitude
        while lon < west { lon += 360 }
        while lon > east { lon -= 360 }
        guard lon >= west else { return false }
        var inside = false
        var j = longitudes.count - 1
        for i in 0..<longitudes.count {
            let yi = latitudes[i], yj = latitudes[j]
            if (yi > point.latitude) != (yj > point.latitude) {
                let x = longitudes[i] + (point.latitude - yi) / (yj - yi) * (longitudes[j] - longitudes[i])
                if lon < x { inside.toggle() }
            }
            j = i
        }
        return inside
    }
}
