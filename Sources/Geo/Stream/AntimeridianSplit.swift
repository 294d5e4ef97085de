/// Splits a line at the antimeridian into pieces with longitudes in −180…180, each piece
/// ending or starting exactly on ±180° at the interpolated latitude: the form GeoJSON
/// (RFC 7946 §3.1.9) and KML readers expect. Input longitudes may be unrolled (190°) or
/// wrapped; consecutive points are joined the short way round.
public enum AntimeridianSplit {
    /// The pieces of `points` (degrees) between crossings of ±180° longitude, in order;
    /// one piece when the line never crosses. Each crossing ends one piece and starts the
    /// next on the meridian at the latitude interpolated linearly in longitude and latitude;
    /// pieces of fewer than two points are dropped.
    public static func parts(_ points: [Coordinate]) -> [[Coordinate]] {
        var parts: [[Coordinate]] = [[]]
        var previous: Coordinate?
        for point in points {
            let wrapped = Coordinate(latitude: point.latitude, longitude: Coordinate.wrap(point.longitude))
            if let last = previous, abs(wrapped.longitude - last.longitude) > 180 {
                let edge = last.longitude > 0 ? 180.0 : -180.0
                let span = 360 - abs(wrapped.longitude - last.longitude)
                let fraction = span > 0 ? (edge - last.longitude).magnitude / span : 0
                let latitude = last.latitude + (wrapped.latitude - last.latitude) * fraction
                parts[parts.count - 1].append(Coordinate(latitude: latitude, longitude: edge))
                parts.append([Coordinate(latitude: latitude, longitude: -edge)])
            }
            parts[parts.count - 1].append(wrapped)
            previous = wrapped
        }
        return parts.filter { $0.count >= 2 }
    }
}
