import Foundation
import Testing
@testable import Geo

@Suite("Basemap loading and levels")
struct BasemapLoadingTests {
    @Test("every shipped level loads with its polygons and borders",
          arguments: [(DetailLevel.crude, 1767), (.low, 10621), (.intermediate, 40963)])
    func shippedLevelsLoad(level: DetailLevel, polygons: Int) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        #expect(basemap.level == level)
        #expect(basemap.polygonCount == polygons)
        #expect(basemap.borderCount > 400)
        #expect(basemap.landLongitudes.count == basemap.landLatitudes.count)
        #expect(basemap.description == "Basemap(\(level.rawValue): \(polygons) polygons, \(basemap.borderCount) border lines)")
    }

    @Test("the intermediate land test finds land at a plausible share of eastern Mediterranean points")
    func landShare() throws {
        let basemap = try LoadedBasemaps.basemap(.intermediate)
        var generator = SplitMix64(seed: 11)
        // Coastal waters of the eastern Mediterranean and the Aegean: the busiest cells.
        let points = (0..<20_000).map { _ in
            Coordinate(latitude: generator.uniform(34, 41), longitude: generator.uniform(22, 36))
        }
        let land = points.filter(basemap.isLand).count
        #expect(land > points.count / 5 && land < points.count * 4 / 5)
        #expect(basemap.isLand(Coordinate(latitude: 39.9, longitude: 32.85)))   // Ankara
        #expect(!basemap.isLand(Coordinate(latitude: 34.0, longitude: 25.0)))   // the sea south of Crete
    }

    @Test("a level cut to a region draws that region exactly as the whole level does, from far fewer points",
          arguments: [BoundingBox(west: 35.0, south: 34.3, east: 36.6, north: 35.9),       // Latakia to Tartus
                      BoundingBox(west: 170, south: 50, east: -160, north: 66)])           // across the antimeridian
    func regionalLoad(region: BoundingBox) throws {
        let whole = try LoadedBasemaps.basemap(.intermediate)
        let cut = try Basemap.load(.intermediate, region: region)
        func drawn(_ basemap: Basemap) -> [[Double]] {
            basemap.rings(intersecting: region).map { ring in
                [Double(ring.kind.rawValue)] + ring.points.flatMap { [basemap.landLongitudes[$0], basemap.landLatitudes[$0]] }
            }
        }
        func borders(_ basemap: Basemap) -> [[Double]] {
            basemap.borderRanges(intersecting: region).map { range in range.flatMap { [basemap.borderLongitudes[$0], basemap.borderLatitudes[$0]] } }
        }
        #expect(!drawn(whole).isEmpty)
        #expect(drawn(cut) == drawn(whole))
        #expect(borders(cut) == borders(whole))
        #expect(cut.landLongitudes.count * 4 < whole.landLongitudes.count)   // a continent whose box meets the region stays whole
    }

    @Test("a missing level names the file and how to make it")
    func missingLevelExplains() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let error = try #require(throws: GeoError.self) { try Basemap.load(.high, from: empty) }
        #expect(error.description.contains("land-h.mmb"))
        #expect(error.description.contains("build_basemap.py --levels h"))
    }

    @Test("a truncated file is rejected with a clear message")
    func truncatedFileIsRejected() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: ResourceDirectory.file("basemap/land-c.mmb"))
        let truncated = original.prefix(original.count - 10)
        try truncated.write(to: folder.appendingPathComponent("land-c.mmb"))
        try Data("\(SHA256.hex(truncated))  land-c.mmb\n".utf8).write(to: folder.appendingPathComponent("land-c.mmb.sha256"))
        let error = try #require(throws: GeoError.self) { try Basemap.load(.crude, from: folder) }
        #expect(error.description.contains("not a valid movemap basemap file"))
    }

    @Test("borders fall back to the finest coarser level when a level has none")
    func bordersFallBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-fallback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["land-l.mmb", "borders-c.mmb", "land-l.mmb.sha256", "borders-c.mmb.sha256"] {
            try FileManager.default.copyItem(at: ResourceDirectory.file("basemap/\(name)"), to: folder.appendingPathComponent(name))
        }
        let basemap = try Basemap.load(.low, from: folder)
        #expect(basemap.borderCount == (try LoadedBasemaps.basemap(.crude)).borderCount)
    }

    @Test("load(upTo:) falls back to the finest level that is there")
    func loadUpToFallsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-upto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["land-c.mmb", "land-c.mmb.sha256"] {
            try FileManager.default.copyItem(at: ResourceDirectory.file("basemap/\(name)"), to: folder.appendingPathComponent(name))
        }
        #expect(try Basemap.load(upTo: .high, from: folder).level == .crude)
        #expect(try Basemap.load(upTo: .intermediate).level == .intermediate)
        #expect(throws: GeoError.self) { try Basemap.load(upTo: .high, from: folder.appendingPathComponent("nothing")) }
    }

    @Test("levels are ordered from crude to high")
    func levelsAreOrdered() {
        #expect(DetailLevel.crude < .low && DetailLevel.low < .intermediate && DetailLevel.intermediate < .high)
        #expect(DetailLevel.allCases.sorted() == DetailLevel.allCases)
    }

    @Test("automatic detail follows the pixel grid",
          arguments: [(360.0, 1600, DetailLevel.crude), (70, 1600, .low), (12, 1600, .intermediate),
                      (1, 1600, .high), (360, 400, .crude), (20, 1000, .intermediate)])
    func automaticLevel(span: Double, pixels: Int, expected: DetailLevel) {
        #expect(DetailLevel.automatic(spanDegrees: span, pixels: pixels) == expected)
    }

    @Test("the attribution credits GSHHG and its license")
    func attribution() {
        #expect(Basemap.attribution.contains("GSHHG") && Basemap.attribution.contains("LGPL-3"))
    }
}
