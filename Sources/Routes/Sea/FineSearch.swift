import Foundation
import Geo

/// One step of a fine path: a cell and the number of via-areas passed on arrival, and the
/// channel taken to reach it, if any.
struct PathStep: Equatable {
    var cell: Int
    var layer: Int
    var channel: Int?
}

/// A best-first search over the open cells of a corridor of blocks, 16-connected (a step
/// needs every cell its centre line crosses open, so it never cuts a corner), plus passage
/// channels; layered by via-areas like ``CorridorSearch``. Step costs are spherical distances
/// between cell centres; the estimate is the larger of a lower bound (``ViaEstimate``) and
/// the coarse path's distance to go (see ``guideWeight``).
struct FineSearch {
    let water: NavigableWater
    let channels: [Channel]
    let areas: [AreaPolygon]
    let vectors: CellVectors

    init(water: NavigableWater, channels: [Channel], areas: [AreaPolygon], vectors: CellVectors? = nil) {
        self.water = water
        self.channels = channels
        self.areas = areas
        self.vectors = vectors ?? CellVectors(grid: water.grid)
    }

    /// A node of the coarse path: its centroid, its layer, and the coarse distance to go.
    struct Guide {
        var center: UnitVector
        var layer: Int
        var toGo: Double
    }

    /// What the fine search may do in one block of the corridor.
    struct Block {
        /// Bit k: the search may be here having passed k via-areas (layers past 63: bit 63).
        var allowed: UInt64 = 0
        /// Coarse path nodes in or beside the block.
        var guides: [Guide] = []

        /// Takes a coarse node beside the block: its layer is allowed here, and it guides.
        mutating func add(_ guide: Guide) {
            allowed |= 1 << UInt64(min(guide.layer, 63))
            guides.append(guide)
        }
    }

    /// How far the search trusts the coarse path. A cell's guide is the least, over the coarse
    /// nodes in or beside its block at its layer or the next, of the node's distance to go plus
    /// the chord to it. Coarse distances run between block centroids, so the guide is near the
    /// fine distance but no lower bound: the search is not strictly optimal within the corridor,
    /// and the taut-pulling after it takes up the difference. In exchange it follows the
    /// coarse path instead of flooding every cell of the corridor that is nearer the goal as
    /// the crow flies. Nodes of the next layer count because the coarse path changes layer at
    /// the first node touching the next via-area, often before the fine path can enter the
    /// area: guided only by the nodes behind it, the fine search would flood the corridor back
    /// along the layer before crossing (Severomorsk → Norwegian Sea → English Channel →
    /// Tartus: 130,000 states expanded instead of 46,000). Weight and lengths measured on 16
    /// voyages against bench/sea_check.py: at 1.35 rather than 1.1 the search expands about a
    /// third of the states (Baltiysk → Tartus 39 → 26 ms in-process) and no voyage's length
    /// moves by more than 0.21% (Murmansk → Vladivostok +0.21%, Kingston → Callao −0.19%);
    /// at 1.6 it gains little more (24 ms) for lengths up to 0.2% longer.
    static let guideWeight = 1.35

    /// A short path from `start` to `target` cells through the corridor's blocks, in each
    /// block only at the layers it allows, guided by the coarse distance to go.
    func path(from start: Int, to target: Int, corridor: [Int: Block]) -> [PathStep]? {
        let layout = FineCorridor(grid: water.grid, corridor: corridor, layers: areas.count + 1)
        let startAt = layout.position(start / layout.width, start % layout.width)
        guard startAt >= 0, layout.position(target / layout.width, target % layout.width) >= 0 else { return nil }
        var run = FineRun(search: self, layout: layout, target: target)
        return run.search(from: start, at: startAt)
    }

    /// The areas holding a cell's centre, bit k for area k, bit 63 always set.
    func areaMask(_ cell: Int) -> UInt64 {
        var mask: UInt64 = 1 << 63
        let center = water.grid.center(of: cell)
        for (index, area) in areas.enumerated().prefix(63) where area.contains(center) { mask |= 1 << UInt64(index) }
        return mask
    }
}

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

/// The moves of the fine search: 16 directions, a step to (dr, dc) needing every cell its
/// centre line crosses open, and the length of each move from each corridor row.
struct FineMoves {
    /// Each move, with the bits of the 5×5 open-cell mask it needs: bit (dr + 2) * 5 + dc + 2
    /// is set when the cell dr rows down and dc columns east of the expanded cell is open.
    let moves: [(dr: Int, dc: Int, needed: UInt32)]
    /// Step cost of each move from each corridor row, meters: row offset × moves + move.
    let stepCost: [Double]

    init(grid: WaterGrid, rows: ClosedRange<Int>) {
        func bit(_ dr: Int, _ dc: Int) -> UInt32 { 1 << UInt32((dr + 2) * 5 + dc + 2) }
        var moves: [(dr: Int, dc: Int, needed: UInt32)] = []
        for dr in -2...2 {
            for dc in -2...2 where max(abs(dr), abs(dc)) >= 1 && !(abs(dr) == 2 && abs(dc) != 1) && !(abs(dc) == 2 && abs(dr) != 1) {
                var needed = bit(dr, dc)
                if abs(dr) == 1 && abs(dc) == 1 { needed |= bit(dr, 0) | bit(0, dc) }
                if abs(dc) == 2 { needed |= bit(0, dc / 2) | bit(dr, dc / 2) }
                if abs(dr) == 2 { needed |= bit(dr / 2, 0) | bit(dr / 2, dc) }
                moves.append((dr, dc, needed))
            }
        }
        self.moves = moves
        let vertical = Double.pi / 180 / Double(grid.cellsPerDegree) * UnitVector.earthRadius
        var stepCost = [Double](repeating: 0, count: rows.count * moves.count)
        for row in rows {
            // Horizontal length of a one-column step to the row dr away, at the pair's mean latitude.
            let columnStep = (-2...2).map { dr in
                vertical * cos((grid.latitude(row: row) + grid.latitude(row: row + dr)) / 2 * .pi / 180)
            }
            for (m, move) in moves.enumerated() {
                let horizontal = columnStep[move.dr + 2] * Double(abs(move.dc))
                stepCost[(row - rows.lowerBound) * moves.count + m] =
                    (horizontal * horizontal + vertical * vertical * Double(move.dr * move.dr)).squareRoot()
            }
        }
        self.stepCost = stepCost
    }
}

/// One run of the fine search: the corridor, the moves, the channels' ends, the states and
/// the queue.
struct FineRun {
    let search: FineSearch
    let layout: FineCorridor
    let moves: FineMoves
    let target: Int
    let goal: UnitVector
    let estimate: ViaEstimate
    /// Cell → (channel, other end cell), and per position whether a channel ends there.
    let channelsAt: [Int: [(Int, Int)]]
    let channelEnd: [Bool]
    var states: FineStates
    var heap = MinQueue(capacity: 1 << 16)

    init(search: FineSearch, layout: FineCorridor, target: Int) {
        self.search = search
        self.layout = layout
        self.target = target
        moves = FineMoves(grid: search.water.grid, rows: layout.firstRow...layout.lastRow)
        goal = search.vectors.vector(of: target)
        estimate = ViaEstimate(areas: search.areas, goal: goal)
        var channelsAt: [Int: [(Int, Int)]] = [:]
        var channelEnd = [Bool](repeating: false, count: layout.positionCount)
        for (index, channel) in search.channels.enumerated() {
            channelsAt[channel.startCell, default: []].append((index, channel.endCell))
            channelsAt[channel.endCell, default: []].append((index, channel.startCell))
            for end in [channel.startCell, channel.endCell] {
                let at = layout.position(end / layout.width, end % layout.width)
                if at >= 0 { channelEnd[at] = true }
            }
        }
        self.channelsAt = channelsAt
        self.channelEnd = channelEnd
        states = FineStates(slots: layout.slots, cellsPerSlot: layout.cellsPerSlot, layers: layout.layers)
    }

    /// The layer after `layer` once the areas in `mask` are passed, in order.
    @inline(__always) func advance(_ mask: UInt64, _ layer: Int) -> Int {
        var layer = layer
        while layer < layout.layers - 1 && mask & (1 << UInt64(layer)) != 0 { layer += 1 }
        return layer
    }

    /// Best-first from `start` (at corridor position `startAt`) until the target is reached at
    /// the last layer; the steps there, or nil when the corridor holds no path.
    mutating func search(from start: Int, at startAt: Int) -> [PathStep]? {
        let layers = layout.layers
        let first = startAt * layers + advance(search.areaMask(start), 0)
        states.open(slot: startAt / layout.cellsPerSlot)
        states.open(slot: startAt / layout.cellsPerSlot, layer: first % layers)
        states.best[states.index(ofState: first)] = 0
        let startVector = search.vectors.vector(of: start)
        heap.push(estimate.meters(from: startVector, direct: startVector.angle(to: goal), layer: first % layers), first)
        while let state = heap.pop() {
            let stored = states.index(ofState: state)
            if states.closed[stored] { continue }
            states.closed[stored] = true
            let (row, column) = layout.place(state / layers)
            if row * layout.width + column == target && state % layers == layers - 1 { return steps(to: state) }
            expand(state, row: row, column: column, cost: states.best[stored])
        }
        return nil
    }

    /// Pushes every state one move or one channel from `state`, which is at `row`, `column`
    /// and was reached at cost `g`.
    private mutating func expand(_ state: Int, row: Int, column: Int, cost g: Double) {
        let layers = layout.layers, width = layout.width, moveCount = moves.moves.count
        let at = state / layers, layer = state % layers
        let cell = row * width + column
        let costOffset = (row - layout.firstRow) * moveCount
        var openMask: UInt32 = 0
        for dr in -2...2 {
            openMask |= UInt32(truncatingIfNeeded: search.water.openRun(row: row + dr, column: column - 2, count: 5)) << UInt32((dr + 2) * 5)
        }
        // The 16 moves, then any passage channels from this cell. The step is written out
        // here rather than in a nested function, which would box the arrays it updates.
        let links = channelEnd[at] ? channelsAt[cell] ?? [] : []
        for m in 0..<(moveCount + links.count) {
            let nextRow: Int, nextColumn: Int, cost: Double, channel: Int
            if m < moveCount {
                let move = moves.moves[m]
                guard openMask & move.needed == move.needed else { continue }
                var c = column + move.dc
                if c < 0 { c += width } else if c >= width { c -= width }
                (nextRow, nextColumn, cost, channel) = (row + move.dr, c, moves.stepCost[costOffset + m], -1)
            } else {
                let (index, other) = links[m - moveCount]
                (nextRow, nextColumn, cost, channel) = (other / width, other % width, search.channels[index].lengthMeters, index)
            }
            let nextAt = layout.position(nextRow, nextColumn)
            guard nextAt >= 0 else { continue }
            let slot = nextAt / layout.cellsPerSlot
            states.open(slot: slot)
            let nextStored = states.index(ofPosition: nextAt)
            var nextLayer = layer
            if layer < layers - 1 {
                var mask = states.inAreas[nextStored]
                if mask == 0 {
                    mask = search.areaMask(nextRow * width + nextColumn)
                    states.inAreas[nextStored] = mask
                }
                nextLayer = advance(mask, layer)
            }
            guard layout.allowed[slot] & (1 << UInt64(min(nextLayer, 63))) != 0 else { continue }
            states.open(slot: slot, layer: nextLayer)
            let stateStored = states.index(position: nextAt, layer: nextLayer)
            guard !states.closed[stateStored] else { continue }
            let candidate = g + cost
            guard candidate < states.best[stateStored] else { continue }
            states.best[stateStored] = candidate
            states.parent[stateStored] = Int32(state)
            states.viaChannel[stateStored] = Int16(channel)
            let v = search.vectors.vector(row: nextRow, column: nextColumn)
            var direct = Double(states.toGo[nextStored])
            if direct < 0 {
                direct = v.angle(to: goal)
                states.toGo[nextStored] = Float(direct)
            }
            let bound = nextLayer == layers - 1 ? direct * UnitVector.earthRadius
                : estimate.meters(from: v, direct: direct, layer: nextLayer)
            heap.push(candidate + max(bound, layout.guide(v, slot: slot, layer: nextLayer)), nextAt * layers + nextLayer)
        }
    }

    /// The steps from the start to `state`, following the parents back.
    private func steps(to state: Int) -> [PathStep] {
        var steps: [PathStep] = []
        var current = state
        while current >= 0 {
            let channel = states.viaChannel[states.index(ofState: current)]
            let (r, c) = layout.place(current / layout.layers)
            steps.append(PathStep(cell: r * layout.width + c, layer: current % layout.layers,
                                  channel: channel >= 0 ? Int(channel) : nil))
            current = Int(states.parent[states.index(ofState: current)])
        }
        return steps.reversed()
    }
}
