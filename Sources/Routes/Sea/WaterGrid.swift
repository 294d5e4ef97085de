import Foundation
import Geo

/// The navigable-water raster: 1-arc-minute cells on a longitude/latitude grid.
///
/// A cell is navigable when its centre is water and no intermediate-level GSHHG shoreline
/// touches it, so a line that stays inside navigable cells is water-only. Rows run from 90°N
/// southwards, columns from 180°W eastwards; columns wrap around the antimeridian.
/// Loaded once from `navigation/water.bin` (run-length coded rows) into a bit set (~29 MB).
struct WaterGrid: Sendable {
    /// Cells per degree.
    let cellsPerDegree: Int
    let width: Int
    let height: Int
    private let bits: [UInt64]
    /// Side of the square blocks the coarse search works in, cells.
    static let blockSize = 30
    /// What each block (row-major blocks of ``blockSize``²) holds, from water counts taken
    /// while decoding, so all-land and all-water blocks are known without reading their cells;
    /// the others are `unread`.
    let blockKinds: [BlockKind]
    /// Unit vectors of the cell centres.
    let vectors: CellVectors
    /// The cells' edges on the unit sphere.
    let edges: CellEdges

    /// What a block holds: `mixed` once a reader has looked at an `unread` one.
    enum BlockKind: UInt8 {
        case unread, land, water, mixed
    }

    init(cellsPerDegree: Int, width: Int, height: Int, bits: [UInt64], blockKinds: [BlockKind]) {
        self.cellsPerDegree = cellsPerDegree
        self.width = width
        self.height = height
        self.bits = bits
        self.blockKinds = blockKinds
        vectors = CellVectors(cellsPerDegree: cellsPerDegree, width: width, height: height)
        edges = CellEdges(cellsPerDegree: cellsPerDegree, width: width, height: height)
    }

    /// Decodes `water.bin`: magic `MMWATER1`, four little-endian UInt32 (cells per degree,
    /// width, height, byte count), then per row varint run lengths alternating blocked/water.
    init(data: Data, path: String) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 24, String(decoding: bytes[0..<8], as: UTF8.self) == "MMWATER1" else {
            throw RouteError.navigationData(path: path, message: "not a water raster")
        }
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        let k = u32(8), w = u32(12), h = u32(16), count = u32(20)
        // At most 15″ cells (240 a degree): a header may not ask for more than memory holds.
        guard (1...240).contains(k), w == 360 * k, h == 180 * k, bytes.count >= 24 + count else {
            throw RouteError.navigationData(path: path, message: "bad raster header")
        }
        var words = [UInt64](repeating: 0, count: (w * h + 63) / 64)
        let size = Self.blockSize
        guard w % size == 0, h % size == 0 else { throw RouteError.navigationData(path: path, message: "bad raster size") }
        var counts = [UInt16](repeating: 0, count: (w / size) * (h / size))
        var at = 24
        let end = 24 + count
        var complete = true
        let blocksAcross = w / size
        bytes.withUnsafeBufferPointer { bytes in
            counts.withUnsafeMutableBufferPointer { counts in
                words.withUnsafeMutableBufferPointer { out in
                    for row in 0..<h {
                        var col = 0
                        var water = false
                        let blockRow = (row / size) * blocksAcross
                        while col < w && at < end {
                            var run = 0, shift = 0
                            while at < end {
                                let byte = Int(bytes[at]); at += 1
                                run |= (byte & 0x7F) << shift
                                shift += 7
                                if byte < 0x80 { break }
                            }
                            // A run past the row's end, or one whose varint ran into the sign bit, is
                            // malformed (and could overflow `col` or index before the row).
                            guard run >= 0, run <= w - col else {
                                complete = false
                                return
                            }
                            if water && run > 0 {
                                // Water counts per block: the partial blocks at the ends, whole ones between.
                                let stop = col + run
                                let first = col / size, last = (stop - 1) / size
                                if first == last {
                                    counts[blockRow + first] &+= UInt16(run)
                                } else {
                                    counts[blockRow + first] &+= UInt16((first + 1) * size - col)
                                    for block in (first + 1)..<last { counts[blockRow + block] &+= UInt16(size) }
                                    counts[blockRow + last] &+= UInt16(stop - last * size)
                                }
                                var index = row * w + col
                                let bitStop = index + run
                                while index < bitStop {
                                    if index & 63 == 0 && bitStop - index >= 64 {
                                        out[index >> 6] = ~0
                                        index += 64
                                    } else {
                                        out[index >> 6] |= 1 << UInt64(index & 63)
                                        index += 1
                                    }
                                }
                            }
                            col += run
                            water.toggle()
                        }
                        if col != w {
                            complete = false
                            return
                        }
                    }
                }
            }
        }
        guard complete else { throw RouteError.navigationData(path: path, message: "truncated raster rows") }
        let kinds = counts.map { count -> BlockKind in
            count == 0 ? .land : Int(count) == size * size ? .water : .unread
        }
        self.init(cellsPerDegree: k, width: w, height: h, bits: words, blockKinds: kinds)
    }

    /// Whether the cell at `row`, `column` (column already wrapped) is navigable water.
    @inline(__always)
    func isWater(_ index: Int) -> Bool {
        bits[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Bits `index ..< index + count` of the raster (count ≤ 57), bit i for cell index + i.
    @inline(__always)
    func bits(from index: Int, count: Int) -> UInt64 {
        let word = index >> 6, shift = UInt64(index & 63)
        var value = bits[word] >> shift
        if shift + UInt64(count) > 64 && word + 1 < bits.count { value |= bits[word + 1] << (64 - shift) }
        return value & ((1 << UInt64(count)) - 1)
    }

    @inline(__always)
    func index(row: Int, column: Int) -> Int { row * width + column }

    /// Wraps a column index around the antimeridian.
    @inline(__always)
    func wrap(_ column: Int) -> Int {
        let c = column % width
        return c < 0 ? c + width : c
    }

    /// Row and (unwrapped) column of the cell containing `coordinate`.
    func cell(latitude: Double, longitude: Double) -> (row: Int, column: Int) {
        let k = Double(cellsPerDegree)
        let row = min(height - 1, max(0, Int(((90 - latitude) * k).rounded(.down))))
        let column = Int(((longitude + 180) * k).rounded(.down))
        return (row, column)
    }

    /// Centre latitude of a row, degrees.
    @inline(__always)
    func latitude(row: Int) -> Double { 90 - (Double(row) + 0.5) / Double(cellsPerDegree) }

    /// Centre longitude of an unwrapped column, degrees.
    @inline(__always)
    func longitude(column: Int) -> Double { -180 + (Double(column) + 0.5) / Double(cellsPerDegree) }

    /// The centre of a cell, degrees (longitude in −180…180).
    func center(of index: Int) -> Coordinate {
        Coordinate(latitude: latitude(row: index / width), longitude: longitude(column: index % width))
    }
}
