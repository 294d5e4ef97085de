import Foundation
import Geo

/// A point on the unit sphere, for great-circle arithmetic in the router's hot loops.
struct UnitVector: Sendable {
    var x: Double, y: Double, z: Double

    init(x: Double, y: Double, z: Double) {
        self.x = x; self.y = y; self.z = z
    }

    /// The point at a coordinate's latitude and longitude (degrees) on the unit sphere.
    init(_ coordinate: Coordinate) {
        let phi = coordinate.latitude * .pi / 180, lambda = coordinate.longitude * .pi / 180
        x = cos(phi) * cos(lambda); y = cos(phi) * sin(lambda); z = sin(phi)
    }

    var latitude: Double { asin(max(-1, min(1, z))) * 180 / .pi }
    var longitude: Double { atan2(y, x) * 180 / .pi }

    /// Central angle to another point, radians (numerically stable for small angles).
    func angle(to other: UnitVector) -> Double {
        let cx = y * other.z - z * other.y, cy = z * other.x - x * other.z, cz = x * other.y - y * other.x
        return atan2((cx * cx + cy * cy + cz * cz).squareRoot(), x * other.x + y * other.y + z * other.z)
    }

    /// The unit vector in the plane of `self` and `base`, perpendicular to `base`.
    func orthogonalized(against base: UnitVector) -> UnitVector {
        let d = x * base.x + y * base.y + z * base.z
        var ux = x - d * base.x, uy = y - d * base.y, uz = z - d * base.z
        let n = (ux * ux + uy * uy + uz * uz).squareRoot()
        guard n > 0 else { return UnitVector(x: 0, y: 0, z: 1) }
        ux /= n; uy /= n; uz /= n
        return UnitVector(x: ux, y: uy, z: uz)
    }

    /// The point a `fraction` of the way along the great-circle arc from `a` to `b`.
    static func slerp(_ a: UnitVector, _ b: UnitVector, angle: Double, fraction: Double) -> UnitVector {
        let u = b.orthogonalized(against: a)
        let theta = angle * fraction
        let c = cos(theta), s = sin(theta)
        return UnitVector(x: a.x * c + u.x * s, y: a.y * c + u.y * s, z: a.z * c + u.z * s)
    }

    /// Mean Earth radius in meters (IUGG), for spherical distances in the search.
    static let earthRadius = 6_371_008.8
}
