import Foundation
import Testing
@testable import Movemap
import Geo

@Suite("Place readings kept between runs")
struct PlaceReadingFilesTests {
    static let gazetteerFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/gazetteer")

    /// Names as reports write them: a port, an air base, a typo, a strait (an area), a kind
    /// word that contradicts, a country, a position, and nothing at all.
    static let mentions = [
        Gazetteer.Mention(text: "Tartus", preferred: [.port]), Gazetteer.Mention(text: "Hmeimim", kinds: [.airBase, .airport]),
        Gazetteer.Mention(text: "Sevastapol"), Gazetteer.Mention(text: "Strait of Hormuz"), Gazetteer.Mention(text: "Hormuz island"),
        Gazetteer.Mention(text: "Libya"), Gazetteer.Mention(text: "Latakia anchorage", fixed: Coordinate(latitude: 35.52, longitude: 35.74)),
        Gazetteer.Mention(text: "Xqzvwplk"),
    ]

    static func store() throws -> PlaceReadingFiles {
        PlaceReadingFiles(directory: try CLIRunner.folder(), version: "test", gazetteer: gazetteerFolder)
    }

    static func entries(_ store: PlaceReadingFiles) throws -> [URL] {
        try FileManager.default.subpathsOfDirectory(atPath: store.directory.path).filter { $0.hasSuffix(".bin") }
            .map { store.directory.appendingPathComponent($0) }
    }

    @Test("readings written out read back equal, field for field; a cut or altered byte string reads as nothing")
    func coding() throws {
        let readings = try DataStore().gazetteer.resolve(mentions: Self.mentions)
        #expect(readings.contains { $0.verdict == .refused } && readings.contains { $0.match?.place.area != nil })
        let bytes = ResolutionCoding.encode(readings)
        #expect(bytes.withUnsafeBytes { ResolutionCoding.decode($0) } == readings)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(Array(bytes[..<cut]).withUnsafeBytes { ResolutionCoding.decode($0) } == nil, "cut at \(cut)")
        }
        #expect((bytes + [0]).withUnsafeBytes { ResolutionCoding.decode($0) } == nil)
        #expect(ResolutionCoding.key(Self.mentions) != ResolutionCoding.key(Array(Self.mentions.dropLast())))
        var moved = Self.mentions
        moved[6].fixed = Coordinate(latitude: 35.52, longitude: 35.74.nextUp)
        #expect(ResolutionCoding.key(moved) != ResolutionCoding.key(Self.mentions))
    }

    @Test("a scenario's readings are kept and read back by the next run; a planted or damaged entry is read afresh and rewritten")
    func keptBetweenRuns() throws {
        let data = try DataStore()
        let store = try Self.store()
        let fresh = data.gazetteer.resolve(mentions: Self.mentions)
        let keeping = data.gazetteer.keepingResolutions(in: store)
        #expect(keeping.resolve(mentions: Self.mentions) == fresh)
        let files = try Self.entries(store)
        #expect(files.count == 1)
        #expect(store.resolutions(for: Self.mentions) == fresh)
        #expect(store.resolutions(for: Array(Self.mentions.prefix(3))) == nil)
        // A sealed entry of our own under the key is what the next run reads: it did not search the names again.
        var marker = fresh
        marker[0].confidence = 0.123
        marker[0].reasons = ["kept"]
        let key = store.key(Self.mentions)
        let secret = try #require(RouteCache.secret(in: store.directory.deletingLastPathComponent()))
        try Data(PlaceReadingFiles.encode(marker, key: key, secret: secret)).write(to: files[0])
        #expect(keeping.resolve(mentions: Self.mentions) == marker)
        // Sealed with another secret (planted), or with one byte altered: read afresh and rewritten.
        try Data(PlaceReadingFiles.encode(marker, key: key, secret: [UInt8](repeating: 1, count: 32))).write(to: files[0])
        #expect(store.resolutions(for: Self.mentions) == nil)
        #expect(keeping.resolve(mentions: Self.mentions) == fresh)
        var bytes = [UInt8](try Data(contentsOf: files[0]))
        bytes[bytes.count / 2] ^= 0x04
        try Data(bytes).write(to: files[0])
        #expect(store.resolutions(for: Self.mentions) == nil)
        #expect(keeping.resolve(mentions: Self.mentions) == fresh)
        #expect(store.resolutions(for: Self.mentions) == fresh)
        // Another tool version keys its readings afresh.
        let other = PlaceReadingFiles(directory: store.directory.deletingLastPathComponent(), version: "test 2", gazetteer: Self.gazetteerFolder)
        #expect(other.resolutions(for: Self.mentions) == nil)
    }

    @Test("render keeps a scenario's readings, and draws the same bytes from them", .enabled(if: CLIRunner.isAvailable))
    func renderKeepsReadings() throws {
        let folder = try CLIRunner.folder()
        try CLIRunner.write(CLIRunner.scenario(day: 3), to: folder.appendingPathComponent("s.yaml"))
        let cache = folder.appendingPathComponent("cache")
        let environment = ["MOVEMAP_CACHE": cache.path]
        let first = try CLIRunner.run(["render", "s.yaml", "-o", "a.png"], in: folder, environment: environment)
        #expect(first.status == 0, "\(first.errors)")
        let kept = try FileManager.default.subpathsOfDirectory(atPath: cache.appendingPathComponent("places").path).filter { $0.hasSuffix(".bin") }
        #expect(kept.count == 1)
        let second = try CLIRunner.run(["render", "s.yaml", "-o", "b.png"], in: folder, environment: environment)
        #expect(second.status == 0, "\(second.errors)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("a.png")) == Data(contentsOf: folder.appendingPathComponent("b.png")))
    }
}
