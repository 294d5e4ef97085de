import Foundation
import Testing
@testable import Geo

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

    @Test("concurrent first calls to isLand build one mask and agree")
    func concurrentFirstUse() async throws {
        let basemap = try Basemap.load(.crude)
        let points = (0..<64).map { Coordinate(latitude: Double($0) - 32, longitude: Double($0 * 5) - 160) }
        let answers = await withTaskGroup(of: (Int, Bool).self) { group in
            for (index, point) in points.enumerated() {
                group.addTask { (index, basemap.isLand(point)) }
            }
            var answers = [Bool](repeating: false, count: points.count)
            for await (index, answer) in group { answers[index] = answer }
            return answers
        }
        let reference = try LoadedBasemaps.basemap(.crude).landMask()
        #expect(answers == points.map { reference.isLand($0) })
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

@Suite("Basemap water lines")
struct BasemapWaterLineTests {
    static func point(_ latitude: Double, _ longitude: Double) -> Coordinate {
        Coordinate(latitude: latitude, longitude: longitude)
    }

    @Test("a line down the English Channel to the Dover Strait is water")
    func channelIsWater() throws {
        let mask = try LoadedBasemaps.basemap(.intermediate).landMask()
        #expect(mask.isWaterLine(from: Self.point(50.2, -0.5), to: Self.point(50.8, 1.3)))
    }

    @Test("a line from Biscay to the Channel across Brittany is not water", arguments: [DetailLevel.crude, .intermediate])
    func brittanyBlocks(level: DetailLevel) throws {
        let mask = try LoadedBasemaps.basemap(level).landMask()
        let biscay = Self.point(47.0, -4.0), channel = Self.point(49.6, -3.5)
        #expect(!mask.isLand(biscay) && !mask.isLand(channel))
        #expect(!mask.isWaterLine(from: biscay, to: channel))
        #expect(!mask.isWaterLine(from: channel, to: biscay))
    }

    @Test("a line from the Black Sea to the Mediterranean over Anatolia is not water")
    func anatoliaBlocks() throws {
        let mask = try LoadedBasemaps.basemap(.low).landMask()
        #expect(!mask.isWaterLine(from: Self.point(42.0, 34.0), to: Self.point(35.5, 33.0)))
        #expect(mask.isWaterLine(from: Self.point(34.6, 25.0), to: Self.point(33.5, 30.0)))
    }

    @Test("lines across the antimeridian go the short way", arguments: [DetailLevel.crude, .intermediate])
    func antimeridianLines(level: DetailLevel) throws {
        let mask = try LoadedBasemaps.basemap(level).landMask()
        // Bering Sea, south of the Chukotka coast: open water both sides of 180°.
        #expect(mask.isWaterLine(from: Self.point(58, 175), to: Self.point(58, -175)))
        // From the East Siberian Sea to the Bering Sea straight over Chukotka.
        let bering = Self.point(62.5, -176.0), eastSiberian = Self.point(70.3, 175.0)
        #expect(!mask.isLand(bering) && !mask.isLand(eastSiberian))
        #expect(!mask.isWaterLine(from: eastSiberian, to: bering))
    }

    @Test("a line ending on land is not water")
    func landEndpoint() throws {
        let mask = try LoadedBasemaps.basemap(.crude).landMask()
        #expect(!mask.isWaterLine(from: Self.point(30, -40), to: Self.point(48.85, 2.35)))
    }

    @Test("a line with any land sample on it is never called water")
    func waterLinesAgreeWithSamples() throws {
        let mask = try LoadedBasemaps.basemap(.low).landMask()
        var generator = SplitMix64(seed: 99)
        var waterLines = 0
        for _ in 0..<3000 {
            let start = Self.point(generator.uniform(30, 60), generator.uniform(-20, 40))
            let end = Self.point(start.latitude + generator.uniform(-2, 2), start.longitude + generator.uniform(-2, 2))
            let samples = (0...200).map { step -> Coordinate in
                let t = Double(step) / 200
                return Self.point(start.latitude + t * (end.latitude - start.latitude),
                                  start.longitude + t * (end.longitude - start.longitude))
            }
            guard mask.isWaterLine(from: start, to: end) else { continue }
            waterLines += 1
            #expect(!samples.contains { mask.isLand($0) }, "water line \(start) → \(end) has a land sample")
        }
        #expect(waterLines > 300)
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
