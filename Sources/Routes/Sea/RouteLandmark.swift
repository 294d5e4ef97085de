import Foundation
import Geo

/// A place a way round is known by: "via Cape of Good Hope".
struct RouteLandmark: Sendable {
    var name: String
    var coordinate: Coordinate
    /// A route passes it when one of its points is this near, meters.
    var radius: Double
    /// A cape or strait that names a whole way round ("via Cape of Good Hope") comes before
    /// the passages a route adds; a weak one ("north of Scotland") only after them.
    var strong = true
    /// For a cape: +1 when rounding it means crossing its meridian north of it, −1 south of
    /// it (however far out); 0 for a strait, passed only within ``radius``.
    var rounding = 0

    /// Landmarks in the order they name a route: the narrower first, where two are near.
    /// The capes and straits the ways round the continents pass.
    static let all: [RouteLandmark] = [
        RouteLandmark(name: "Strait of Magellan", coordinate: Coordinate(latitude: -53.6, longitude: -70.9), radius: 80_000),
        RouteLandmark(name: "Cape Horn", coordinate: Coordinate(latitude: -55.98, longitude: -67.27), radius: 300_000,
                      rounding: -1),
        RouteLandmark(name: "Cape of Good Hope", coordinate: Coordinate(latitude: -34.36, longitude: 18.47), radius: 300_000,
                      rounding: -1),
        RouteLandmark(name: "Sunda Strait", coordinate: Coordinate(latitude: -6.0, longitude: 105.85), radius: 100_000),
        RouteLandmark(name: "Lombok Strait", coordinate: Coordinate(latitude: -8.77, longitude: 115.73), radius: 100_000),
        RouteLandmark(name: "north of Scotland", coordinate: Coordinate(latitude: 58.7, longitude: -3.0), radius: 200_000,
                      strong: false, rounding: 1),
        RouteLandmark(name: "Skagen", coordinate: Coordinate(latitude: 57.74, longitude: 10.65), radius: 60_000, strong: false),
    ]

    /// Whether a point of `points` lies within ``radius``, or for a cape, whether the line
    /// crosses its meridian on the far side of it.
    func isPassed(by points: [Coordinate]) -> Bool {
        let geodesic = Geodesic.wgs84
        if points.contains(where: { geodesic.distance(from: $0, to: coordinate) <= radius }) { return true }
        guard rounding != 0 else { return false }
        for (a, b) in zip(points, points.dropFirst()) {
            // The meridian's longitude in the unrolled range of this segment, if it is crossed.
            let shift = Coordinate.turns(from: coordinate.longitude, to: a.longitude)
            let meridian = coordinate.longitude + shift
            guard (min(a.longitude, b.longitude)...max(a.longitude, b.longitude)).contains(meridian),
                  a.longitude != b.longitude else { continue }
            let t = (meridian - a.longitude) / (b.longitude - a.longitude)
            let latitude = a.latitude + (b.latitude - a.latitude) * t
            if Double(rounding) * (latitude - coordinate.latitude) > 0 { return true }
        }
        return false
    }
}
