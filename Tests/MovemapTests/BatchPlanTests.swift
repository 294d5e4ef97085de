import Foundation
import Testing
@testable import Movemap

@Suite struct BatchPlanTests {
    func folder(files: [String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-plan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for file in files { try Data("title: x\n".utf8).write(to: url.appendingPathComponent(file)) }
        return url.path
    }

    @Test func shardsCoverEveryScenarioExactlyOnce() throws {
        let names = (0..<11).map { String(format: "s%02d.yaml", $0) } + ["t.csv", "t.csv.yaml", "g.geojson", "notes.txt", ".hidden.yaml"]
        let path = try folder(files: names)
        let all = try BatchPlan(folder: path).items.map(\.name)
        #expect(all.count == 13, "11 YAML, one CSV (its sidecar is not a scenario), one GeoJSON")
        #expect(!all.contains("t.csv"))
        var seen: [String] = []
        for shard in 0..<3 {
            let items = try BatchPlan(folder: path, shard: shard, of: 3).items.map(\.name)
            #expect(items == all.enumerated().filter { $0.offset % 3 == shard }.map(\.element))
            seen += items
        }
        #expect(seen.sorted() == all.sorted())
    }

    @Test func shardTextMustBeKOfN() throws {
        #expect(try BatchPlan.parseShard("2/4") == (2, 4))
        #expect(throws: MovemapError.self) { try BatchPlan.parseShard("4/4") }
        #expect(throws: MovemapError.self) { try BatchPlan.parseShard("1") }
    }

    @Test func outputPathsStayInsideTheOutputFolder() throws {
        #expect(try BatchPlan.outputPath(folder: "/tmp/out", name: "map", format: "png") == "/tmp/out/map.png")
        #expect(throws: MovemapError.self) { try BatchPlan.outputPath(folder: "/tmp/out", name: "../escape", format: "png") }
        #expect(throws: MovemapError.self) { try BatchPlan.outputPath(folder: "/tmp/out", name: "..", format: "png") }
        #expect(throws: MovemapError.self) { try BatchPlan.outputPath(folder: "/tmp/out", name: "a/b", format: "png") }
    }

    @Test func contentKeyChangesWithScenarioSettingsAndVersion() throws {
        let path = try folder(files: ["a.yaml"])
        let item = try BatchPlan(folder: path).items[0]
        let key = BatchPlan.contentKey(item: item, version: "1", resources: "r", settings: "png")
        #expect(key == BatchPlan.contentKey(item: item, version: "1", resources: "r", settings: "png"))
        #expect(key != BatchPlan.contentKey(item: item, version: "2", resources: "r", settings: "png"))
        #expect(key != BatchPlan.contentKey(item: item, version: "1", resources: "r", settings: "svg"))
        try Data("title: y\n".utf8).write(to: URL(fileURLWithPath: item.path))
        #expect(key != BatchPlan.contentKey(item: item, version: "1", resources: "r", settings: "png"))
    }
}
