import Foundation
import Geo
@testable import Routes

/// Shared router and places for the sea-router tests.
enum SeaFixtures {
    static let navigation = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/navigation")

    static let router: SeaRouter = {
        do { return try SeaRouter.load(from: navigation) } catch { fatalError("navigation data: \(error)") }
    }()

    static func port(_ name: String, _ latitude: Double, _ longitude: Double) -> SeaWaypoint {
        SeaWaypoint(name: name, coordinate: Coordinate(latitude: latitude, longitude: longitude))
    }

    static func area(_ name: String, _ lonLat: [(Double, Double)]) -> SeaWaypoint {
        let ring = lonLat.map { Coordinate(latitude: $0.1, longitude: $0.0) }
        let lat = ring.map(\.latitude).reduce(0, +) / Double(ring.count)
        let lon = ring.map(\.longitude).reduce(0, +) / Double(ring.count)
        return SeaWaypoint(name: name, coordinate: Coordinate(latitude: lat, longitude: lon), area: ring)
    }

    static let latakia = port("Latakia", 35.52, 35.77)
    static let tartus = port("Tartus", 34.89, 35.87)
    static let baltiysk = port("Baltiysk", 54.65, 19.90)
    static let severomorsk = port("Severomorsk", 69.07, 33.42)
    static let stPetersburg = port("St Petersburg", 59.93, 30.20)
    static let novorossiysk = port("Novorossiysk", 44.72, 37.79)
    static let shanghai = port("Shanghai", 31.23, 121.50)
    static let losAngeles = port("Los Angeles", 33.73, -118.26)
    static let piraeus = port("Piraeus", 37.94, 23.63)
    static let jeddah = port("Jeddah", 21.48, 39.17)
    static let norwegianSea = area("Norwegian Sea", [(-4, 62), (5, 61.5), (12, 65), (17, 69.5), (15, 72), (-8, 72), (-8, 64)])
    static let englishChannel = area("English Channel", [(-5.5, 48.6), (-5.5, 50.0), (-1.0, 50.9), (1.4, 51.05), (1.7, 50.8), (0.5, 49.8), (-1.5, 49.5), (-4.7, 48.4)])

    /// The water of `router` with a gate closing part of the open sea off Sicily's south-east
    /// coast (15.6–15.9°E, 36.5–36.9°N): blocks there are cut by closed cells.
    static func closedOffSicily(_ router: SeaRouter) -> NavigableWater {
        let gate = AreaPolygon([(15.6, 36.5), (15.9, 36.5), (15.9, 36.9), (15.6, 36.9)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) })
        return NavigableWater(grid: router.water, closed: ClosedCells(gates: [gate], grid: router.water))
    }
}
