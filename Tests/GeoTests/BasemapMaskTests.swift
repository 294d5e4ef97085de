import Foundation
import Testing
import Geo

@Suite("Basemap land mask")
struct BasemapMaskTests {
    /// Even–odd point-in-polygon over every ring, the slow reference the grid must match.
    static func bruteForceIsLand(_ basemap: Basemap, _ rings: [BasemapRing], _ point: Coordinate) -> Bool {
        let x = point.longitude, y = point.latitude
        let lon = basemap.landLongitudes, lat = basemap.landLatitudes
        var inside = false
        for ring in rings
        where ring.bounds.south <= y && ring.bounds.north >= y && ring.bounds.west <= x && ring.bounds.east >= x {
            var previous = ring.points.upperBound - 1
            for current in ring.points {
                let x1 = Double(Float(lon[previous])), y1 = Double(Float(lat[previous]))
                let x2 = Double(Float(lon[current])), y2 = Double(Float(lat[current]))
                if (y1 > y) != (y2 > y), x1 + (y - y1) / (y2 - y1) * (x2 - x1) > x { inside.toggle() }
                previous = current
            }
        }
        return inside
    }

    @Test("the grid agrees with a brute-force point-in-polygon test on 2000 random points",
          arguments: [DetailLevel.crude, .low])
    func gridMatchesBruteForce(level: DetailLevel) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        let mask = basemap.landMask()
        let rings = basemap.rings(intersecting: BoundingBox(west: -180, south: -90, east: 180, north: 90))
        var generator = SplitMix64(seed: 2024)
        var disagreements: [Coordinate] = []
        for _ in 0..<2000 {
            let point = Coordinate(latitude: generator.uniform(-85, 85), longitude: generator.uniform(-180, 180))
            if mask.isLand(point) != Self.bruteForceIsLand(basemap, rings, point) { disagreements.append(point) }
        }
        #expect(disagreements.isEmpty, "grid and brute force disagree at \(disagreements.prefix(5))")
    }

    @Test("about 29% of the Earth's surface is land at intermediate")
    func landFraction() throws {
        let mask = try LoadedBasemaps.basemap(.intermediate).landMask()
        var generator = SplitMix64(seed: 7)
        var land = 0
        let samples = 40_000
        for _ in 0..<samples {
            // Uniform on the sphere: latitude from asin of a uniform sine.
            let latitude = asin(generator.uniform(-1, 1)) * 180 / .pi
            if mask.isLand(Coordinate(latitude: latitude, longitude: generator.uniform(-180, 180))) { land += 1 }
        }
        let fraction = Double(land) / Double(samples)
        #expect(abs(fraction - 0.29) < 0.015, "land fraction \(fraction)")
    }

    @Test("isLand and the land mask answer alike")
    func maskMatchesIsLand() throws {
        let basemap = try LoadedBasemaps.basemap(.low)
        let mask = basemap.landMask()
        #expect(mask.level == .low)
        var generator = SplitMix64(seed: 3)
        for _ in 0..<1000 {
            let point = Coordinate(latitude: generator.uniform(-90, 90), longitude: generator.uniform(-180, 180))
            #expect(mask.isLand(point) == basemap.isLand(point))
        }
    }
}

/// A small deterministic generator so tests do not depend on the system's randomness.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() >> 11) / Double(1 << 53)
    }
}
