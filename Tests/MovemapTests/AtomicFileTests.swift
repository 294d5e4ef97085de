import Foundation
import Testing
@testable import Movemap

@Suite("Atomic file writes")
struct AtomicFileTests {
    static func temporaryFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    /// A fresh folder with a file an attacker wants overwritten, and the map's path in it.
    static func folderWithVictim() throws -> (folder: URL, victim: URL, target: URL) {
        let folder = try CLIRunner.folder()
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        return (folder, victim, folder.appendingPathComponent("map.png"))
    }

    @Test("a link planted under the old temporary name does not redirect the write")
    func plantedTemporaryLinkIsNotFollowed() throws {
        let (folder, victim, target) = try Self.folderWithVictim()
        // The name earlier versions used: .NAME.PID.tmp.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(".map.png.\(getpid()).tmp").path,
                                                   withDestinationPath: victim.path)
        try AtomicFile.write([1, 2, 3], to: target.path)
        #expect(try Data(contentsOf: victim) == Data("precious".utf8))
        #expect(try Data(contentsOf: target) == Data([1, 2, 3]))
        let type = try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
    }

    @Test("a link at the final name is replaced, not followed")
    func finalLinkIsReplaced() throws {
        let (_, victim, target) = try Self.folderWithVictim()
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: victim.path)
        try AtomicFile.write([4, 5], to: target.path)
        #expect(try Data(contentsOf: victim) == Data("precious".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType == .typeRegular)
    }

    @Test("replacing a file keeps its permissions; a new file is private to the temporary name until renamed")
    func permissionsAreKept() throws {
        let folder = try CLIRunner.folder()
        let target = folder.appendingPathComponent("map.png")
        try Data([0]).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        try AtomicFile.write([1, 2, 3], to: target.path)
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try Data(contentsOf: target) == Data([1, 2, 3]))
    }

    @Test("a failed write leaves no temporary file behind")
    func failureRemovesTheTemporaryFile() throws {
        let folder = try CLIRunner.folder()
        let occupied = folder.appendingPathComponent("map.png")
        try FileManager.default.createDirectory(at: occupied.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: MovemapError.self) { try AtomicFile.write([1, 2, 3], to: occupied.path) }
        #expect(try Self.temporaryFiles(in: folder).isEmpty)
        #expect(throws: MovemapError.self) { try AtomicFile.write([1], to: folder.appendingPathComponent("missing/map.png").path) }
    }

    @Test("stale temporary files of our own older than an hour are removed; others are kept")
    func staleTemporaryFilesAreRemoved() throws {
        let folder = try CLIRunner.folder()
        let old = folder.appendingPathComponent(".movemap-0123456789abcdef.tmp")
        let fresh = folder.appendingPathComponent(".movemap-fedcba9876543210.tmp")
        let foreign = folder.appendingPathComponent(".other-0123456789abcdef.tmp")
        for url in [old, fresh, foreign] { try Data([1]).write(to: url) }
        let hoursAgo = Date(timeIntervalSinceNow: -7200)
        for url in [old, foreign] { try FileManager.default.setAttributes([.modificationDate: hoursAgo], ofItemAtPath: url.path) }
        AtomicFile.removeStale(in: folder.path)
        #expect(!FileManager.default.fileExists(atPath: old.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))
        #expect(FileManager.default.fileExists(atPath: foreign.path))
    }
}
