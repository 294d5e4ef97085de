import Foundation

/// A position on the WGS84 ellipsoid, in degrees.
///
/// Latitude is positive north, longitude positive east. GeoJSON's `[longitude, latitude]`
/// order appears only in the GeoJSON coding code, never here.
public struct Coordinate: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Degrees north of the equator, −90…90.
    public var latitude: Double
    /// Degrees east of Greenwich, usually −180…180.
    public var longitude: Double

    /// A position at `latitude` degrees north and `longitude` degrees east (negative for
    /// south and west). The values are stored as given: check ``isValid`` or wrap with
    /// ``normalized`` when they come from outside.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The same point with its longitude wrapped into −180…180.
    public var normalized: Coordinate {
        Coordinate(latitude: latitude, longitude: Coordinate.wrap(longitude))
    }

    /// This point moved by whole turns of longitude to lie within 180° of `longitude`.
    public func unwrapped(near longitude: Double) -> Coordinate {
        Coordinate(latitude: latitude, longitude: self.longitude + Coordinate.turns(from: self.longitude, to: longitude))
    }

    /// The whole turns (a multiple of 360°) that move `longitude` to within 180° of `reference`:
    /// the one unwrapping rule of every line that crosses the antimeridian.
    @inlinable
    public static func turns(from longitude: Double, to reference: Double) -> Double {
        ((reference - longitude) / 360).rounded() * 360
    }

    /// Wraps a longitude in degrees into −180…180.
    public static func wrap(_ longitude: Double) -> Double {
        var value = longitude.truncatingRemainder(dividingBy: 360)
        if value > 180 { value -= 360 }
        if value < -180 { value += 360 }
        return value
    }

    /// `true` when both values are finite and latitude lies in −90…90.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90
    }

    /// Hemisphere form to at most four decimals of a degree (about 11 m), latitude first:
    /// `55.8781°N 38.0617°E`.
    public var description: String {
        let ns = latitude >= 0 ? "N" : "S"
        let ew = longitude >= 0 ? "E" : "W"
        return "\(Coordinate.format(abs(latitude)))°\(ns) \(Coordinate.format(abs(longitude)))°\(ew)"
    }

    private static func format(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded() / 10_000
        return String(scaled)
    }
}

extension Coordinate {
    /// Parses `lon,lat` in decimal degrees, the form the command line and GeoJSON use.
    ///
    /// Returns `nil` unless the text is two finite numbers with latitude in −90…90.
    public init?(longitudeLatitude text: Substring) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let longitude = Double(parts[0].trimmingCharacters(in: .whitespaces)),
              let latitude = Double(parts[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(latitude: latitude, longitude: longitude)
        guard isValid, abs(longitude) <= 360 else { return nil }
    }
}

extension Coordinate {
    /// The centre of `points` on the sphere: the normalised mean of their unit vectors
    /// (degrees in, degrees out); the first point when they cancel out.
    public static func centroid(_ points: [Coordinate]) -> Coordinate? {
        guard let first = points.first else { return nil }
        var x = 0.0, y = 0.0, z = 0.0
        for point in points {
            let latitude = point.latitude * .pi / 180, longitude = point.longitude * .pi / 180
            x += cos(latitude) * cos(longitude)
            y += cos(latitude) * sin(longitude)
            z += sin(latitude)
        }
        let length = (x * x + y * y + z * z).squareRoot()
        guard length > 1e-9 else { return first }
        return Coordinate(latitude: asin(z / length) * 180 / .pi, longitude: atan2(y, x) * 180 / .pi)
    }
}
