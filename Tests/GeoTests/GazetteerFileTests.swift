import Foundation
import Testing
@testable import Geo

/// The binary gazetteer file agrees with what the Swift code would build from the same places.
struct GazetteerFileTests {
    @Test("the index read from places.bin is identical to the index built from its places")
    func fileIndexMatchesSwiftIndex() {
        let loaded = GazetteerFixture.shared
        let places = loaded.places
        let rebuilt = Gazetteer(places: places)
        #expect(rebuilt.table == loaded.table)
        #expect(rebuilt.index.foldedHashes == loaded.index.foldedHashes)
        #expect(rebuilt.index.foldedEntries == loaded.index.foldedEntries)
        #expect(rebuilt.index.skeletonHashes == loaded.index.skeletonHashes)
        #expect(rebuilt.index.skeletonBytes == loaded.index.skeletonBytes)
        #expect(rebuilt.index.skeletonEntries == loaded.index.skeletonEntries)
        #expect(rebuilt.index.trigrams == loaded.index.trigrams)
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

    @Test("reading the file section by section gives what decoding its bytes gives")
    func fileReaderAgreesWithBytes() throws {
        let url = GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName)
        let (table, index) = try GazetteerFile.read(fileAt: url)
        let (expectedTable, expectedIndex) = try GazetteerFile.read(Data(contentsOf: url), path: url.path)
        #expect(table == expectedTable && index == expectedIndex)
        #expect(throws: GeoError.self) { try GazetteerFile.read(fileAt: url.appendingPathExtension("missing")) }
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
}
