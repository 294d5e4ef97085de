import Foundation
import Testing
@testable import Geo

/// A gazetteer checked whole in one run is not read whole again until it changes.
struct VerifiedFilesTests {
    /// A fresh folder holding a copy of places.bin, and a folder for stamps beside it.
    static func copyOfGazetteer() throws -> (folder: URL, copy: URL, stamps: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-stamps-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent("gazetteer/\(Gazetteer.fileName)")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: GazetteerFixture.resources.appendingPathComponent(Gazetteer.fileName), to: copy)
        return (folder, copy, folder.appendingPathComponent("cache/verified"))
    }

    @Test("the first load checks the file whole and leaves a stamp with its count; the next load takes the stamp and reads the same tables")
    func stampIsWrittenAndUsed() throws {
        let (folder, copy, stamps) = try Self.copyOfGazetteer()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (table, index) = try GazetteerFile.read(fileAt: copy, stamps: stamps)
        let identity = try #require(VerifiedFiles.identity(of: copy))
        #expect(VerifiedFiles.note(for: copy, identity: identity, in: stamps) == String(index.skeletonCount))
        let stampFiles = try FileManager.default.contentsOfDirectory(atPath: stamps.path)
        #expect(stampFiles.count == 1 && stampFiles[0].hasSuffix(".stamp"))
        let (again, againIndex) = try GazetteerFile.read(fileAt: copy, stamps: stamps)
        #expect(again == table)
        #expect(againIndex == index)
    }

    @Test("a stamped file written again with one byte flipped is checked whole again and refused")
    func changedFileIsCheckedAgain() throws {
        let (folder, copy, stamps) = try Self.copyOfGazetteer()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try GazetteerFile.read(fileAt: copy, stamps: stamps)
        let before = try #require(VerifiedFiles.identity(of: copy))
        // Flip one byte in place, as a damaged write would: same path, same inode, same size.
        let handle = try FileHandle(forUpdating: copy)
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 3)
        var byte = try #require(try handle.read(upToCount: 1)).first!
        byte ^= 0x01
        try handle.seek(toOffset: size / 3)
        try handle.write(contentsOf: [byte])
        try handle.close()
        let after = try #require(VerifiedFiles.identity(of: copy))
        #expect(after != before)
        #expect(VerifiedFiles.note(for: copy, identity: after, in: stamps) == nil)
        #expect {
            _ = try GazetteerFile.read(fileAt: copy, stamps: stamps)
        } throws: { error in
            "\(error)".contains(copy.path) && "\(error)".contains("damaged")
        }
    }

    @Test("a resource read with its checksum is stamped once checked; written again damaged, it is checked and refused")
    func checkedResource() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-stamps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ResourceDirectory.file("countries"), to: folder.appendingPathComponent("countries"))
        let file = folder.appendingPathComponent("countries/countries.bin"), stamps = folder.appendingPathComponent("verified")
        let original = try Data(contentsOf: file)
        #expect(try ResourceChecksum.readChecked(file, stamps: stamps) == original)
        let identity = try #require(VerifiedFiles.identity(of: file))
        #expect(VerifiedFiles.note(for: file, identity: identity, in: stamps) == "checksum")
        #expect(try ResourceChecksum.readChecked(file, stamps: stamps) == original)
        var damaged = original
        damaged[1000] ^= 0x10
        try damaged.write(to: file)
        let error = try #require(throws: GeoError.self) { try ResourceChecksum.readChecked(file, stamps: stamps) }
        #expect(error.description.contains("damaged"))
        #expect(throws: GeoError.self) { try CountryShapes.load(from: folder.appendingPathComponent("countries")) }
    }

    @Test("with the cache off nothing is written and every load checks the file whole")
    func cacheOff() throws {
        let (folder, copy, stamps) = try Self.copyOfGazetteer()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try GazetteerFile.read(fileAt: copy, stamps: nil)
        #expect(!FileManager.default.fileExists(atPath: stamps.path))
        #expect(VerifiedFiles.standardFolder(environment: ["MOVEMAP_CACHE": "off", "HOME": "/home/x"]) == nil)
    }

    @Test("a stamp names its file: another path or another identity does not match it")
    func stampNamesItsFile() throws {
        let (folder, copy, stamps) = try Self.copyOfGazetteer()
        defer { try? FileManager.default.removeItem(at: folder) }
        let identity = try #require(VerifiedFiles.identity(of: copy))
        VerifiedFiles.record(copy, identity: identity, note: "7", in: stamps)
        #expect(VerifiedFiles.note(for: copy, identity: identity, in: stamps) == "7")
        #expect(VerifiedFiles.note(for: copy, identity: identity + "1", in: stamps) == nil)
        let other = folder.appendingPathComponent("other.bin")
        #expect(VerifiedFiles.note(for: other, identity: identity, in: stamps) == nil)
    }

    @Test("the cache folder: MOVEMAP_CACHE, else XDG_CACHE_HOME/movemap, else ~/.cache/movemap; off turns it off")
    func cacheFolder() {
        #expect(CacheFolder.standard(environment: ["MOVEMAP_CACHE": "/tmp/c", "HOME": "/home/x"])?.path == "/tmp/c")
        #expect(CacheFolder.standard(environment: ["MOVEMAP_CACHE": "off"]) == nil)
        #expect(CacheFolder.standard(environment: ["XDG_CACHE_HOME": "/var/c", "HOME": "/home/x"])?.path == "/var/c/movemap")
        #expect(CacheFolder.standard(environment: ["HOME": "/home/x"])?.path == "/home/x/.cache/movemap")
        #expect(CacheFolder.standard(environment: [:]) == nil)
        #expect(VerifiedFiles.standardFolder(environment: ["HOME": "/home/x"])?.path == "/home/x/.cache/movemap/verified")
    }
}
