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
        let bytes = Array("MMB2".utf8) + Self.littleEndian([100_000, 0xFFFF_FFFF, 0xFFFF_FFF0, 7, 0]) + [0, 1, 2, 0, 0, 0, 0]
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    @Test("a basemap shape whose point count overflows is refused")
    func overflowingPointCount() {
        let huge: [UInt8] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]
        let table: [UInt8] = [0] + huge + [2, 0, 0, 0, 0]
        let bytes = Array("MMB2".utf8) + Self.littleEndian([100_000, 1, 1, UInt32(table.count), 2]) + table + [0, 0]
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    @Test("basemap coordinates whose sum overflows are refused")
    func overflowingCoordinates() {
        let big: [UInt8] = [0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]   // zigzag of Int.max
        let stream = big + [0] + big + [0]
        let table: [UInt8] = [0, 2, UInt8(stream.count), 0, 0, 0, 0]
        let bytes = Array("MMB2".utf8) + Self.littleEndian([100_000, 1, 2, UInt32(table.count), UInt32(stream.count)]) + table + stream
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    /// A basemap file of `shapes` (kind, points in 1e-5 degree units), as `build_basemap.py`
    /// writes it; `boxShrink` takes that many hundredths of a degree off each table box.
    static func basemapFile(_ shapes: [(kind: Int, points: [(x: Int, y: Int)])], boxShrink: Int = 0) -> [UInt8] {
        func unsigned(_ value: Int) -> [UInt8] {
            var value = UInt64(value), out: [UInt8] = []
            while value >= 0x80 { out.append(UInt8(value & 0x7F) | 0x80); value >>= 7 }
            return out + [UInt8(value)]
        }
        func signed(_ value: Int) -> [UInt8] { unsigned(Int(bitPattern: UInt(bitPattern: value << 1) ^ UInt(bitPattern: value >> 63))) }
        var table: [UInt8] = [], stream: [UInt8] = [], total = 0
        for shape in shapes {
            var points: [UInt8] = [], previous = (x: 0, y: 0)
            for point in shape.points {
                points += signed(point.x - previous.x) + signed(point.y - previous.y)
                previous = point
            }
            let first = shape.points[0], xs = shape.points.map(\.x), ys = shape.points.map(\.y)
            func outward(_ units: Int) -> Int { max(0, (units + 999) / 1000 - boxShrink) }
            table += unsigned(shape.kind) + unsigned(shape.points.count) + unsigned(points.count)
                + unsigned(outward(first.x - xs.min()!)) + unsigned(outward(xs.max()! - first.x))
                + unsigned(outward(first.y - ys.min()!)) + unsigned(outward(ys.max()! - first.y))
            stream += points
            total += shape.points.count
        }
        return Array("MMB2".utf8) + littleEndian([100_000, UInt32(shapes.count), UInt32(total), UInt32(table.count), UInt32(stream.count)])
            + table + stream
    }

    static let island = (kind: 1, points: [(x: 1_000_000, y: 1_000_000), (x: 1_050_000, y: 1_000_000), (x: 1_020_000, y: 1_030_000)])
    static let farIsland = (kind: 1, points: [(x: 10_000_000, y: -2_000_000), (x: 10_001_000, y: -2_000_000), (x: 10_000_000, y: -1_999_000)])

    @Test("a region's shapes are decoded and the others skipped unread: a damaged shape elsewhere does not matter")
    func regionSkipsOthers() throws {
        var bytes = Self.basemapFile([Self.island, Self.farIsland])
        let whole = try #require(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) })
        #expect(whole.count == 2)
        #expect(whole.coordinates(1) == [Coordinate(latitude: -20, longitude: 100), Coordinate(latitude: -20, longitude: 100.01),
                                         Coordinate(latitude: -19.99, longitude: 100)])
        // The far island's last byte made a continuation byte: its points no longer end where the table says.
        bytes[bytes.count - 1] |= 0x80
        let near = BoundingBox(west: 9, south: 9, east: 11, north: 11)
        let region = try #require(bytes.withUnsafeBufferPointer { ShapeTable.decode($0, within: [near]) })
        #expect(region.count == 1)
        #expect(region.bounds == [BoundingBox(west: 10, south: 10, east: 10.5, north: 10.3)])
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }

    @Test("a table box that does not hold its shape is refused, or a region could miss the shape")
    func boxTooSmall() {
        let bytes = Self.basemapFile([Self.island], boxShrink: 1)
        #expect(bytes.withUnsafeBufferPointer { ShapeTable.decode($0) } == nil)
    }
}
