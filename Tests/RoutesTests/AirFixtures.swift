import Foundation
import Geo
@testable import Routes

/// Country data and airfields shared by the flight-router tests.
enum AirFixtures {
    /// `Resources/countries/` of this checkout (or `MOVEMAP_RESOURCES`'s).
    static let countriesFolder: URL = {
        if let override = ProcessInfo.processInfo.environment["MOVEMAP_RESOURCES"], !override.isEmpty {
            return URL(fileURLWithPath: override).appendingPathComponent("countries")
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/countries")
    }()

    /// Loaded once per test process; `nil` only if the data is missing.
    static let countries: CountryShapes? = try? CountryShapes.load(from: countriesFolder)

    static let chkalovsky = FlightWaypoint(name: "Chkalovsky", coordinate: Coordinate(latitude: 55.878, longitude: 38.062))
    static let hmeimim = FlightWaypoint(name: "Hmeimim", coordinate: Coordinate(latitude: 35.401, longitude: 35.949))
    static let mozdok = FlightWaypoint(name: "Mozdok", coordinate: Coordinate(latitude: 43.7, longitude: 44.65))
    static let anchorage = FlightWaypoint(name: "Anchorage", coordinate: Coordinate(latitude: 61.174, longitude: -149.996))
    static let petropavlovsk = FlightWaypoint(name: "Petropavlovsk-Kamchatsky", coordinate: Coordinate(latitude: 53.167, longitude: 158.454))

    /// European, Turkish and Caucasian airspace closed to Russian flights to Syria.
    static let closedToRussia: Set<String> = ["UA", "TR", "GE", "AZ", "AM", "GR", "BG", "RO", "MD", "CY"]
}

extension AirFixtures {
    /// The turning points of a route: where consecutive segments change direction by > 0.5°.
    static func corners(of route: FlightRoute) -> [Coordinate] {
        var result: [Coordinate] = []
        for leg in route.legs {
            let points = leg.points
            for index in points.indices.dropFirst().dropLast() {
                let before = Geodesic.wgs84.inverse(from: points[index - 1], to: points[index]).finalAzimuth
                let after = Geodesic.wgs84.inverse(from: points[index], to: points[index + 1]).initialAzimuth
                var turn = abs(after - before).truncatingRemainder(dividingBy: 360)
                if turn > 180 { turn = 360 - turn }
                if turn > 0.5 { result.append(points[index].normalized) }
            }
        }
        return result
    }
}
