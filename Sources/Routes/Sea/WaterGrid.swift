import Foundation
import Geo

/// The navigable-water raster: 1-arc-minute cells on a longitude/latitude grid.
///
/// A cell is navigable when its centre is water and no intermediate-level GSHHG shoreline
/// touches it, so a line that stays inside navigable cells is water-only. Rows run from 90°N
/// southwards, columns from 180°W eastwards; columns wrap around the antimeridian.
///
/// Held in square blocks of ``blockSize`` cells: a block all land or all water is one flag,
/// and only the blocks along coasts (about one in eighteen) keep their cells, a 32-bit word a
/// row — about 2.8 MB in all, where a bit per cell would take 29 MB. The blocks are read in
/// place from `navigation/grid.bin` (mapped, a page read as a query first touches it), or
/// decoded from `navigation/water.bin` (run-length coded rows) when that file is missing.
///
/// `@unchecked Sendable`: the tables point into immutable bytes that `storage` keeps alive.
struct WaterGrid: @unchecked Sendable {
    /// Cells per degree.
    let cellsPerDegree: Int
    let width: Int
    let height: Int
    /// Side of the square blocks the grid is held in and the coarse search works in, cells.
    static let blockSize = 30
    let blocksAcross: Int
    /// The bytes the two tables below lie in: `grid.bin` mapped, or a block built from `water.bin`.
    private let storage: MappedBytes
    /// Per block (row-major): ``landBlock``, ``waterBlock``, or the index of its first row in
    /// `blockRows`.
    private let blockSlots: UnsafeBufferPointer<Int32>
    /// ``blockSize`` words per mixed block, one a row: bit c of a word is the block's cell c
    /// of that row.
    private let blockRows: UnsafeBufferPointer<UInt32>
    static let landBlock: Int32 = -1
    static let waterBlock: Int32 = -2
    /// What each block (row-major blocks of ``blockSize``²) holds: all-land and all-water
    /// blocks are known, the others are `unread`.
    let blockKinds: [BlockKind]
    /// Unit vectors of the cell centres.
    let vectors: CellVectors
    /// The mixed blocks' components, as queries find them (shared by copies of the grid).
    let blockLabels = BlockLabels()
    /// The cells' edges on the unit sphere.
    let edges: CellEdges
    /// Per row of blocks, the cosine of the latitude of its edge nearer a pole: how much a
    /// degree of longitude narrows anywhere in the block.
    let blockRowNarrowing: [Double]
    /// How far wholly open blocks reach round each block.
    let blockReach: BlockReach

    /// What a block holds: `mixed` once a reader has looked at an `unread` one.
    enum BlockKind: UInt8 {
        case unread, land, water, mixed
    }

    /// A grid whose tables lie in `storage`: `blocks` Int32 slots from byte `slotsAt`, then
    /// `words` UInt32 row words from `rowsAt`, both in the host's byte order and aligned.
    init(cellsPerDegree: Int, width: Int, height: Int, storage: MappedBytes, slotsAt: Int, rowsAt: Int, words: Int) {
        self.cellsPerDegree = cellsPerDegree
        self.width = width
        self.height = height
        blocksAcross = width / Self.blockSize
        let blocks = blocksAcross * (height / Self.blockSize)
        self.storage = storage
        blockSlots = UnsafeBufferPointer(start: (storage.base + slotsAt).assumingMemoryBound(to: Int32.self), count: blocks)
        blockRows = UnsafeBufferPointer(start: (storage.base + rowsAt).assumingMemoryBound(to: UInt32.self), count: words)
        blockKinds = blockSlots.map { $0 == Self.landBlock ? .land : $0 == Self.waterBlock ? .water : .unread }
        vectors = CellVectors(cellsPerDegree: cellsPerDegree, width: width, height: height)
        edges = CellEdges(cellsPerDegree: cellsPerDegree, width: width, height: height)
        let blockRows = height / Self.blockSize
        blockReach = BlockReach(across: blocksAcross, down: blockRows, open: blockKinds.map { $0 == .water })
        blockRowNarrowing = (0..<blockRows).map { blockRow in
            let edgeRow = blockRow < blockRows / 2 ? blockRow * Self.blockSize : (blockRow + 1) * Self.blockSize
            let highest = abs(90 - Double(edgeRow) / Double(cellsPerDegree))
            return cos(highest * .pi / 180)
        }
    }

    /// Decodes `water.bin`: magic `MMWATER1`, four little-endian UInt32 (cells per degree,
    /// width, height, byte count), then per row varint run lengths alternating blocked/water.
    ///
    /// Decodes a band of ``blockSize`` rows at a time into a bit set of the band, then keeps
    /// the rows of the band's mixed blocks.
    init(data: Data, path: String) throws {
        let size = Self.blockSize
        let (k, w, h, count) = try data.withUnsafeBytes { raw -> (Int, Int, Int, Int) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 24, bytes[0..<8].elementsEqual("MMWATER1".utf8) else {
                throw RouteError.navigationData(path: path, message: "not a water raster")
            }
            func u32(_ at: Int) -> Int {
                Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
            }
            return (u32(8), u32(12), u32(16), u32(20))
        }
        // At most 15″ cells (240 a degree): a header may not ask for more than memory holds.
        guard (1...240).contains(k), w == 360 * k, h == 180 * k, data.count >= 24 + count else {
            throw RouteError.navigationData(path: path, message: "bad raster header")
        }
        guard w % size == 0, h % size == 0 else { throw RouteError.navigationData(path: path, message: "bad raster size") }
        let blocksAcross = w / size
        precondition(size == 30, "RunDecoder divides by the block size as a literal")
        var slots = [Int32](repeating: Self.landBlock, count: blocksAcross * (h / size))
        var rows: [UInt32] = []
        let complete = data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var decoder = RunDecoder(bytes: bytes, at: 24, end: 24 + count)
            let wordsPerRow = (w + 63) / 64
            let band = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: size * wordsPerRow)
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: blocksAcross)
            let wholeBlocks = UnsafeMutableBufferPointer<Int>.allocate(capacity: blocksAcross + 1)
            defer {
                band.deallocate()
                counts.deallocate()
                wholeBlocks.deallocate()
            }
            for bandRow in 0..<(h / size) {
                band.initialize(repeating: 0)
                counts.initialize(repeating: 0)
                wholeBlocks.initialize(repeating: 0)
                for r in 0..<size {
                    guard decoder.row(width: w, into: band, from: r * wordsPerRow, counts: counts, wholeBlocks: wholeBlocks) else {
                        return false
                    }
                }
                var running = 0
                for block in 0..<blocksAcross {
                    running += wholeBlocks[block]
                    counts[block] += running
                }
                for block in 0..<blocksAcross {
                    let slot = bandRow * blocksAcross + block
                    if counts[block] == size * size {
                        slots[slot] = Self.waterBlock
                    } else if counts[block] > 0 {
                        slots[slot] = Int32(rows.count)
                        let bit = block * size
                        for r in 0..<size {
                            let word = r * wordsPerRow + bit >> 6, shift = UInt64(bit & 63)
                            var value = band[word] >> shift
                            if shift + UInt64(size) > 64 { value |= band[word + 1] << (64 - shift) }
                            rows.append(UInt32(truncatingIfNeeded: value) & (1 << UInt32(size) - 1))
                        }
                    }
                }
            }
            return true
        }
        guard complete else { throw RouteError.navigationData(path: path, message: "truncated raster rows") }
        var bytes = [UInt8](repeating: 0, count: 4 * (slots.count + rows.count))
        bytes.withUnsafeMutableBytes { raw in
            slots.withUnsafeBytes { raw.copyMemory(from: $0) }
            rows.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: raw[(4 * slots.count)...]).copyMemory(from: $0) }
        }
        self.init(cellsPerDegree: k, width: w, height: h, storage: MappedBytes(copying: bytes),
                  slotsAt: 0, rowsAt: 4 * slots.count, words: rows.count)
    }

    /// Whether the cell at `index` (row × width + wrapped column) is navigable water.
    @inline(__always)
    func isWater(_ index: Int) -> Bool {
        let row = index / width
        return isWater(row: row, column: index - row * width)
    }

    /// Whether the cell at `row` and wrapped `column` is navigable water.
    @inline(__always)
    func isWater(row: Int, column: Int) -> Bool {
        let blockRow = row / Self.blockSize, blockColumn = column / Self.blockSize
        let slot = blockSlots[blockRow * blocksAcross + blockColumn]
        if slot < 0 { return slot == Self.waterBlock }
        let word = blockRows[Int(slot) + row - blockRow * Self.blockSize]
        return word >> UInt32(column - blockColumn * Self.blockSize) & 1 != 0
    }

    /// Whether every block is land, water, or has all its row words in the table.
    var slotsLieInside: Bool {
        blockSlots.allSatisfy { $0 == Self.landBlock || $0 == Self.waterBlock || ($0 >= 0 && Int($0) + Self.blockSize <= blockRows.count) }
    }

    /// Whether every cell of block `block` (row-major blocks of ``blockSize``²) is water.
    @inline(__always)
    func isWaterBlock(_ block: Int) -> Bool { blockSlots[block] == Self.waterBlock }

    /// Cells `column ..< column + count` of `row` (count ≤ 32, the run within the grid's
    /// columns), bit i for cell column + i.
    @inline(__always)
    func bits(row: Int, column: Int, count: Int) -> UInt64 {
        let size = Self.blockSize
        let blockRow = row / size, inBlock = row - blockRow * size
        let base = blockRow * blocksAcross
        var value: UInt64 = 0
        var done = 0
        while done < count {
            let c = column + done
            let blockColumn = c / size, offset = c - blockColumn * size
            let take = min(size - offset, count - done)
            let mask: UInt64 = (1 << UInt64(take)) - 1
            let slot = blockSlots[base + blockColumn]
            let part: UInt64
            if slot >= 0 {
                part = UInt64(blockRows[Int(slot) + inBlock] >> UInt32(offset)) & mask
            } else {
                part = slot == Self.waterBlock ? mask : 0
            }
            value |= part << UInt64(done)
            done += take
        }
        return value
    }

    @inline(__always)
    func index(row: Int, column: Int) -> Int { row * width + column }

    /// Wraps a column index around the antimeridian.
    @inline(__always)
    func wrap(_ column: Int) -> Int {
        // Most columns are already in range: no division for them.
        if column >= 0 && column < width { return column }
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

/// Reads the varint run lengths of `water.bin`'s rows.
private struct RunDecoder {
    let bytes: UnsafeBufferPointer<UInt8>
    var at: Int
    let end: Int

    init(bytes: UnsafeBufferPointer<UInt8>, at: Int, end: Int) {
        self.bytes = bytes
        self.at = at
        self.end = end
    }

    /// Decodes one row into the bit set `bits` from word `first` on, adding each block's
    /// water cells to `counts`, or for runs across whole blocks to the running sum
    /// `wholeBlocks`; false when the row is malformed or cut short.
    mutating func row(width: Int, into bits: UnsafeMutableBufferPointer<UInt64>, from first: Int,
                      counts: UnsafeMutableBufferPointer<Int>, wholeBlocks: UnsafeMutableBufferPointer<Int>) -> Bool {
        let size = 30  // WaterGrid.blockSize, as a literal so divisions by it compile to multiplies
        var col = 0
        var water = false
        while col < width && at < end {
            var run = 0, shift = 0
            while at < end {
                let byte = Int(bytes[at]); at += 1
                if shift < 63 { run |= (byte & 0x7F) << shift }
                shift += 7
                if byte < 0x80 { break }
            }
            // A run past the row's end, or one whose varint ran into the sign bit, is
            // malformed (and could overflow `col` or index before the row).
            guard run >= 0, run <= width - col else { return false }
            if water && run > 0 {
                let stop = col + run
                // Water counts per block: the partial blocks at the ends directly, the whole
                // ones between as a step in `wholeBlocks` (summed once per band).
                let firstBlock = col / size, lastBlock = (stop - 1) / size
                if firstBlock == lastBlock {
                    counts[firstBlock] += run
                } else {
                    counts[firstBlock] += (firstBlock + 1) * size - col
                    counts[lastBlock] += stop - lastBlock * size
                    wholeBlocks[firstBlock + 1] += size
                    wholeBlocks[lastBlock] -= size
                }
                // The bits col..<stop, a word at a time.
                let firstWord = col >> 6, lastWord = (stop - 1) >> 6
                let head: UInt64 = ~0 << UInt64(col & 63)
                let tail: UInt64 = ~0 >> UInt64(63 - (stop - 1) & 63)
                if firstWord == lastWord {
                    bits[first + firstWord] |= head & tail
                } else {
                    bits[first + firstWord] |= head
                    for word in (firstWord + 1)..<lastWord { bits[first + word] = ~0 }
                    bits[first + lastWord] |= tail
                }
            }
            col += run
            water.toggle()
        }
        return col == width
    }
}
