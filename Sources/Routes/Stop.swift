import Foundation
import Geo

/// A place a track passes: a point (base, port, `lon,lat`) or an area (sea, strait).
public struct Stop: Sendable, Hashable {
    /// Identifier of the gazetteer place, or the `lon,lat` text.
    public var id: String
    /// The name to show on the map.
    public var name: String
    /// The representative point.
    public var coordinate: Coordinate
    /// For seas and straits: the area a route must pass through.
    public var area: [Coordinate]?
    /// `true` for straits and canals: a route passes through their narrows, near
    /// `coordinate`, not merely anywhere in their approaches.
    public var isNarrows: Bool

    /// A stop at `coordinate` (degrees), through `area` (vertices in degrees) when given;
    /// `isNarrows` for straits and canals.
    public init(id: String, name: String, coordinate: Coordinate, area: [Coordinate]? = nil, isNarrows: Bool = false) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.area = area
        self.isNarrows = isNarrows
    }

    /// The area a sea route must pass through for this stop: a sea's polygon, or for a
    /// strait or canal a disc of 50 km radius (a 24-sided polygon) around its narrows point.
    public var transitArea: [Coordinate]? {
        guard isNarrows else { return area }
        return Stop.disc(center: coordinate, radius: Stop.narrowsRadius)
    }

    /// Radius of the disc a route must enter to pass a strait or canal, in meters.
    public static let narrowsRadius = 50_000.0

    /// A 24-sided polygon approximating the geodesic circle of `radius` meters.
    static func disc(center: Coordinate, radius: Double) -> [Coordinate] {
        (0..<24).map { Geodesic.wgs84.destination(from: center, azimuth: Double($0) * 15, distance: radius) }
    }

    /// `true` for seas, straits and other areas.
    public var isArea: Bool { area != nil }

    /// The stop for a gazetteer place; straits and canals are narrows.
    public init(place: Place) {
        self.init(id: place.id, name: place.shortName, coordinate: place.coordinate, area: place.area,
                  isNarrows: place.kind == .strait || place.kind == .canal)
    }
}
