import Foundation
import Geo

/// The `route … --json` object of the command-line contract: lengths, legs and a GeoJSON
/// geometry in longitude/latitude order. Encode with `JSONEncoder`; keys are snake_case.
public struct SeaRouteSummary: Codable, Sendable, Equatable {
    /// One leg: its ends, length and, with a speed, the hours under way and the arrival time.
    public struct Leg: Codable, Sendable, Equatable {
        public var from: String
        public var to: String
        public var lengthNauticalMiles: Double
        public var hours: Double?
        /// ISO 8601 arrival time, when a departure time was given.
        public var eta: String?

        enum CodingKeys: String, CodingKey {
            case from, to, hours, eta
            case lengthNauticalMiles = "length_nm"
        }
    }

    public var lengthNauticalMiles: Double
    public var lengthKilometers: Double
    public var legs: [Leg]
    public var passages: [String]
    public var geometry: GeoJSONLine

    enum CodingKeys: String, CodingKey {
        case legs, passages, geometry
        case lengthNauticalMiles = "length_nm"
        case lengthKilometers = "length_km"
    }
}

/// A GeoJSON LineString, or a MultiLineString when the line crosses the antimeridian
/// (split there, as RFC 7946 §3.1.9 asks). Coordinates are `[longitude, latitude]`.
public struct GeoJSONLine: Codable, Sendable, Equatable {
    public var type: String
    public var coordinates: [[[Double]]]

    /// Splits an unwrapped polyline at ±180°, interpolating the crossing latitude.
    public init(points: [Coordinate]) {
        var parts: [[[Double]]] = [[]]
        var previous: Coordinate?
        for point in points {
            if let previous {
                let a = floor((previous.longitude + 180) / 360), b = floor((point.longitude + 180) / 360)
                if a != b {
                    let edge = (max(a, b)) * 360 - 180
                    let t = (edge - previous.longitude) / (point.longitude - previous.longitude)
                    let latitude = previous.latitude + t * (point.latitude - previous.latitude)
                    let side = point.longitude > previous.longitude ? 180.0 : -180.0
                    parts[parts.count - 1].append([side, latitude])
                    parts.append([[-side, latitude]])
                }
            }
            let lon = Coordinate.wrap(point.longitude)
            parts[parts.count - 1].append([lon == -180 && parts[parts.count - 1].last?[0] == 180 ? 180 : lon, point.latitude])
            previous = point
        }
        type = parts.count > 1 ? "MultiLineString" : "LineString"
        coordinates = parts
    }

    enum CodingKeys: String, CodingKey { case type, coordinates }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        if coordinates.count == 1 {
            try container.encode(coordinates[0], forKey: .coordinates)
        } else {
            try container.encode(coordinates, forKey: .coordinates)
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        if type == "LineString" {
            coordinates = [try container.decode([[Double]].self, forKey: .coordinates)]
        } else {
            coordinates = try container.decode([[[Double]]].self, forKey: .coordinates)
        }
    }
}

/// A GeoJSON Feature for `route … --geojson`: the geometry, and the summary's other fields
/// as properties.
public struct SeaRouteFeature: Encodable, Sendable {
    public var type = "Feature"
    public var properties: Properties
    public var geometry: GeoJSONLine

    public struct Properties: Encodable, Sendable {
        public var lengthNauticalMiles: Double
        public var lengthKilometers: Double
        public var legs: [SeaRouteSummary.Leg]
        public var passages: [String]

        enum CodingKeys: String, CodingKey {
            case legs, passages
            case lengthNauticalMiles = "length_nm"
            case lengthKilometers = "length_km"
        }
    }
}

extension SeaRoute {
    /// The whole route as one unwrapped polyline (legs joined, shared ends once).
    public var points: [Coordinate] {
        var out: [Coordinate] = []
        for leg in legs {
            for point in leg.points where out.last != point { out.append(point) }
        }
        return out
    }

    /// The `--json` object. `speedKnots` adds hours per leg; `departure` adds ETAs.
    public func summary(speedKnots: Double? = nil, departure: Date? = nil) -> SeaRouteSummary {
        var elapsed = 0.0
        let formatter = ISO8601DateFormatter()
        let legs = self.legs.map { leg -> SeaRouteSummary.Leg in
            let nm = leg.lengthMeters / 1852
            var hours: Double?
            var eta: String?
            if let speedKnots, speedKnots > 0 {
                hours = nm / speedKnots
                elapsed += nm / speedKnots
                if let departure { eta = formatter.string(from: departure.addingTimeInterval(elapsed * 3600)) }
            }
            return .init(from: leg.from, to: leg.to, lengthNauticalMiles: nm, hours: hours, eta: eta)
        }
        return SeaRouteSummary(lengthNauticalMiles: lengthMeters / 1852, lengthKilometers: lengthMeters / 1000,
                               legs: legs, passages: passages, geometry: GeoJSONLine(points: points))
    }

    /// The `--geojson` Feature.
    public func feature(speedKnots: Double? = nil, departure: Date? = nil) -> SeaRouteFeature {
        let s = summary(speedKnots: speedKnots, departure: departure)
        return SeaRouteFeature(properties: .init(lengthNauticalMiles: s.lengthNauticalMiles,
                                                 lengthKilometers: s.lengthKilometers, legs: s.legs,
                                                 passages: s.passages),
                               geometry: s.geometry)
    }
}
