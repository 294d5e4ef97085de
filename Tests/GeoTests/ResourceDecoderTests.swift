import Foundation
import Testing
@testable import Geo

/// Inputs the fuzzer found that crashed the decoders: each must now be refused.
@Suite("Resource decoders refuse hostile headers")
struct ResourceDecoderTests {
    static func littleEndian(_ values: [UInt32]) -> [UInt8] {
        values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }

    @Test("a basemap header claiming four billion shapes is refused without allocating them")
    func hugeShapeCount() {
        let bytes = Array("MMB1".utf8) + Self.littleEndian([100_000, 0xFFFF_FFFF, 0xFFFF_FFF0, 2, 0]) + [0, 1]
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    @Test("a basemap shape whose point count overflows is refused")
    func overflowingPointCount() {
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]
        let table: [UInt8] = [0] + huge
        let bytes = Array("MMB1".utf8) + Self.littleEndian([100_000, 1, 1, UInt32(table.count), 2]) + table + [0, 0]
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    @Test("basemap coordinates whose sum overflows are refused")
    func overflowingCoordinates() {
        let big: [UInt8] = [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]   // zigzag of Int.max
        let stream = big + [0] + big + [0]
        let bytes = Array("MMB1".utf8) + Self.littleEndian([100_000, 1, 2, 2, UInt32(stream.count)]) + [0, 2] + stream
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }
}
