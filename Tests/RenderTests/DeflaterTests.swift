import CZlib
import Testing
@testable import Render

/// The row-by-row deflater writes the bytes zlib's one-shot compress2 writes of the whole
/// input: PNGs stay byte for byte what they were.
@Suite("Deflater")
struct DeflaterTests {
    static func compressed(_ input: [UInt8], level: Int32) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { compress2(out.baseAddress, &length, $0.baseAddress, uLong(input.count), level) }
        }
        #expect(status == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    /// Map-like bytes: long flat runs with noise and repeats, `count` long.
    static func mapLike(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let run = Int(state >> 52) % 400 + 1
            let value = UInt8(truncatingIfNeeded: state >> 24)
            let noisy = state & 7 == 0
            for k in 0..<run where bytes.count < count { bytes.append(noisy ? UInt8(truncatingIfNeeded: Int(value) &+ k &* 31) : value) }
        }
        return bytes
    }

    @Test("the same bytes as compress2 after the prefix, whatever the pieces", arguments: [1, 7, 4_801, 65_536, 200_000])
    func sameAsOneShot(piece: Int) {
        for (count, level) in [(0, Int32(3)), (1, 3), (1_000_000, 3), (300_000, 6), (2_500_000, 1)] {
            let input = Self.mapLike(count, seed: UInt64(count) &+ UInt64(piece))
            let prefix: [UInt8] = piece % 2 == 0 ? [] : Array("header".utf8)
            let deflater = Deflater(level: level, inputCount: count, prefix: prefix)
            var start = 0
            while start < input.count {
                deflater.add(Array(input[start..<min(input.count, start + piece)]))
                start += piece
            }
            #expect(deflater.finish() == prefix + Self.compressed(input, level: level), "\(count) bytes at level \(level) in pieces of \(piece)")
        }
    }
}
