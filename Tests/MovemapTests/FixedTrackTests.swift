import Foundation
import Testing
@testable import Movemap
import Geo
import Routes
import Scenario

@Suite("Tracks imported as lines")
struct FixedTrackTests {
    @Test("a GeoJSON line is drawn through its vertices as given, with markers only at its ends")
    func drawnAsGiven() throws {
        let text = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"asset": "convoy", "status": "observed", "mode": "road"},
           "geometry": {"type": "LineString", "coordinates": [[36.72, 34.73], [36.30, 34.95], [35.95, 35.40]]}}
        ]}
        """
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fixed-\(getpid()).geojson")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let scenario = try ScenarioResolver.load(path: file.path, gazetteer: Gazetteer(places: []))
        #expect(scenario.assets.first?.fixedPath == true)
        let plan = try MapPlan(scenario: scenario, linker: .geodesic)
        #expect(plan.legs.count == 2)
        #expect(plan.legs.allSatisfy { $0.geometryNote == "as given" && $0.points.count == 2 })
        #expect(plan.legs[0].points[1] == Coordinate(latitude: 34.95, longitude: 36.30))
        #expect(plan.document.markers.count == 2)
    }
}

@Suite("Batch manifests per shard")
struct ShardManifestTests {
    @Test("each shard keeps its own manifest, so shards sharing a folder do not overwrite each other")
    func separateManifests() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifests-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first = BatchManifest()
        first.entries["a"] = BatchManifest.Entry(key: "k1", outputs: [])
        try first.save(to: folder, shard: 0, of: 2)
        var second = BatchManifest()
        second.entries["b"] = BatchManifest.Entry(key: "k2", outputs: [])
        try second.save(to: folder, shard: 1, of: 2)
        #expect(BatchManifest.load(from: folder, shard: 0, of: 2).entries.keys.sorted() == ["a"])
        #expect(BatchManifest.load(from: folder, shard: 1, of: 2).entries.keys.sorted() == ["b"])
        #expect(BatchManifest.path(in: folder).hasSuffix(".movemap-manifest.json"))
    }
}
