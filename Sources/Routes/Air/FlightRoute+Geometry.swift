import Geo

extension FlightRoute {
    /// A GeoJSON line geometry: `LineString`, or `MultiLineString` when the line crosses the
    /// antimeridian (RFC 7946 §3.1.9 asks for the split). Positions are `[longitude, latitude]`
    /// in degrees, longitudes in −180…180, rounded to 1e-6.
    public enum Geometry: Codable, Sendable, Equatable {
        case lineString([[Double]])
        case multiLineString([[[Double]]])

        /// The geometry of a continuous line whose longitudes may be unrolled past ±180°.
        public init(_ points: [Coordinate]) {
            var parts: [[[Double]]] = [[]]
            var previous: Coordinate?
            for point in points {
                if let previous {
                    // Split where the unrolled line passes an odd multiple of 180°.
                    let before = ((previous.longitude + 180) / 360).rounded(.down)
                    let after = ((point.longitude + 180) / 360).rounded(.down)
                    if before != after {
                        let meridian = (after > before ? after : before) * 360 - 180
                        let t = (meridian - previous.longitude) / (point.longitude - previous.longitude)
                        let latitude = previous.latitude + t * (point.latitude - previous.latitude)
                        let side = after > before ? 180.0 : -180.0
                        parts[parts.count - 1].append(Geometry.position(side, latitude))
                        parts.append([Geometry.position(-side, latitude)])
                    }
                }
                let longitude = Coordinate.wrap(point.longitude)
                parts[parts.count - 1].append(Geometry.position(longitude, point.latitude))
                previous = point
            }
            self = parts.count == 1 ? .lineString(parts[0]) : .multiLineString(parts)
        }

        private static func position(_ longitude: Double, _ latitude: Double) -> [Double] {
            [(longitude * 1e6).rounded() / 1e6, (latitude * 1e6).rounded() / 1e6]
        }

        private enum CodingKeys: String, CodingKey { case type, coordinates }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            switch try container.decode(String.self, forKey: .type) {
            case "LineString": self = .lineString(try container.decode([[Double]].self, forKey: .coordinates))
            case "MultiLineString": self = .multiLineString(try container.decode([[[Double]]].self, forKey: .coordinates))
            case let other:
                throw DecodingError.dataCorruptedError(forKey: .type, in: container,
                                                       debugDescription: "expected LineString or MultiLineString, got \(other)")
            }
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case let .lineString(coordinates):
                try container.encode("LineString", forKey: .type)
                try container.encode(coordinates, forKey: .coordinates)
            case let .multiLineString(coordinates):
                try container.encode("MultiLineString", forKey: .type)
                try container.encode(coordinates, forKey: .coordinates)
            }
        }
    }
}
