import Foundation
import Testing
import Geo
@testable import Routes

@Suite("Water grid in block form")
struct WaterGridBlocksTests {
    @Test("grid.bin holds the same cells as water.bin, row by row")
    func sameCells() throws {
        let waterURL = SeaFixtures.navigation.appendingPathComponent("water.bin")
        let data = try Data(contentsOf: waterURL)
        let decoded = try WaterGrid(data: data, path: waterURL.path)
        let copied = try WaterGrid(blocksAt: SeaFixtures.navigation.appendingPathComponent("grid.bin"),
                                   waterCRC: ResourceChecksum.crc32(data))
        #expect(copied.width == decoded.width && copied.height == decoded.height)
        #expect(copied.blockKinds == decoded.blockKinds)
        var differing = 0
        for row in 0..<decoded.height {
            for column in stride(from: 0, to: decoded.width, by: WaterGrid.blockSize)
            where copied.bits(row: row, column: column, count: WaterGrid.blockSize)
                != decoded.bits(row: row, column: column, count: WaterGrid.blockSize) {
                differing += 1
            }
        }
        #expect(differing == 0)
    }

    @Test("a grid.bin made from another water.bin is refused, naming the script")
    func otherWater() {
        #expect {
            try WaterGrid(blocksAt: SeaFixtures.navigation.appendingPathComponent("grid.bin"), waterCRC: 0)
        } throws: { error in
            "\(error)".contains("another water.bin") && "\(error)".contains("navigation_landmarks.py")
        }
    }

    @Test("a grid.bin whose block points past its row words, or cut short, is refused")
    func damagedBlocks() throws {
        let original = try Data(contentsOf: SeaFixtures.navigation.appendingPathComponent("grid.bin"))
        let crc = ResourceChecksum.crc32(try Data(contentsOf: SeaFixtures.navigation.appendingPathComponent("water.bin")))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The first mixed block's slot (header 28 bytes, then an Int32 per block) made to point
        // at the last row word, so its 30 rows would run past the end of the file.
        var bytes = [UInt8](original)
        let blocks = 720 * 360
        let first = try #require((0..<blocks).first { block in
            bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 28 + 4 * block, as: Int32.self) >= 0 }
        })
        let words = (bytes.count - 28 - 4 * blocks) / 4
        withUnsafeBytes(of: Int32(words - 1).littleEndian) { bytes.replaceSubrange((28 + 4 * first)..<(32 + 4 * first), with: $0) }
        let pointing = folder.appendingPathComponent("pointing.bin")
        try Data(bytes).write(to: pointing)
        #expect {
            try WaterGrid(blocksAt: pointing, waterCRC: crc)
        } throws: { "\($0)".contains("a block points outside the file") }
        let short = folder.appendingPathComponent("short.bin")
        try original.prefix(original.count - 4).write(to: short)
        #expect {
            try WaterGrid(blocksAt: short, waterCRC: crc)
        } throws: { "\($0)".contains("cut short") }
    }

    @Test("landmarks.bin numbers as many nodes as the grid's blocks hold")
    func landmarkNodes() throws {
        let router = SeaFixtures.router
        let landmarks = try #require(router.landmarks)
        let blocks = (router.water.width / BlockGraph.size) * (router.water.height / BlockGraph.size)
        #expect(landmarks.nodes(ofBlock: blocks - 1).upperBound == landmarks.nodeCount)
        #expect(landmarks.count == 16)
    }
}
