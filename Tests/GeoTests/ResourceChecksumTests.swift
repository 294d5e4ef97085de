import Foundation
import Testing
import Geo

@Suite("Resource checksums")
struct ResourceChecksumTests {
    /// A copy of the resource folder `name` with one byte of `file` flipped in its middle.
    static func damagedCopy(of name: String, flipping file: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-damaged-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ResourceDirectory.file(name), to: folder)
        let url = folder.appendingPathComponent(file)
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x04
        try Data(bytes).write(to: url)
        return folder
    }

    @Test("a flipped byte in countries.bin is refused, naming the file and make resources")
    func damagedCountries() throws {
        let folder = try Self.damagedCopy(of: "countries", flipping: "countries.bin")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: GeoError.self) { try CountryShapes.load(from: folder) }
        #expect(error.description.contains("countries.bin"))
        #expect(error.description.contains("make resources"))
        #expect(error.description.contains("damaged"))
    }

    @Test("a flipped byte in a basemap level is refused, naming the file and make resources")
    func damagedBasemap() throws {
        let folder = try Self.damagedCopy(of: "basemap", flipping: "land-c.mmb")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: GeoError.self) { try Basemap.load(.crude, from: folder) }
        #expect(error.description.contains("land-c.mmb"))
        #expect(error.description.contains("make resources"))
    }

    @Test("a file without its checksum sidecar is refused")
    func missingSidecar() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-nosidecar-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: ResourceDirectory.file("countries"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("index.bin.sha256"))
        let error = try #require(throws: GeoError.self) { try CountryShapes.load(from: folder) }
        #expect(error.description.contains("index.bin.sha256 is missing"))
    }

    @Test("every shipped basemap, country and navigation file matches its sidecar")
    func shippedFilesMatch() throws {
        for name in ["basemap/land-c.mmb", "basemap/land-l.mmb", "basemap/land-i.mmb", "basemap/borders-c.mmb",
                     "basemap/borders-l.mmb", "basemap/borders-i.mmb", "countries/countries.bin",
                     "countries/countries.json", "countries/index.bin", "navigation/water.bin", "navigation/passages.json",
                     "navigation/landmarks.bin", "navigation/grid.bin"] {
            let url = try ResourceDirectory.file(name)
            #expect(throws: Never.self, "\(name)") { _ = try ResourceChecksum.read(url) }
        }
    }
}
