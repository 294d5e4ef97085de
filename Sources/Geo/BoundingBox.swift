import Foundation

/// A longitude/latitude rectangle in degrees.
///
/// When `west > east` the box crosses the antimeridian: it covers west…180 and −180…east.
public struct BoundingBox: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Western edge, degrees east of Greenwich, −180…180.
    public var west: Double
    /// Southern edge, degrees north of the equator, −90…90.
    public var south: Double
    /// Eastern edge, degrees east of Greenwich, −180…180; less than ``west`` when the box
    /// crosses the antimeridian.
    public var east: Double
    /// Northern edge, degrees north of the equator, −90…90.
    public var north: Double

    /// A box from its edges in degrees, in `W,S,E,N` order (the order of `--region`);
    /// `west > east` makes it cross the antimeridian. The values are stored as given.
    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// `true` when the box spans the antimeridian.
    public var crossesAntimeridian: Bool { west > east }

    /// Longitudinal span in degrees, 0…360.
    public var longitudeSpan: Double { crossesAntimeridian ? east + 360 - west : east - west }

    /// Latitudinal span in degrees.
    public var latitudeSpan: Double { north - south }

    /// The middle of the box, with longitude wrapped into −180…180.
    public var center: Coordinate {
        Coordinate(latitude: (south + north) / 2,
                   longitude: Coordinate.wrap(west + longitudeSpan / 2))
    }

    /// Whether a coordinate lies inside or on the edge of the box.
    public func contains(_ point: Coordinate) -> Bool {
        guard point.latitude >= south, point.latitude <= north else { return false }
        let longitude = Coordinate.wrap(point.longitude)
        if crossesAntimeridian { return longitude >= west || longitude <= east }
        return longitude >= west && longitude <= east
    }

    /// Whether two boxes overlap, for boxes that do not cross the antimeridian.
    public func intersects(_ other: BoundingBox) -> Bool {
        guard other.south <= north, other.north >= south else { return false }
        for a in unwrapped() {
            for b in other.unwrapped() where b.west <= a.east && b.east >= a.west {
                return true
            }
        }
        return false
    }

    /// The box as one or two boxes that do not cross the antimeridian.
    public func unwrapped() -> [BoundingBox] {
        guard crossesAntimeridian else { return [self] }
        return [BoundingBox(west: west, south: south, east: 180, north: north),
                BoundingBox(west: -180, south: south, east: east, north: north)]
    }

    /// The box grown by a fraction of its span on every side, clamped to ±90° latitude.
    public func padded(by fraction: Double) -> BoundingBox {
        let dx = longitudeSpan * fraction
        let dy = max(latitudeSpan * fraction, 0.05)
        let span = min(longitudeSpan + 2 * dx, 360)
        guard span < 360 else {
            // All the way round: the whole circle, not a box whose west equals its east.
            return BoundingBox(west: -180, south: max(south - dy, -90), east: 180, north: min(north + dy, 90))
        }
        let west = Coordinate.wrap(self.west - (span - longitudeSpan) / 2)
        return BoundingBox(west: west, south: max(south - dy, -90),
                           east: Coordinate.wrap(west + span), north: min(north + dy, 90))
    }

    /// The smallest box around the points, choosing the shorter way round the globe.
    ///
    /// Returns `nil` for an empty sequence.
    public static func enclosing<S: Sequence>(_ points: S) -> BoundingBox? where S.Element == Coordinate {
        var longitudes: [Double] = []
        var south = Double.infinity, north = -Double.infinity
        for point in points {
            longitudes.append(Coordinate.wrap(point.longitude))
            south = min(south, point.latitude)
            north = max(north, point.latitude)
        }
        guard !longitudes.isEmpty else { return nil }
        longitudes.sort()
        // The box is the circle minus its largest empty gap between consecutive longitudes.
        var gap = longitudes[0] + 360 - longitudes[longitudes.count - 1]
        var west = longitudes[0], east = longitudes[longitudes.count - 1]
        for index in 1..<longitudes.count {
            let candidate = longitudes[index] - longitudes[index - 1]
            if candidate > gap {
                gap = candidate
                west = longitudes[index]
                east = longitudes[index - 1]
            }
        }
        return BoundingBox(west: west, south: south, east: east, north: north)
    }

    /// `W,S,E,N` in degrees, the form ``init(parsing:)`` and `--region` read.
    public var description: String { "\(west),\(south),\(east),\(north)" }
}

extension BoundingBox {
    /// Parses `W,S,E,N` in degrees; `W > E` means the box crosses the antimeridian.
    public init?(parsing text: String) {
        let values = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == 4, values.allSatisfy(\.isFinite),
              values[1] < values[3], values[1] >= -90, values[3] <= 90,
              abs(values[0]) <= 180, abs(values[2]) <= 180, values[0] != values[2] else { return nil }
        self.init(west: values[0], south: values[1], east: values[2], north: values[3])
    }
}
