import Foundation
import Testing
@testable import Geo

/// Basemaps shared by the suites: loading is done once per level per test run.
enum LoadedBasemaps {
    static let crude = Result { try Basemap.load(.crude) }
    static let low = Result { try Basemap.load(.low) }
    static let intermediate = Result { try Basemap.load(.intermediate) }

    static func basemap(_ level: DetailLevel) throws -> Basemap {
        switch level {
        case .crude: return try crude.get()
        case .low: return try low.get()
        default: return try intermediate.get()
        }
    }
}

@Suite("Basemap land and water")
struct BasemapLandTests {
    static let shippedLevels: [DetailLevel] = [.crude, .low, .intermediate]

    struct Place: Sendable, CustomStringConvertible {
        let name: String
        let latitude: Double
        let longitude: Double
        var coordinate: Coordinate { Coordinate(latitude: latitude, longitude: longitude) }
        var description: String { name }
    }

    static let seaPoints: [Place] = [
        Place(name: "mid-Atlantic", latitude: 30, longitude: -40),
        Place(name: "Mediterranean off Crete", latitude: 34.6, longitude: 25.0),
        Place(name: "Black Sea", latitude: 43.0, longitude: 34.0),
        Place(name: "mid-Pacific", latitude: 0, longitude: -160),
        Place(name: "Norwegian Sea", latitude: 67, longitude: 2),
        Place(name: "Bering Sea across the antimeridian", latitude: 58, longitude: 180),
        Place(name: "Southern Ocean", latitude: -60, longitude: 100),
    ]

    static let lakePoints: [Place] = [
        Place(name: "Caspian Sea", latitude: 42.0, longitude: 50.5),
        Place(name: "Lake Victoria", latitude: -1.0, longitude: 33.0),
        Place(name: "Lake Superior", latitude: 47.7, longitude: -87.5),
    ]

    static let landPoints: [Place] = [
        Place(name: "Paris", latitude: 48.8566, longitude: 2.3522),
        Place(name: "Moscow", latitude: 55.7558, longitude: 37.6173),
        Place(name: "Damascus", latitude: 33.5138, longitude: 36.2765),
        Place(name: "Sahara", latitude: 23.0, longitude: 10.0),
        Place(name: "Sicily", latitude: 37.5, longitude: 14.2),
        Place(name: "Cyprus", latitude: 35.0, longitude: 33.2),
        Place(name: "Chukotka east of the antimeridian", latitude: 66.0, longitude: -174.0),
        Place(name: "Chukotka west of the antimeridian", latitude: 67.0, longitude: 175.0),
        Place(name: "Antarctica", latitude: -80, longitude: 30),
        Place(name: "South Pole", latitude: -89.9, longitude: 0),
        Place(name: "Kamchatka", latitude: 55.0, longitude: 159.0),
    ]

    @Test("sea points are water at every shipped level", arguments: shippedLevels, seaPoints)
    func seaIsWater(level: DetailLevel, place: Place) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        #expect(!basemap.isLand(place.coordinate), "\(place) should be water at \(level)")
    }

    @Test("lakes are not land at every shipped level", arguments: shippedLevels, lakePoints)
    func lakesAreWater(level: DetailLevel, place: Place) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        #expect(!basemap.isLand(place.coordinate), "\(place) should be water at \(level)")
    }

    @Test("land points are land at every shipped level", arguments: shippedLevels, landPoints)
    func landIsLand(level: DetailLevel, place: Place) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        #expect(basemap.isLand(place.coordinate), "\(place) should be land at \(level)")
    }

    @Test("Manitoulin, an island in Lake Huron, is land at low and intermediate", arguments: [DetailLevel.low, .intermediate])
    func islandInLakeIsLand(level: DetailLevel) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        #expect(basemap.isLand(Coordinate(latitude: 45.75, longitude: -82.0)))
        // Lake Huron just south of the island is water.
        #expect(!basemap.isLand(Coordinate(latitude: 45.3, longitude: -82.0)))
    }

    @Test("the English Channel at 50.2N 0.5W is water", arguments: shippedLevels)
    func englishChannelIsWater(level: DetailLevel) throws {
        #expect(!(try LoadedBasemaps.basemap(level)).isLand(Coordinate(latitude: 50.2, longitude: -0.5)))
    }

    /// 29.05E at 41.1N is Emirgan on the European shore; the channel there runs from about
    /// 29.056E to 29.068E (29.0595E–29.064E in GSHHG intermediate).
    @Test("the Bosporus at 41.1N 29.062E is water at intermediate")
    func bosporusIsWater() throws {
        let basemap = try LoadedBasemaps.basemap(.intermediate)
        #expect(!basemap.isLand(Coordinate(latitude: 41.1, longitude: 29.062)))
        // Both shores are land: Istanbul's European and Asian sides.
        #expect(basemap.isLand(Coordinate(latitude: 41.08, longitude: 28.98)))
        #expect(basemap.isLand(Coordinate(latitude: 41.02, longitude: 29.12)))
    }

    static var highLevelIsInstalled: Bool {
        (try? ResourceDirectory.file("basemap/land-h.mmb")).map { FileManager.default.fileExists(atPath: $0.path) } ?? false
    }

    @Test("the optional high level, where generated, agrees on land, sea and lakes",
          .enabled(if: highLevelIsInstalled, "generate it with scripts/build_basemap.py --levels h"))
    func highLevelAgrees() throws {
        let basemap = try Basemap.load(.high)
        #expect(basemap.polygonCount > 100_000)
        let mask = basemap.landMask()
        for place in Self.landPoints { #expect(mask.isLand(place.coordinate), "\(place) should be land at high") }
        for place in Self.seaPoints + Self.lakePoints { #expect(!mask.isLand(place.coordinate), "\(place) should be water at high") }
        #expect(!mask.isLand(Coordinate(latitude: 41.1, longitude: 29.062)))
        #expect(!mask.isLand(Coordinate(latitude: 50.2, longitude: -0.5)))
        #expect(mask.isLand(Coordinate(latitude: 45.75, longitude: -82.0)))
    }

    @Test("longitudes outside −180…180 are wrapped")
    func longitudeIsWrapped() throws {
        let basemap = try LoadedBasemaps.basemap(.low)
        #expect(basemap.isLand(Coordinate(latitude: 48.8566, longitude: 362.3522)))
        #expect(!basemap.isLand(Coordinate(latitude: 30, longitude: 320)))
    }
}
