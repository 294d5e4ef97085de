import Foundation
import Geo

/// A point on the unit sphere as a 3-D vector: the auxiliary sphere of geodesic theory.
///
/// Latitudes become reduced latitudes (tan β = (1 − f) tan φ), on which WGS84 geodesics are
/// great circles up to a longitude drift of order f — a few kilometres over thousands.
struct SphereVector: Sendable, Equatable {
    var x: Double
    var y: Double
    var z: Double

    private static let flatteningComplement = 1 - 1 / 298.257223563

    init(x: Double, y: Double, z: Double) {
        self.x = x
        self.y = y
        self.z = z
    }

    init(_ coordinate: Coordinate) {
        let latitude = coordinate.latitude * .pi / 180
        let reduced = atan(SphereVector.flatteningComplement * tan(latitude))
        let longitude = coordinate.longitude * .pi / 180
        let c = cos(reduced)
        self.init(x: c * cos(longitude), y: c * sin(longitude), z: sin(reduced))
    }

    /// The geodetic coordinate, longitude in −180…180 degrees.
    var coordinate: Coordinate {
        let reduced = atan2(z, (x * x + y * y).squareRoot())
        let latitude = atan(tan(reduced) / SphereVector.flatteningComplement)
        return Coordinate(latitude: latitude * 180 / .pi, longitude: atan2(y, x) * 180 / .pi)
    }

    func dot(_ other: SphereVector) -> Double { x * other.x + y * other.y + z * other.z }

    func cross(_ other: SphereVector) -> SphereVector {
        SphereVector(x: y * other.z - z * other.y, y: z * other.x - x * other.z, z: x * other.y - y * other.x)
    }

    var normalized: SphereVector {
        let length = (x * x + y * y + z * z).squareRoot()
        return length > 0 ? SphereVector(x: x / length, y: y / length, z: z / length) : self
    }

    static func + (a: SphereVector, b: SphereVector) -> SphereVector {
        SphereVector(x: a.x + b.x, y: a.y + b.y, z: a.z + b.z)
    }

    /// Angle to another unit vector in radians, accurate for small and large angles.
    func angle(to other: SphereVector) -> Double {
        atan2(cross(other).length, dot(other))
    }

    var length: Double { (x * x + y * y + z * z).squareRoot() }

    /// Whether the great-circle arcs a→b and c→d (each shorter than a half circle) cross
    /// at a point interior to both. Touching or collinear arcs do not count.
    static func arcsCross(_ a: SphereVector, _ b: SphereVector, _ c: SphereVector, _ d: SphereVector) -> Bool {
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
