/// Point-in-polygon for lon/lat rings whose longitudes may leave −180…180 (unrolled across
/// the antimeridian): an even–odd ray test with the point's longitude tried at each 360°
/// shift that falls in the ring's span. Edges are straight in longitude and latitude.
public enum RingContainment {
    /// Whether `point` lies inside `ring` (closed implicitly). Complexity: O(vertices).
    public static func contains(_ ring: [Coordinate], _ point: Coordinate) -> Bool {
        guard ring.count >= 3 else { return false }
        var minimum = Double.infinity, maximum = -Double.infinity
        var south = Double.infinity, north = -Double.infinity
        for vertex in ring {
            minimum = min(minimum, vertex.longitude)
            maximum = max(maximum, vertex.longitude)
            south = min(south, vertex.latitude)
            north = max(north, vertex.latitude)
        }
        guard point.latitude >= south, point.latitude <= north else { return false }
        var longitude = Coordinate.wrap(point.longitude)
        while longitude - 360 >= minimum { longitude -= 360 }
        while longitude < minimum { longitude += 360 }
        while longitude <= maximum {
            if evenOdd(ring, latitude: point.latitude, longitude: longitude) { return true }
            longitude += 360
        }
        return false
    }

    private static func evenOdd(_ ring: [Coordinate], latitude: Double, longitude: Double) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let (xi, yi) = (ring[i].longitude, ring[i].latitude)
            let (xj, yj) = (ring[j].longitude, ring[j].latitude)
            if (yi > latitude) != (yj > latitude), longitude < (xj - xi) * (latitude - yi) / (yj - yi) + xi {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}
