import CProj

/// Geodesics on an ellipsoid, solved with Karney's algorithms (Karney 2013,
/// "Algorithms for geodesics", J. Geodesy 87) through PROJ's `geod_*` API.
///
/// Distances are meters; azimuths are degrees clockwise from north.
public struct Geodesic: Sendable {
    private var model: geod_geodesic

    /// The WGS84 ellipsoid: a = 6 378 137 m, f = 1/298.257223563.
    public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

    /// An ellipsoid of revolution with semi-major axis `equatorialRadius` in meters and
    /// `flattening` f = (a − b) / a (0 for a sphere); most callers want ``wgs84``.
    public init(equatorialRadius: Double, flattening: Double) {
        model = geod_geodesic()
        geod_init(&model, equatorialRadius, flattening)
    }

    /// The solution of the inverse problem between two points.
    public struct Inverse: Sendable, Equatable {
        /// Length of the shortest geodesic in meters.
        public var distance: Double
        /// Azimuth at the first point, degrees clockwise from north.
        public var initialAzimuth: Double
        /// Azimuth at the second point (the direction of travel there), degrees from north.
        public var finalAzimuth: Double
    }

    /// Solves the inverse problem: the shortest geodesic from `start` to `end`.
    public func inverse(from start: Coordinate, to end: Coordinate) -> Inverse {
        var model = self.model
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        geod_inverse(&model, start.latitude, start.longitude, end.latitude, end.longitude,
                     &distance, &azimuth1, &azimuth2)
        return Inverse(distance: distance, initialAzimuth: azimuth1, finalAzimuth: azimuth2)
    }

    /// Length of the shortest geodesic between two points, in meters.
    public func distance(from start: Coordinate, to end: Coordinate) -> Double {
        inverse(from: start, to: end).distance
    }

    /// Solves the direct problem: the point `distance` meters from `start` along `azimuth`.
    public func destination(from start: Coordinate, azimuth: Double, distance: Double) -> Coordinate {
        var model = self.model
        var latitude = 0.0, longitude = 0.0, azimuth2 = 0.0
        geod_direct(&model, start.latitude, start.longitude, azimuth, distance,
                    &latitude, &longitude, &azimuth2)
        return Coordinate(latitude: latitude, longitude: longitude)
    }

    /// Points along the geodesic from `start` to `end`, no more than `maximumSpacing` meters
    /// apart, both ends included.
    ///
    /// Longitudes are unwrapped: they change continuously and may leave −180…180, so a line
    /// across the antimeridian stays continuous. Complexity: O(length / maximumSpacing).
    public func line(from start: Coordinate, to end: Coordinate, maximumSpacing: Double) -> [Coordinate] {
        var model = self.model
        var line = geod_geodesicline()
        geod_inverseline(&line, &model, start.latitude, start.longitude, end.latitude, end.longitude,
                         GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_DISTANCE_IN.rawValue)
        let length = line.s13
        let segments = max(1, Int((length / max(maximumSpacing, 1)).rounded(.up)))
        var points: [Coordinate] = []
        points.reserveCapacity(segments + 1)
        for index in 0...segments {
            var latitude = 0.0, longitude = 0.0, azimuth = 0.0
            geod_genposition(&line, GEOD_LONG_UNROLL.rawValue, length * Double(index) / Double(segments),
                             &latitude, &longitude, &azimuth, nil, nil, nil, nil, nil)
            points.append(Coordinate(latitude: latitude, longitude: longitude))
        }
        return points
    }

    /// The point at a fraction 0…1 of the way along the geodesic from `start` to `end`.
    public func intermediate(from start: Coordinate, to end: Coordinate, fraction: Double) -> Coordinate {
        let solution = inverse(from: start, to: end)
        return destination(from: start, azimuth: solution.initialAzimuth, distance: solution.distance * fraction)
    }

    /// Total length in meters of a polyline whose vertices are joined by geodesics.
    public func length(of points: [Coordinate]) -> Double {
        zip(points, points.dropFirst()).reduce(0) { $0 + distance(from: $1.0, to: $1.1) }
    }
}

extension Double {
    /// Meters in one international nautical mile.
    public static let metersPerNauticalMile = 1852.0
}
