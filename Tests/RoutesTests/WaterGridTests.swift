import Foundation
import Testing
@testable import Routes

/// Inputs the fuzzer found that crashed the water raster decoder: each must now be refused
/// or read without a trap.
@Suite("Water raster decoder")
struct WaterGridTests {
    static func header(cellsPerDegree: UInt32, count: Int) -> [UInt8] {
        let k = cellsPerDegree
        return Array("MMWATER1".utf8) + [k, 360 &* k, 180 &* k, UInt32(count)].flatMap { value in
            (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
        }
    }

    @Test("a header asking for more cells than memory holds is refused")
    func hugeRaster() {
        let bytes = Self.header(cellsPerDegree: 11_000_000, count: 0)
        #expect(throws: RouteError.self) { try WaterGrid(data: Data(bytes), path: "water.bin") }
    }

    @Test("a run whose varint reaches the sign bit is refused, not used as a negative column")
    func negativeRun() {
        let negative: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        let runs: [UInt8] = [1] + negative + [1, 1, 1]
        let bytes = Self.header(cellsPerDegree: 1, count: runs.count) + runs
        #expect(throws: RouteError.self) { try WaterGrid(data: Data(bytes), path: "water.bin") }
    }

    @Test("a run length near Int.max does not overflow")
    func hugeRun() throws {
        let runs: [UInt8] = [1] + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]
        let bytes = Self.header(cellsPerDegree: 1, count: runs.count) + runs
        _ = try? WaterGrid(data: Data(bytes), path: "water.bin")
    }

    @Test("the blocks hold every cell as the run-length coded rows give it, and runs of cells read the same")
    func blocksMatchRows() throws {
        let url = SeaFixtures.navigation.appendingPathComponent("water.bin")
        let bytes = [UInt8](try Data(contentsOf: url))
        let grid = try WaterGrid(data: Data(bytes), path: url.path)
        var at = 24
        func varint() -> Int {
            var value = 0, shift = 0
            while true {
                let byte = Int(bytes[at]); at += 1
                value |= (byte & 0x7F) << shift
                shift += 7
                if byte < 0x80 { return value }
            }
        }
        var mismatches = 0
        for row in 0..<grid.height {
            var column = 0, water = false
            var cells = [Bool](repeating: false, count: grid.width)
            while column < grid.width {
                let run = varint()
                if water { for c in column..<(column + run) { cells[c] = true } }
                column += run
                water.toggle()
            }
            // Every row's cells are read one by one on a sample of rows, and as runs on all.
            if row % 97 == 0 {
                for c in 0..<grid.width where grid.isWater(row: row, column: c) != cells[c] { mismatches += 1 }
            }
            for c in stride(from: row % 23, to: grid.width - 32, by: 29) {
                let count = 1 + (row + c) % 32
                var expected: UInt64 = 0
                for i in 0..<count where cells[c + i] { expected |= 1 << UInt64(i) }
                if grid.bits(row: row, column: c, count: count) != expected { mismatches += 1 }
            }
        }
        #expect(mismatches == 0)
    }
}
