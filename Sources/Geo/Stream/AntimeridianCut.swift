/// Cuts lon/lat geometry at the seam of a projection centred on `centralMeridian`, so that
/// nothing is drawn across the back of the globe.
///
/// Polygons are clipped, in the plane of relative longitude and latitude, to the strip
/// −180…180 around the central meridian (Sutherland–Hodgman on two half-planes), once for
/// the ring itself and once for each copy shifted by ±360°. Polylines are split where they
/// cross the seam. Longitudes in the output are relative to the central meridian and stay
/// strictly inside the strip by `epsilon` so a projection maps them to the right side.
public struct AntimeridianCut: Sendable {
    /// Longitude of the projection centre, degrees east.
    public var centralMeridian: Double
    /// Distance in degrees kept from the seam.
    public var epsilon: Double = 1e-7

    /// A cut for a projection centred on `centralMeridian`, degrees east; the seam is the
    /// meridian opposite it.
    public init(centralMeridian: Double) {
        self.centralMeridian = centralMeridian
    }

    /// The parts of a closed ring (lon/lat degrees, as stored, −180…180) inside the strip,
    /// as rings with longitudes relative to the central meridian.
    public func cut(ring: [Coordinate]) -> [[Coordinate]] {
        guard ring.count >= 3 else { return [] }
        let limit = 180 - epsilon
        var shifted = ring.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude - centralMeridian) }
        var minimum = Double.infinity, maximum = -Double.infinity
        for point in shifted {
            minimum = min(minimum, point.longitude)
            maximum = max(maximum, point.longitude)
        }
        var result: [[Coordinate]] = []
        // Try the copies of the ring that can overlap the strip.
        var offset = -360.0 * ((maximum + 180) / 360).rounded(.down)
        while minimum + offset < limit {
            if maximum + offset > -limit {
                if offset != 0 {
                    shifted = ring.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude - centralMeridian + offset) }
                } else {
                    shifted = ring.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude - centralMeridian) }
                }
                if minimum + offset >= -limit, maximum + offset <= limit {
                    result.append(shifted)
                } else {
                    let clipped = AntimeridianCut.clip(AntimeridianCut.clip(shifted, below: limit), above: -limit)
                    if clipped.count >= 3 { result.append(clipped) }
                }
            }
            offset += 360
        }
        return result
    }

    /// The pieces of a polyline (longitudes may be unrolled beyond ±180) that do not cross
    /// the seam, with longitudes relative to the central meridian. Consecutive points are
    /// joined the short way round, so densify long segments first.
    public func cut(line: [Coordinate]) -> [[Coordinate]] {
        guard let first = line.first else { return [] }
        var pieces: [[Coordinate]] = []
        var current: [Coordinate] = []
        var previous = Coordinate(latitude: first.latitude, longitude: Coordinate.wrap(first.longitude - centralMeridian))
        current.append(previous)
        for point in line.dropFirst() {
            var next = Coordinate(latitude: point.latitude, longitude: Coordinate.wrap(point.longitude - centralMeridian))
            var delta = next.longitude - previous.longitude
            if delta > 180 { delta -= 360 } else if delta < -180 { delta += 360 }
            let target = previous.longitude + delta
            if target > 180 || target < -180 {
                // The segment crosses the seam: interpolate the crossing latitude.
                let seam = target > 180 ? 180.0 : -180.0
                let fraction = (seam - previous.longitude) / delta
                let latitude = previous.latitude + (next.latitude - previous.latitude) * fraction
                current.append(Coordinate(latitude: latitude, longitude: seam > 0 ? 180 - epsilon : -180 + epsilon))
                pieces.append(current)
                current = [Coordinate(latitude: latitude, longitude: seam > 0 ? -180 + epsilon : 180 - epsilon)]
            }
            next.longitude = Coordinate.wrap(next.longitude)
            current.append(next)
            previous = next
        }
        if current.count >= 2 { pieces.append(current) }
        return pieces.filter { $0.count >= 2 }
    }

    /// Sutherland–Hodgman against the half-plane longitude ≤ limit.
    static func clip(_ ring: [Coordinate], below limit: Double) -> [Coordinate] {
        clip(ring, keep: { $0.longitude <= limit }, boundary: limit)
    }

    /// Sutherland–Hodgman against the half-plane longitude ≥ limit.
    static func clip(_ ring: [Coordinate], above limit: Double) -> [Coordinate] {
        clip(ring, keep: { $0.longitude >= limit }, boundary: limit)
    }

    private static func clip(_ ring: [Coordinate], keep: (Coordinate) -> Bool, boundary: Double) -> [Coordinate] {
        guard var previous = ring.last else { return [] }
        var output: [Coordinate] = []
        output.reserveCapacity(ring.count)
        var previousInside = keep(previous)
        for point in ring {
            let inside = keep(point)
            if inside != previousInside {
                let fraction = (boundary - previous.longitude) / (point.longitude - previous.longitude)
                output.append(Coordinate(latitude: previous.latitude + (point.latitude - previous.latitude) * fraction,
                                         longitude: boundary))
            }
            if inside { output.append(point) }
            previous = point
            previousInside = inside
        }
        return output
    }
}
