import Foundation
import Geo

/// The corridor laid out for the fine search: a slot per block, a position per corridor
/// cell (its block's slot, then its place in the block), the blocks' allowed layers and
/// guides, and look-up tables that turn a cell into its position with no division.
struct FineCorridor {
    /// ``BlockGraph/size``, as a literal so divisions by it compile to multiplies.
    static let n = 30
    let width: Int
    let layers: Int
    let cellsPerSlot = n * n
    let positionCount: Int
    let firstRow: Int, lastRow: Int
    /// Per slot, bit k set when the search may be there having passed k via-areas.
    let allowed: [UInt64]
    private let slotOfBlock: [Int32]
    private let rowBase: [Int], rowLocal: [Int], columnBlock: [Int], columnLocal: [Int]
    private let slotRow: [Int], slotColumn: [Int]
    /// Each slot's guides, flattened: slot k's run from guideStart[k] to guideStart[k + 1].
    private var guideStart = [0], guideCenters: [UnitVector] = [], guideLayers: [Int] = [], guideToGo: [Double] = []

    init(grid: WaterGrid, corridor: [Int: FineSearch.Block], layers: Int) {
        let n = Self.n
        precondition(n == BlockGraph.size)
        width = grid.width
        self.layers = layers
        let blocksAcross = width / n
        let sortedBlocks = corridor.keys.sorted()
        allowed = sortedBlocks.map { corridor[$0]!.allowed }
        for block in sortedBlocks {
            for guide in corridor[block]!.guides {
                guideCenters.append(guide.center)
                guideLayers.append(guide.layer)
                guideToGo.append(guide.toGo * FineSearch.guideWeight)
            }
            guideStart.append(guideCenters.count)
        }
        var slotOfBlock = [Int32](repeating: -1, count: blocksAcross * (grid.height / n))
        for (slot, block) in sortedBlocks.enumerated() { slotOfBlock[block] = Int32(slot) }
        self.slotOfBlock = slotOfBlock
        positionCount = sortedBlocks.count * cellsPerSlot
        let blockRows = sortedBlocks.map { $0 / blocksAcross }
        firstRow = max(0, (blockRows.min() ?? 0) * n - 2)
        lastRow = min(grid.height - 1, ((blockRows.max() ?? 0) + 1) * n + 1)
        rowBase = (firstRow...lastRow).map { ($0 / n) * blocksAcross }
        rowLocal = (firstRow...lastRow).map { ($0 % n) * n }
        columnBlock = (0..<width).map { $0 / n }
        columnLocal = (0..<width).map { $0 % n }
        slotRow = sortedBlocks.map { ($0 / blocksAcross) * n }
        slotColumn = sortedBlocks.map { ($0 % blocksAcross) * n }
    }

    /// The number of blocks in the corridor.
    var slots: Int { allowed.count }

    /// The position of the cell at `row`, `column`, or −1 outside the corridor.
    @inline(__always) func position(_ row: Int, _ column: Int) -> Int {
        guard row >= firstRow, row <= lastRow else { return -1 }
        let slot = Int(slotOfBlock[rowBase[row - firstRow] + columnBlock[column]])
        return slot < 0 ? -1 : slot * cellsPerSlot + rowLocal[row - firstRow] + columnLocal[column]
    }

    /// The row and column of a position.
    @inline(__always) func place(_ position: Int) -> (row: Int, column: Int) {
        let slot = position / cellsPerSlot, local = position - slot * cellsPerSlot
        let r = local / Self.n
        return (slotRow[slot] + r, slotColumn[slot] + local - r * Self.n)
    }

    /// The guide at a point of `slot` at `layer`: the least, over the slot's coarse nodes at
    /// that layer or the next, of the node's weighted distance to go plus the weighted chord
    /// to it; 0 when the slot has no such node.
    @inline(__always) func guide(_ v: UnitVector, slot: Int, layer: Int) -> Double {
        var least = Double.infinity
        for k in guideStart[slot]..<guideStart[slot + 1] where guideLayers[k] == layer || guideLayers[k] == layer + 1 {
            let c = guideCenters[k]
            let dx = v.x - c.x, dy = v.y - c.y, dz = v.z - c.z
            least = min(least, guideToGo[k] + FineSearch.guideWeight * (dx * dx + dy * dy + dz * dz).squareRoot() * UnitVector.earthRadius)
        }
        return least.isFinite ? least : 0
    }
}
