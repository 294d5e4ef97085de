import Foundation
import Geo

extension WaterGrid {
    /// Reads `navigation/grid.bin`: the raster of `water.bin` already in the grid's block form,
    /// copied in instead of decoded (about 1 ms where the run lengths take 7). Made by
    /// `scripts/navigation_landmarks.py`: magic `MMGRID01`, little-endian UInt32 cells per
    /// degree, width, height, mixed blocks and the CRC-32 of the `water.bin` it was made from;
    /// then an Int32 per block (−1 land, −2 water, else its first row word) and ``blockSize``
    /// UInt32 row words per mixed block. Throws when the file does not match `waterCRC`.
    init(blocksAt url: URL, waterCRC: UInt32) throws {
        let file = try MappedBytes.navigationFile(url)
        func fail(_ message: String) -> RouteError {
            RouteError.navigationData(path: url.path, message: "\(message) — run scripts/navigation_landmarks.py")
        }
        let header = 28
        guard file.count >= header, file.bytes.prefix(8).elementsEqual("MMGRID01".utf8) else { throw fail("not a block grid") }
        func word(_ at: Int) -> Int { Int(file.bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
        let k = word(8), w = word(12), h = word(16), mixed = word(20)
        guard UInt32(word(24)) == waterCRC else { throw fail("made from another water.bin") }
        let size = Self.blockSize
        guard (1...240).contains(k), w == 360 * k, h == 180 * k, w % size == 0, h % size == 0 else { throw fail("bad grid header") }
        let blocks = (w / size) * (h / size)
        guard file.count == header + 4 * blocks + 4 * size * mixed else { throw fail("cut short or too long") }
        let slots = [Int32](unsafeUninitializedCapacity: blocks) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: file.bytes[header..<(header + 4 * blocks)]))
            count = blocks
        }
        let words = size * mixed
        let rows = [UInt32](unsafeUninitializedCapacity: words) { buffer, count in
            let start = header + 4 * blocks
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: file.bytes[start..<(start + 4 * words)]))
            count = words
        }
        guard slots.allSatisfy({ $0 == Self.landBlock || $0 == Self.waterBlock || ($0 >= 0 && Int($0) + size <= words) }) else {
            throw fail("a block points outside the file")
        }
        self.init(cellsPerDegree: k, width: w, height: h,
                  blockSlots: slots.map { Int32(littleEndian: $0) }, blockRows: rows.map { UInt32(littleEndian: $0) })
    }
}
