import Foundation
import Testing
@testable import Movemap
import Geo

@Suite("Background layer files")
struct LayerFilesTests {
    static let basemap = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/basemap")

    /// Pixels like a map's: long runs of sea and land, broken by a few lone pixels.
    static func pixels(count: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 4)
        for index in 0..<count {
            let pixel: [UInt8] = index % 97 == 0 ? [UInt8(index % 251), 9, 9, 255] : index < count / 2 ? [200, 180, 150, 255] : [220, 230, 240, 255]
            bytes += pixel
        }
        return bytes
    }

    static func encoded(_ pixels: [UInt8], key: String, secret: [UInt8]) -> [UInt8] {
        pixels.withUnsafeBytes { LayerFiles.encode($0, key: key, secret: secret) }
    }

    /// The pixels an entry decodes to, or nil; a refused entry must leave the canvas as it was.
    static func decoded(_ bytes: [UInt8], key: String, count: Int, secret: [UInt8]) -> [UInt8]? {
        var pixels = [UInt8](repeating: 7, count: count)
        let done = bytes.withUnsafeBytes { entry in
            pixels.withUnsafeMutableBytes { LayerFiles.decode(entry, key: key, into: $0, secret: secret) }
        }
        if !done { #expect(pixels.allSatisfy { $0 == 7 }, "a refused entry wrote pixels") }
        return done ? pixels : nil
    }

    static func read(_ files: LayerFiles, _ key: String, count: Int) -> [UInt8]? {
        var pixels = [UInt8](repeating: 0, count: count)
        return pixels.withUnsafeMutableBytes { files.read(key, into: $0) } ? pixels : nil
    }

    @Test("pixels read back byte for byte; a damaged, foreign or wrong-sized entry reads as missing and writes nothing")
    func roundTrip() throws {
        let secret = [UInt8](repeating: 3, count: 32)
        let pixels = Self.pixels(count: 10_000)
        let bytes = Self.encoded(pixels, key: "view", secret: secret)
        // Runs, not pixels: far smaller than the 40,000 bytes it holds.
        #expect(bytes.count < 4_000)
        #expect(Self.decoded(bytes, key: "view", count: pixels.count, secret: secret) == pixels)
        #expect(Self.decoded(bytes, key: "other view", count: pixels.count, secret: secret) == nil)
        #expect(Self.decoded(bytes, key: "view", count: pixels.count + 4, secret: secret) == nil)
        #expect(Self.decoded(bytes, key: "view", count: pixels.count, secret: [UInt8](repeating: 4, count: 32)) == nil)
        var damaged = bytes
        damaged[20] ^= 1
        #expect(Self.decoded(damaged, key: "view", count: pixels.count, secret: secret) == nil)
        #expect(Self.decoded(Array(bytes.dropLast()), key: "view", count: pixels.count, secret: secret) == nil)
        // Sealed but with runs that cover too few pixels (as only a faulty writer could make).
        var short = Array(bytes.dropLast(32 + 8))
        short += RouteCache.seal(short, key: "layer view", secret: secret)
        #expect(Self.decoded(short, key: "view", count: pixels.count, secret: secret) == nil)
    }

    @Test("the folder keeps the entries used last, at most its capacity")
    func trimmed() throws {
        let folder = try CLIRunner.folder()
        let files = LayerFiles(directory: folder, version: "test", basemap: Self.basemap)
        let pixels = Self.pixels(count: 100)
        for index in 0..<(LayerFiles.capacity + 3) {
            pixels.withUnsafeBytes { files.keep($0, for: "view \(index)") }
            // Modification times one second apart, oldest first.
            let time = timeval(tv_sec: 1_000_000 + index, tv_usec: 0)
            _ = [time, time].withUnsafeBufferPointer { utimes(files.file("view \(index)").path, $0.baseAddress) }
        }
        pixels.withUnsafeBytes { files.keep($0, for: "view last") }
        let kept = (try FileManager.default.subpathsOfDirectory(atPath: files.directory.path)).filter { $0.hasSuffix(".bin") }
        #expect(kept.count == LayerFiles.capacity)
        #expect(Self.read(files, "view last", count: pixels.count) == pixels)
        #expect(Self.read(files, "view 0", count: pixels.count) == nil)
        #expect(Self.read(files, "view \(LayerFiles.capacity + 2)", count: pixels.count) == pixels)
    }

    @Test("a map drawn again takes its background from the cache with the same bytes; a planted entry is drawn afresh",
          .enabled(if: CLIRunner.isAvailable))
    func renderAgain() throws {
        let folder = try CLIRunner.folder()
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: folder.appendingPathComponent("a.yaml"))
        let cache = folder.appendingPathComponent("cache")
        func render(_ name: String, environment: [String: String]) throws -> Data {
            let result = try CLIRunner.run(["render", "a.yaml", "-o", name], in: folder, environment: environment)
            #expect(result.status == 0, "\(result.errors)")
            return try Data(contentsOf: folder.appendingPathComponent(name))
        }
        let fresh = try render("fresh.png", environment: [:])
        #expect(try render("first.png", environment: ["MOVEMAP_CACHE": cache.path]) == fresh)
        let layers = cache.appendingPathComponent("layers")
        let entries = try FileManager.default.subpathsOfDirectory(atPath: layers.path).filter { $0.hasSuffix(".bin") }
        #expect(entries.count == 1)
        #expect(try render("again.png", environment: ["MOVEMAP_CACHE": cache.path]) == fresh)
        // An entry written without the secret (another user's, or damaged) is not used.
        let entry = layers.appendingPathComponent(try #require(entries.first))
        let planted = Self.encoded([UInt8](repeating: 0, count: 200 * 150 * 4), key: "?", secret: [UInt8](repeating: 1, count: 32))
        try Data(planted).write(to: entry)
        #expect(try render("planted.png", environment: ["MOVEMAP_CACHE": cache.path]) == fresh)
        #expect(try Data(contentsOf: entry) != Data(planted))
        // SVG and PDF draw their backgrounds as vectors and keep nothing more.
        _ = try render("again.svg", environment: ["MOVEMAP_CACHE": cache.path])
        #expect(try FileManager.default.subpathsOfDirectory(atPath: layers.path).filter { $0.hasSuffix(".bin") }.count == 1)
    }
}
