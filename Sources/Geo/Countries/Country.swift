import Foundation

/// A country's territory: DCW polygons simplified to about 1 km, with its ISO 3166-1 codes.
///
/// Rings are lists of ``Coordinate`` in degrees, open (the last point is not repeated).
/// Longitudes are continuous along a ring and may leave −180…180 where a ring crosses the
/// antimeridian (Russia's Chukotka runs to 191°E); ``contains(_:)`` accounts for that.
/// Rings that go all the way round a pole (Antarctica) are closed through the pole.
public struct Country: Sendable, Equatable {
    /// ISO 3166-1 alpha-2 code, upper case, e.g. `SY`.
    public var code: String
    /// ISO 3166-1 alpha-3 code, e.g. `SYR`; empty when the source has none.
    public var alpha3: String
    /// English short name, e.g. `Syria`.
    public var name: String
    /// The smallest longitude/latitude box around the outer rings (west > east across the antimeridian).
    public var bounds: BoundingBox
    /// Outer rings, counter-clockwise, one per landmass or island larger than about 2 km².
    public var rings: [[Coordinate]]
    /// Holes in the outer rings (enclaves such as Lesotho in South Africa), clockwise.
    public var holes: [[Coordinate]]
    /// The country's airspace as route planning sees it: the outer rings grown by 12 nautical
    /// miles (the territorial sea), merged and simplified. Every point of ``rings`` lies at
    /// least about 17 km inside these rings. Counter-clockwise.
    public var airspace: [[Coordinate]]

    /// A country from its rings; `bounds` defaults to the smallest box around the outer rings.
    public init(code: String, alpha3: String = "", name: String, bounds: BoundingBox? = nil,
                rings: [[Coordinate]], holes: [[Coordinate]] = [], airspace: [[Coordinate]] = []) {
        self.code = code
        self.alpha3 = alpha3
        self.name = name
        self.rings = rings
        self.holes = holes
        self.airspace = airspace
        self.bounds = bounds ?? BoundingBox.enclosing(rings.joined())
            ?? BoundingBox(west: 0, south: 0, east: 0, north: 0)
    }

    /// Whether the point lies on the country's territory: inside an outer ring and not in a hole.
    ///
    /// Edges are straight in longitude/latitude, which at the data's ~1 km vertex spacing
    /// differs from the geodesic by metres. Complexity: O(vertices) after a box check.
    public func contains(_ point: Coordinate) -> Bool {
        guard bounds.contains(point) else { return false }
        guard rings.contains(where: { Country.ring($0, contains: point) }) else { return false }
        return !holes.contains(where: { Country.ring($0, contains: point) })
    }

    /// Even–odd test of a point against one ring whose longitudes may leave −180…180
    /// (``RingContainment``).
    public static func ring(_ ring: [Coordinate], contains point: Coordinate) -> Bool {
        RingContainment.contains(ring, point)
    }
}

extension Country {
    /// The point of the country's outline nearest `point` (degrees), measured on the
    /// sphere along each edge; `nil` for a country without rings.
    ///
    /// - Complexity: O(vertices), a few samples per edge.
    public func nearestPoint(to point: Coordinate) -> Coordinate? {
        var best: (coordinate: Coordinate, distance: Double)?
        for ring in rings where ring.count >= 2 {
            for index in ring.indices {
                let start = ring[index], end = ring[(index + 1) % ring.count]
                for step in 0...4 {
                    let fraction = Double(step) / 4
                    let candidate = Coordinate(latitude: start.latitude + (end.latitude - start.latitude) * fraction,
                                               longitude: start.longitude + Coordinate.wrap(end.longitude - start.longitude) * fraction)
                    let distance = Self.sphericalDistance(point, candidate)
                    if best == nil || distance < best!.distance { best = (candidate, distance) }
                }
            }
        }
        return best.map { Coordinate(latitude: $0.coordinate.latitude, longitude: Coordinate.wrap($0.coordinate.longitude)) }
    }

    /// Haversine distance on a sphere of radius 6,371 km, in meters: a fast ranking measure.
    static func sphericalDistance(_ a: Coordinate, _ b: Coordinate) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = b.latitude * .pi / 180
        let dp = p2 - p1, dl = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6_371_000 * asin(min(1, h.squareRoot()))
    }
}
