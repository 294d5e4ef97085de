import Foundation
import Testing
@testable import Geo

/// The binary gazetteer file agrees with what the Swift code would build from the same places.
struct GazetteerFileTests {
    @Test("places.bin is byte for byte what the Swift encoder writes for its places")
    func fileMatchesSwiftEncoder() throws {
        let loaded = GazetteerFixture.shared
        let url = GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName)
        let file = [UInt8](try Data(contentsOf: url))
        let encoded = GazetteerFile.encode(loaded.places)
        #expect(encoded.count == file.count)
        #expect(encoded == file)
        let rebuilt = Gazetteer(places: loaded.places)
        #expect(rebuilt.table == loaded.table)
        #expect(rebuilt.index == loaded.index)
    }

    @Test("the committed places.bin and demonym table match their SHA-256 sidecars, and a flipped byte does not")
    func checksums() throws {
        for name in [Gazetteer.fileName, Gazetteer.demonymFileName] {
            let url = GazetteerFixture.resources.appendingPathComponent(name)
            let data = try Data(contentsOf: url)
            try ResourceChecksum.verify(data, of: url)
            var damaged = data
            damaged[damaged.count / 2] ^= 0x01
            #expect(throws: GeoError.self) { try ResourceChecksum.verify(damaged, of: url) }
        }
    }

    @Test("a byte flipped anywhere in places.bin is refused on load, naming the file and how to regenerate it",
          arguments: [0.0, 0.001, 0.05, 0.2, 0.4, 0.5, 0.6, 0.8, 0.95, 0.9999])
    func flippedByteIsRefused(fraction: Double) throws {
        let url = GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName)
        var bytes = [UInt8](try Data(contentsOf: url))
        let position = max(4, min(bytes.count - 1, Int(Double(bytes.count) * fraction)))   // past the magic
        bytes[position] ^= 0x10
        #expect {
            _ = try GazetteerFile.read(MappedBytes(copying: bytes), path: url.path)
        } throws: { error in
            let message = "\(error)"
            return message.contains("places.bin") && message.contains("make resources")
                && (message.contains("damaged") || message.contains("version") || message.contains("outside the file"))
        }
    }

    @Test("a copy of places.bin with one byte flipped is refused by Gazetteer.load, naming the copy and make resources")
    func flippedCopyIsRefusedOnLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-flipped-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(Gazetteer.fileName)
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        var bytes = try Data(contentsOf: GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName))
        bytes[bytes.count / 3] ^= 0x01
        try bytes.write(to: copy)
        #expect {
            _ = try Gazetteer.load(from: folder)
        } throws: { error in
            let message = "\(error)"
            return message.contains(copy.path) && message.contains("make resources") && message.contains("damaged")
        }
    }

    @Test("mapping the file gives what reading its bytes gives; a missing file is an error")
    func fileReaderAgreesWithBytes() throws {
        let url = GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName)
        let (table, index) = try GazetteerFile.read(fileAt: url)
        let (expectedTable, expectedIndex) = try GazetteerFile.read(MappedBytes(copying: [UInt8](Data(contentsOf: url))), path: url.path)
        #expect(table == expectedTable && index == expectedIndex)
        #expect(throws: GeoError.self) { try GazetteerFile.read(fileAt: url.appendingPathExtension("missing")) }
    }

    /// Kilobytes of `path`'s mappings resident in this process (Linux's smaps).
    static func residentKilobytes(of path: String) -> Int {
        // Read to the end: /proc files report no size, so a sized read would see nothing.
        guard let data = FileHandle(forReadingAtPath: "/proc/self/smaps")?.readDataToEndOfFile() else { return -1 }
        let smaps = String(decoding: data, as: UTF8.self)
        var inFile = false, total = 0
        for line in smaps.split(separator: "\n") {
            if let first = line.first, first.isHexDigit, line.contains("-") {
                inFile = line.hasSuffix(path)
            } else if inFile, line.hasPrefix("Rss:") {
                total += Int(line.split(separator: " ")[1]) ?? 0
            }
        }
        return total
    }

    @Test("releasing the gazetteer's pages gives their memory back, and lookups after it answer as before",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/smaps")))
    func releasedPages() throws {
        // A copy of its own, so that no other test's mapping of the file counts.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(Gazetteer.fileName)
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName), to: copy)
        let gazetteer = try Gazetteer.load(from: folder)
        let path = copy.standardizedFileURL.path
        let queries = ["Khmeimim", "Hmeymim air base", "Tartous", "Latakia", "Bosphorus", "Port of Tobruk", "Benghazi Benina", "UUEE"]
        let before = queries.map { gazetteer.lookup($0).map(\.place.id) }
        #expect(before.allSatisfy { !$0.isEmpty })
        #expect(Self.residentKilobytes(of: path) > 0)
        gazetteer.releaseResidentPages()
        #expect(Self.residentKilobytes(of: path) < 64)
        #expect(queries.map { gazetteer.lookup($0).map(\.place.id) } == before)
    }

    @Test("a hash bucket shared by several keys returns only the key asked for")
    func bucketsAreVerified() {
        // Three places: with few codes every code shares one bucket; the skeletons share a group.
        let places = [
            Place(id: "test:a", name: "Alpha", kind: .city, coordinate: Coordinate(latitude: 1, longitude: 1), codes: ["AA"]),
            Place(id: "test:b", name: "Bravo", kind: .city, coordinate: Coordinate(latitude: 2, longitude: 2), codes: ["BB"]),
            Place(id: "test:c", name: "Charlie", kind: .city, coordinate: Coordinate(latitude: 3, longitude: 3), codes: ["CC"]),
        ]
        let gazetteer = Gazetteer(places: places)
        #expect(gazetteer.index.skeletonCount == 3 && gazetteer.index.codeBuckets.count == 2)
        #expect(gazetteer.lookup("Bravo", limit: 1).first?.place.id == "test:b")
        #expect(gazetteer.lookup("CC", limit: 1).first?.place.id == "test:c")
        #expect(gazetteer.lookup("CC", limit: 1).first?.how == .code)
        #expect(gazetteer.index.skeletonID(Array("delta".utf8)) == nil)
        #expect(gazetteer.place(id: "test:c")?.name == "Charlie")
        #expect(gazetteer.place(id: "test:d") == nil)
    }

    @Test("every place's name and id find it again after loading")
    func everyNameFindsItsPlace() {
        let gazetteer = GazetteerFixture.shared
        var missing: [String] = []
        for position in stride(from: 0, to: gazetteer.count, by: 97) {
            let place = gazetteer.place(at: position)
            if gazetteer.place(id: place.id) != place { missing.append("id \(place.id)") }
            if !gazetteer.lookup(place.name, limit: 50).contains(where: { $0.place.id == place.id }) {
                missing.append("name \(place.name) (\(place.id))")
            }
        }
        #expect(missing.isEmpty, "\(missing.prefix(10))")
    }

    @Test("the Swift place table keeps a custom place's strings, area and coordinate exactly")
    func tableRoundTrip() {
        let place = Place(id: "test:ring", name: "Ring Sea", shortName: "Ring", kind: .sea,
                          coordinate: Coordinate(latitude: 1.234567, longitude: -179.5), country: nil,
                          aliases: ["Mare Anulus", "Ringsee"], codes: ["RS"],
                          area: [Coordinate(latitude: 0, longitude: 179), Coordinate(latitude: 2, longitude: 181),
                                 Coordinate(latitude: 3, longitude: 180)])
        let gazetteer = Gazetteer(places: [place])
        #expect(gazetteer.place(at: 0) == place)
        #expect(gazetteer.places == [place])
        #expect(gazetteer.place(id: "test:missing") == nil)
    }

    @Test("coordinates at the ends of their ranges are kept in the 51-bit column to 10⁻⁵ degrees")
    func packedCoordinates() {
        let corners = [(90.0, 180.0), (-90.0, -180.0), (0.0, 0.0), (-89.99999, 179.99999), (12.34567, -0.00001)]
        let places = corners.enumerated().map { number, corner in
            Place(id: "test:\(number)", name: "Corner \(number)", kind: .city,
                  coordinate: Coordinate(latitude: corner.0, longitude: corner.1))
        }
        let gazetteer = Gazetteer(places: places)
        #expect(gazetteer.table.coordinates.exact.isEmpty)
        #expect(gazetteer.places.map(\.coordinate) == places.map(\.coordinate))
        #expect(gazetteer.place(id: "test:3")?.name == "Corner 3")
    }
}
