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
}
