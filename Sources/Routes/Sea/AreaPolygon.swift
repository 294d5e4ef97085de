import Geo

/// A simple polygon in longitude/latitude degrees with a point-in-polygon test (even–odd
/// ray casting), safe across the antimeridian: vertices are unwrapped to run continuously and
/// a tested point is shifted by ±360° to the polygon's longitudes.
struct AreaPolygon: Sendable {
    /// Vertex longitudes, unwrapped to run continuously, and latitudes, degrees.
    let longitudes: [Double]
    let latitudes: [Double]
    let west: Double, east: Double, south: Double, north: Double
    /// A spherical cap holding the whole polygon (edges sampled every 0.05°): its centre and
    /// angular radius. Distances to the cap are lower bounds of distances to the polygon.
    let capCenter: UnitVector
    let capRadius: Double

    init(_ vertices: [Coordinate]) {
        let lons = Polyline(vertices).unwrapped().points.map(\.longitude)
        longitudes = lons
        latitudes = vertices.map(\.latitude)
        west = lons.min() ?? 0; east = lons.max() ?? 0
        south = latitudes.min() ?? 0; north = latitudes.max() ?? 0
        var samples: [UnitVector] = []
        for i in lons.indices {
            let j = (i + 1) % lons.count
            let steps = max(1, Int((max(abs(lons[j] - lons[i]), abs(latitudes[j] - latitudes[i])) / 0.05).rounded(.up)))
            for k in 0..<steps {
                let t = Double(k) / Double(steps)
                samples.append(UnitVector(Coordinate(latitude: latitudes[i] + t * (latitudes[j] - latitudes[i]),
                                                     longitude: lons[i] + t * (lons[j] - lons[i]))))
            }
        }
        var sx = 0.0, sy = 0.0, sz = 0.0
        for v in samples { sx += v.x; sy += v.y; sz += v.z }
        let norm = (sx * sx + sy * sy + sz * sz).squareRoot()
        let center = norm > 0 ? UnitVector(x: sx / norm, y: sy / norm, z: sz / norm) : UnitVector(x: 1, y: 0, z: 0)
        capCenter = center
        // A little over the farthest sample, for the arcs between samples.
        capRadius = norm > 0 ? (samples.map { center.angle(to: $0) }.max() ?? 0) + 0.001 : .pi
    }

    /// Angular distance from `point` to the cap around the polygon: zero inside it.
    func angleToCap(_ point: UnitVector) -> Double { max(0, point.angle(to: capCenter) - capRadius) }

    /// `longitude` turned by whole turns into the polygon's unwrapped span: at or west of
    /// `east`, and at or east of `west` when it lies in the span at all.
    @inline(__always)
    func shifted(_ longitude: Double) -> Double {
        var lon = longitude
        while lon < west { lon += 360 }
        while lon > east { lon -= 360 }
        return lon
    }

    /// Whether `point` lies inside the polygon.
    func contains(_ point: Coordinate) -> Bool {
        guard point.latitude >= south, point.latitude <= north, longitudes.count >= 3 else { return false }
        let lon = shifted(point.longitude)
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
