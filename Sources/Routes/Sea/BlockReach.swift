/// How far open water reaches around each block: per block (row-major, ``WaterGrid/blockSize``²
/// cells), the distance in blocks to the nearest block that is not wholly open, counted as a
/// king moves on a chessboard (columns wrap round the antimeridian, rows off the grid count as
/// not open), at most ``cap``.
///
/// 0 for a block not wholly open; 1 for an open block beside one that is not; d for an open
/// block whose whole square of 2d − 1 blocks a side is open. Line of sight uses it to pass over
/// open ocean a square at a time instead of a block at a time.
struct BlockReach: Sendable {
    /// The largest distance kept: 12 blocks, 6° of latitude at 1′ cells.
    static let cap: UInt8 = 12

    let across: Int
    let down: Int
    private(set) var values: [UInt8]

    /// The reach of blocks, `open` saying for each (row-major) whether it is wholly open.
    ///
    /// Erodes the open blocks by their eight neighbours again and again, a row of blocks held
    /// as bits: a block that survives d − 1 erosions has the square of 2d − 1 blocks round it
    /// open. Complexity: O(blocks × cap / 64) word operations, and a write per block per level
    /// it survives.
    init(across: Int, down: Int, open: [Bool]) {
        precondition(open.count == across * down)
        self.across = across
        self.down = down
        let words = (across + 63) / 64
        var values = [UInt8](repeating: 0, count: across * down)
        // Three planes of bits: the blocks still standing, those after the erosion along rows,
        // and those after the erosion down columns.
        let planes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: 3 * words * down)
        defer { planes.deallocate() }
        planes.initialize(repeating: 0)
        var current = planes.baseAddress!, eroded = current + 2 * words * down
        let along = current + words * down
        for row in 0..<down {
            for column in 0..<across where open[row * across + column] {
                current[row * words + column >> 6] |= 1 << UInt64(column & 63)
            }
        }
        let last = across - 1, lastWord = last >> 6, lastShift = UInt64(last & 63)
        values.withUnsafeMutableBufferPointer { values in
            // Each block is written once, when an erosion first takes it: a block standing
            // after level − 2 erosions and not after level − 1 has reach level − 1.
            func mark(_ row: Int, _ w: Int, _ taken: UInt64, _ reach: Int) {
                var bits = taken
                while bits != 0 {
                    values[row * across + w << 6 + bits.trailingZeroBitCount] = UInt8(reach)
                    bits &= bits - 1
                }
            }
            for level in 2...Int(Self.cap) {
                // Along each row: a block stays when it and its east and west neighbours stand.
                for row in 0..<down {
                    let base = row * words
                    let firstBit = current[base] & 1, lastBit = current[base + lastWord] >> lastShift & 1
                    for w in 0..<words {
                        let x = current[base + w]
                        let west = x << 1 | (w > 0 ? current[base + w - 1] >> 63 : lastBit)
                        var east = x >> 1 | (w < lastWord ? current[base + w + 1] << 63 : 0)
                        if w == lastWord { east |= firstBit << lastShift }
                        along[base + w] = x & west & east
                    }
                }
                // Then down each column; rows off the grid are not open.
                var standing = false
                for row in 0..<down {
                    let base = row * words
                    for w in 0..<words {
                        let above = row > 0 ? along[base - words + w] : 0
                        let below = row + 1 < down ? along[base + words + w] : 0
                        let kept = along[base + w] & above & below
                        eroded[base + w] = kept
                        mark(row, w, current[base + w] & ~kept, level - 1)
                        if kept != 0 { standing = true }
                    }
                }
                swap(&current, &eroded)
                if !standing { break }
            }
            // What stands after every erosion reaches the cap.
            for row in 0..<down {
                for w in 0..<words { mark(row, w, current[row * words + w], Int(Self.cap)) }
            }
        }
        self.values = values
    }

    @inline(__always)
    subscript(block: Int) -> UInt8 { values[block] }

    /// This reach with `blocks` no longer open: every block within ``cap`` of one is brought
    /// down to its distance from it. Complexity: O(`blocks` × cap²).
    func closing(_ blocks: Set<Int>) -> BlockReach {
        var copy = self
        let cap = Int(Self.cap)
        for block in blocks {
            let row = block / across, column = block - row * across
            for r in max(0, row - cap + 1)...min(down - 1, row + cap - 1) {
                for dc in (1 - cap)...(cap - 1) {
                    var c = column + dc
                    if c < 0 { c += across } else if c >= across { c -= across }
                    let distance = UInt8(max(abs(r - row), abs(dc)))
                    let neighbour = r * across + c
                    if copy.values[neighbour] > distance { copy.values[neighbour] = distance }
                }
            }
        }
        return copy
    }
}
