import Foundation
import Geo

extension WaterGrid {
    /// Reads `navigation/grid.bin`: the raster of `water.bin` already in the grid's block form,
    /// mapped and read in place instead of decoded (the run lengths take 7 ms). Made by
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
        let words = size * mixed
        // Read in place where the host is little-endian, as the file is; else a converted copy.
        var storage = file
        #if _endian(big)
        storage = MappedBytes(copying: file.bytes.prefix(header) + stride(from: header, to: file.count, by: 4).flatMap { at in
            file.bytes[at..<(at + 4)].reversed()
        })
        #endif
        self.init(cellsPerDegree: k, width: w, height: h, storage: storage, slotsAt: header, rowsAt: header + 4 * blocks, words: words)
        guard slotsLieInside else {
            throw fail("a block points outside the file")
        }
    }
}
