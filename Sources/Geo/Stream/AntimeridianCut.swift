/// Cuts lon/lat geometry at the seam of a projection centred on `centralMeridian`, so that
/// nothing is drawn across the back of the globe.
///
/// Polygons are clipped, in the plane of relative longitude and latitude, to the strip
/// −180…180 around the central meridian (Sutherland–Hodgman on two half-planes), once for
/// the ring itself and once for each copy shifted by ±360°; lines are cut by
/// ``Polyline/pieces(cutAt:clearance:)``. Longitudes in the output are relative to the central meridian and stay
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

    /// Sutherland–Hodgman against the half-plane longitude ≤ limit.
    static func clip(_ ring: [Coordinate], below limit: Double) -> [Coordinate] {
        clip(ring, keep: { $0.longitude <= limit }, boundary: limit)
    }

    /// Sutherland–Hodgman against the half-plane longitude ≥ limit.
    static func clip(_ ring: [Coordinate], above limit: Double) -> [Coordinate] {
        clip(ring, keep: { $0.longitude >= limit }, boundary: limit)
    }

    private static func clip(_ ring: [Coordinate], keep: (Coordinate) -> Bool, boundary: Double) -> [Coordinate] {
        SutherlandHodgman.clip(ring, inside: keep) { previous, point in
            let fraction = (boundary - previous.longitude) / (point.longitude - previous.longitude)
            return Coordinate(latitude: previous.latitude + (point.latitude - previous.latitude) * fraction, longitude: boundary)
        }
    }
}
