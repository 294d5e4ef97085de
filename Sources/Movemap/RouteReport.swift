import Foundation
import Geo
import Routes
import Scenario

/// The `route --json` and `--geojson` output, the same shape for sea and air:
/// `length_nm`, `length_km`, `legs` (from, to, length_nm, and with a speed hours/eta),
/// with a speed `speed_kn` and `speed_default` (true when the mode's default was assumed),
/// `geometry` (a GeoJSON LineString, or a MultiLineString for several legs or a line cut at
/// the antimeridian, in lon/lat order).
public struct RouteReport: Sendable, Encodable {
    /// One leg: `from`, `to`, `length_nm`, `length_km`, and `hours`, `eta`, `start_snap_m`,
    /// `end_snap_m` when known.
    public struct LegReport: Sendable, Encodable {
        /// The waypoint the leg starts at, by name.
        public var from: String
        /// The waypoint the leg ends at, by name.
        public var to: String
        /// The leg's geodesic length on WGS84 in nautical miles (1852 m), to 0.01.
        public var lengthNauticalMiles: Double
        /// The same length in kilometers, to 0.01.
        public var lengthKilometers: Double
        /// Hours under way at the report's speed, to 0.01; `nil` without a speed.
        public var hours: Double?
        /// The arrival time, `2024-12-14T10:30Z` (UTC); `nil` without a departure.
        public var eta: String?
        /// Distance in meters from the named place to the water where the route starts.
        public var startSnapMeters: Double?
        /// Distance in meters from the water where the route ends to the named place.
        public var endSnapMeters: Double?

        enum CodingKeys: String, CodingKey {
            case from, to, hours, eta
            case lengthNauticalMiles = "length_nm", lengthKilometers = "length_km"
            case startSnapMeters = "start_snap_m", endSnapMeters = "end_snap_m"
        }
    }

    /// The route's line as GeoJSON (RFC 7946): `[lon, lat]` degrees to six decimals, cut
    /// at the antimeridian.
    public struct Geometry: Sendable, Encodable {
        /// `LineString` for one piece, `MultiLineString` for several.
        public var type: String
        /// The pieces, each a list of `[lon, lat]` pairs; a `LineString` has one.
        public var coordinates: [[[Double]]]

        /// Encodes `type` and `coordinates`, a `LineString`'s as its one piece.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            if type == "LineString" {
                try container.encode(coordinates[0], forKey: .coordinates)
            } else {
                try container.encode(coordinates, forKey: .coordinates)
            }
        }

        enum CodingKeys: String, CodingKey { case type, coordinates }
    }

    /// `sea` or `air`.
    public var mode: String
    /// The whole route's geodesic length on WGS84 in nautical miles (1852 m), to 0.01.
    public var lengthNauticalMiles: Double
    /// The same length in kilometers, to 0.01.
    public var lengthKilometers: Double
    /// The legs, in order.
    public var legs: [LegReport]
    /// Passages the route goes through, in order (sea routes).
    public var passages: [String]?
    /// What the router chose and why (sea routes): seasonal passages, ice, diversions.
    public var notes: [String]?
    /// For one of several routes (`route sea --alternatives`): "shortest", or how the
    /// alternative is known ("via Cape of Good Hope").
    public var label: String?
    /// For an alternative: the passage ids it avoids.
    public var avoided: [String]?
    /// The speed hours and ETAs are computed at, in knots; `nil` without times.
    public var speedKnots: Double?
    /// `true` when ``speedKnots`` is the mode's default rather than a speed given.
    public var speedIsDefault: Bool?
    /// The whole route's line.
    public var geometry: Geometry

    enum CodingKeys: String, CodingKey {
        case mode, legs, passages, notes, geometry, label, avoided
        case lengthNauticalMiles = "length_nm", lengthKilometers = "length_km"
        case speedKnots = "speed_kn", speedIsDefault = "speed_default"
    }

    /// A report from legs given as (from, to, points, snaps); times from `speedKnots` and
    /// `departure` when given. `speedIsDefault` says the speed is the mode's default
    /// (`SeaRoute.defaultSpeedKnots`, `FlightRoute.defaultSpeedKnots`), not one given.
    public init(mode: String, legs: [(from: String, to: String, points: [Coordinate], snaps: (Double, Double)?)],
                passages: [String]?, speedKnots: Double?, speedIsDefault: Bool = false, departure: Date?) {
        self.mode = mode
        self.passages = passages
        self.speedKnots = speedKnots
        self.speedIsDefault = speedKnots == nil ? nil : speedIsDefault
        var reports: [LegReport] = []
        var clock = departure
        var total = 0.0
        for leg in legs {
            let meters = Polyline(leg.points).lengthMeters
            total += meters
            var report = LegReport(from: leg.from, to: leg.to, lengthNauticalMiles: RouteReport.round(meters / .metersPerNauticalMile),
                                   lengthKilometers: RouteReport.round(meters / 1000))
            if let speedKnots {
                let hours = meters / .metersPerNauticalMile / speedKnots
                report.hours = RouteReport.round(hours)
                if let start = clock {
                    let arrival = start.addingTimeInterval(hours * 3600)
                    report.eta = ValueParsers.format(arrival)
                    clock = arrival
                }
            }
            if let snaps = leg.snaps {
                report.startSnapMeters = snaps.0.rounded()
                report.endSnapMeters = snaps.1.rounded()
            }
            reports.append(report)
        }
        self.legs = reports
        lengthNauticalMiles = RouteReport.round(total / .metersPerNauticalMile)
        lengthKilometers = RouteReport.round(total / 1000)
        // Each leg, cut at the antimeridian: GeoJSON longitudes stay within ±180°.
        let lines = legs.flatMap { Polyline($0.points).pieces() }
            .map { $0.points.map { [RouteReport.round6($0.longitude), RouteReport.round6($0.latitude)] } }
        geometry = Geometry(type: lines.count == 1 ? "LineString" : "MultiLineString", coordinates: lines)
    }

    /// The report as one JSON object.
    public func json() throws -> String {
        try RouteReport.encode(self)
    }

    /// The route as a GeoJSON Feature whose properties are the report without geometry.
    public func geoJSON() throws -> String {
        try RouteReport.encode(feature)
    }

    /// Several routes (a route and its alternatives) as one JSON array, in order.
    public static func json(_ reports: [RouteReport]) throws -> String {
        try encode(reports)
    }

    /// Several routes as a GeoJSON FeatureCollection, in order.
    public static func geoJSON(_ reports: [RouteReport]) throws -> String {
        struct Collection: Encodable {
            var type = "FeatureCollection"
            var features: [Feature]
        }
        return try encode(Collection(features: reports.map(\.feature)))
    }

    struct Feature: Encodable {
        var type = "Feature"
        var geometry: Geometry
        var properties: Properties
    }

    struct Properties: Encodable {
        var mode: String
        var label: String?
        var avoided: [String]?
        var length_nm: Double
        var length_km: Double
        var legs: [LegReport]
        var passages: [String]?
        var notes: [String]?
        var speed_kn: Double?
        var speed_default: Bool?
    }

    /// The report as a GeoJSON Feature: its geometry, and the rest as properties.
    var feature: Feature {
        Feature(geometry: geometry, properties: Properties(
            mode: mode, label: label, avoided: avoided, length_nm: lengthNauticalMiles, length_km: lengthKilometers,
            legs: legs, passages: passages, notes: notes, speed_kn: speedKnots, speed_default: speedIsDefault))
    }

    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    static func round6(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }
}
