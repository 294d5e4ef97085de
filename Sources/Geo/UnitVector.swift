import Foundation

/// A point on the unit sphere as a 3-D vector, for great-circle arithmetic without
/// trigonometry in inner loops: the sea router's searches and the flight router's
/// obstacle tests both work on it.
///
/// Two spheres share the arithmetic. ``init(_:)`` puts a coordinate on the geocentric unit
/// sphere (the sea router measures with a spherical Earth of ``earthRadius``);
/// ``init(auxiliary:)`` puts it on the auxiliary sphere of geodesic theory, with the
/// latitude reduced (tan β = (1 − f) tan φ), on which WGS84 geodesics are great circles up to
/// a longitude drift of order f — a few kilometres over thousands. Flights use the
/// auxiliary sphere so that their arcs and the airspace borders they skirt meet where the
/// drawn geodesic does; the geocentric sphere would move those tests by up to ~20 km.
@frozen
public struct UnitVector: Sendable, Equatable {
    public var x: Double, y: Double, z: Double

    @inlinable
    public init(x: Double, y: Double, z: Double) {
        self.x = x; self.y = y; self.z = z
    }

    /// The point at a coordinate's latitude and longitude (degrees) on the geocentric unit sphere.
    @inlinable
    public init(_ coordinate: Coordinate) {
        let phi = coordinate.latitude * .pi / 180, lambda = coordinate.longitude * .pi / 180
        x = cos(phi) * cos(lambda); y = cos(phi) * sin(lambda); z = sin(phi)
    }

    /// The point at a coordinate on the auxiliary sphere: its latitude reduced for the
    /// WGS84 flattening.
    @inlinable
    public init(auxiliary coordinate: Coordinate) {
        let latitude = coordinate.latitude * .pi / 180
        let reduced = atan(Self.flatteningComplement * tan(latitude))
        let longitude = coordinate.longitude * .pi / 180
        let c = cos(reduced)
        self.init(x: c * cos(longitude), y: c * sin(longitude), z: sin(reduced))
    }

    /// 1 − f for WGS84.
    @usableFromInline
    static let flatteningComplement = 1 - 1 / 298.257223563

    /// Mean Earth radius in meters (IUGG), for spherical distances in the sea router.
    public static let earthRadius = 6_371_008.8

    /// Latitude in degrees of a point on the geocentric sphere.
    @inlinable
    public var latitude: Double { asin(max(-1, min(1, z))) * 180 / .pi }

    /// Longitude in degrees, −180…180.
    @inlinable
    public var longitude: Double { atan2(y, x) * 180 / .pi }

    @inlinable
    public func dot(_ other: UnitVector) -> Double { x * other.x + y * other.y + z * other.z }

    @inlinable
    public func cross(_ other: UnitVector) -> UnitVector {
        UnitVector(x: y * other.z - z * other.y, y: z * other.x - x * other.z, z: x * other.y - y * other.x)
    }

    /// Euclidean length (1 for a point on the sphere).
    @inlinable
    public var length: Double { (x * x + y * y + z * z).squareRoot() }

    /// The vector scaled to length 1; itself when it is zero.
    @inlinable
    public var normalized: UnitVector {
        let length = self.length
        return length > 0 ? UnitVector(x: x / length, y: y / length, z: z / length) : self
    }

    @inlinable
    public static func + (a: UnitVector, b: UnitVector) -> UnitVector {
        UnitVector(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }

    /// Central angle to another point, radians, accurate for small and large angles.
    @inlinable
    public func angle(to other: UnitVector) -> Double {
        atan2(cross(other).length, dot(other))
    }

    /// The unit vector in the plane of `self` and `base`, perpendicular to `base`.
    @inlinable
    public func orthogonalized(against base: UnitVector) -> UnitVector {
        let d = x * base.x + y * base.y + z * base.z
        var ux = x - d * base.x, uy = y - d * base.y, uz = z - d * base.z
        let n = (ux * ux + uy * uy + uz * uz).squareRoot()
        guard n > 0 else { return UnitVector(x: 0, y: 0, z: 1) }
        ux /= n; uy /= n; uz /= n
        return UnitVector(x: ux, y: uy, z: uz)
    }

    /// The point a `fraction` of the way along the great-circle arc from `a` to `b`, which
    /// are `angle` radians apart.
    @inlinable
    public static func slerp(_ a: UnitVector, _ b: UnitVector, angle: Double, fraction: Double) -> UnitVector {
        let u = b.orthogonalized(against: a)
        let theta = angle * fraction
        let c = cos(theta), s = sin(theta)
        return UnitVector(x: a.x * c + u.x * s, y: a.y * c + u.y * s, z: a.z * c + u.z * s)
    }

    /// Whether the great-circle arcs a→b and c→d (each shorter than a half circle) cross
    /// at a point interior to both. Touching or collinear arcs do not count.
    @inlinable
    public static func arcsCross(_ a: UnitVector, _ b: UnitVector, _ c: UnitVector, _ d: UnitVector) -> Bool {
        let ab = a.cross(b)
        let sideC = ab.dot(c), sideD = ab.dot(d)
        guard (sideC > 0 && sideD < 0) || (sideC < 0 && sideD > 0) else { return false }
        let cd = c.cross(d)
        let sideA = cd.dot(a), sideB = cd.dot(b)
        guard (sideA > 0 && sideB < 0) || (sideA < 0 && sideB > 0) else { return false }
        // Both planes separate the other arc's ends; the crossing is on the near side
        // (not the antipode) when the orientations agree as they do in the plane.
        return (sideC > 0) != (sideA > 0)
    }
}
