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

    @Test("landmarks.bin numbers as many nodes as the grid's blocks hold")
    func landmarkNodes() throws {
        let router = SeaFixtures.router
        let landmarks = try #require(router.landmarks)
        let blocks = (router.water.width / BlockGraph.size) * (router.water.height / BlockGraph.size)
        #expect(landmarks.nodes(ofBlock: blocks - 1).upperBound == landmarks.nodeCount)
        #expect(landmarks.count == 16)
    }
}
