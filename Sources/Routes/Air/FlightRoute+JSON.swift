import Foundation
import Geo

extension FlightRoute {
    /// The object `movemap route air --json` prints: lengths, legs and the geometry.
    ///
    /// Keys: `length_nm`, `length_km`, `legs` (each `from`, `to`, `length_nm`, `length_km`),
    /// `geometry` (GeoJSON, `[longitude, latitude]` order). Lengths are rounded to 0.01,
    /// coordinates to 1e-6 degrees, so equal routes give equal bytes.
    public struct Summary: Codable, Sendable, Equatable {
        /// One leg of the summary.
        public struct Leg: Codable, Sendable, Equatable {
            public var from: String
            public var to: String
            /// Length in nautical miles (1852 m).
            public var lengthNauticalMiles: Double
            /// Length in kilometres.
            public var lengthKilometers: Double

            enum CodingKeys: String, CodingKey {
                case from, to
                case lengthNauticalMiles = "length_nm"
                case lengthKilometers = "length_km"
            }
        }

        /// Total length in nautical miles (1852 m).
        public var lengthNauticalMiles: Double
        /// Total length in kilometres.
        public var lengthKilometers: Double
        public var legs: [Leg]
        /// The path: a LineString, or a MultiLineString split at the antimeridian.
        public var geometry: Geometry

        enum CodingKeys: String, CodingKey {
            case lengthNauticalMiles = "length_nm"
            case lengthKilometers = "length_km"
            case legs, geometry
        }
    }

    /// The route as a GeoJSON Feature (`--geojson`): the summary's geometry, and its
    /// lengths and legs as properties.
    public struct Feature: Codable, Sendable, Equatable {
        /// Properties of the feature.
        public struct Properties: Codable, Sendable, Equatable {
            public var lengthNauticalMiles: Double
            public var lengthKilometers: Double
            public var legs: [Summary.Leg]

            enum CodingKeys: String, CodingKey {
                case lengthNauticalMiles = "length_nm"
                case lengthKilometers = "length_km"
                case legs
            }
        }

        /// Always `Feature`.
        public var type = "Feature"
        public var geometry: Geometry
        public var properties: Properties
    }

    /// The summary printed by `--json`.
    public var summary: Summary {
        let legs = self.legs.map {
            Summary.Leg(from: $0.from, to: $0.to, lengthNauticalMiles: FlightRoute.round($0.lengthNauticalMiles),
                        lengthKilometers: FlightRoute.round($0.lengthMeters / 1000))
        }
        return Summary(lengthNauticalMiles: FlightRoute.round(lengthNauticalMiles),
                       lengthKilometers: FlightRoute.round(lengthMeters / 1000),
                       legs: legs, geometry: Geometry(points))
    }

    /// The feature printed by `--geojson`.
    public var feature: Feature {
        let summary = self.summary
        return Feature(geometry: summary.geometry,
                       properties: Feature.Properties(lengthNauticalMiles: summary.lengthNauticalMiles,
                                                      lengthKilometers: summary.lengthKilometers,
                                                      legs: summary.legs))
    }

    /// `--json` output as UTF-8: keys sorted, no trailing newline.
    public func jsonData(prettyPrinted: Bool = false) throws -> Data {
        try FlightRoute.encoder(prettyPrinted).encode(summary)
    }

    /// `--geojson` output as UTF-8: keys sorted, no trailing newline.
    public func geoJSONData(prettyPrinted: Bool = false) throws -> Data {
        try FlightRoute.encoder(prettyPrinted).encode(feature)
    }

    private static func encoder(_ pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
