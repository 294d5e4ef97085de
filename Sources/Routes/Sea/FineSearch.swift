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
        let grid = water.grid
        let width = grid.width
        let n = 30  // BlockGraph.size, as a literal so divisions by it compile to multiplies
        precondition(n == BlockGraph.size)
        let blocksAcross = width / n
        let layers = areas.count + 1
        let sortedBlocks = corridor.keys.sorted()
        let allowed = sortedBlocks.map { corridor[$0]!.allowed }
        // Each slot's guides, flattened: slot k's run from guideStart[k] to guideStart[k + 1].
        var guideStart = [0], guideCenters: [UnitVector] = [], guideLayers: [Int] = [], guideToGo: [Double] = []
        for block in sortedBlocks {
            for guide in corridor[block]!.guides {
                guideCenters.append(guide.center)
                guideLayers.append(guide.layer)
                guideToGo.append(guide.toGo * Self.guideWeight)
            }
            guideStart.append(guideCenters.count)
        }
        var slotOfBlock = [Int32](repeating: -1, count: blocksAcross * (grid.height / n))
        for (slot, block) in sortedBlocks.enumerated() { slotOfBlock[block] = Int32(slot) }
        let cellsPerSlot = n * n
        // A position is a corridor cell: its block's slot, then its place in the block.
        let positionCount = sortedBlocks.count * cellsPerSlot
        // Block and in-block offsets of every corridor row and every column, so a cell's
        // position is two look-ups and no division.
        let blockRows = sortedBlocks.map { $0 / blocksAcross }
        let firstRow = max(0, (blockRows.min() ?? 0) * n - 2)
        let lastRow = min(grid.height - 1, ((blockRows.max() ?? 0) + 1) * n + 1)
        let rowBase = (firstRow...lastRow).map { ($0 / n) * blocksAcross }
        let rowLocal = (firstRow...lastRow).map { ($0 % n) * n }
        let columnBlock = (0..<width).map { $0 / n }
        let columnLocal = (0..<width).map { $0 % n }
        let slotRow = sortedBlocks.map { ($0 / blocksAcross) * n }
        let slotColumn = sortedBlocks.map { ($0 % blocksAcross) * n }
        @inline(__always) func position(_ row: Int, _ column: Int) -> Int {
            guard row >= firstRow, row <= lastRow else { return -1 }
            let slot = Int(slotOfBlock[rowBase[row - firstRow] + columnBlock[column]])
            return slot < 0 ? -1 : slot * cellsPerSlot + rowLocal[row - firstRow] + columnLocal[column]
        }
        @inline(__always) func place(_ position: Int) -> (row: Int, column: Int) {
            let slot = position / cellsPerSlot, local = position - slot * cellsPerSlot
            let r = local / n
            return (slotRow[slot] + r, slotColumn[slot] + local - r * n)
        }
        var states = FineStates(slots: sortedBlocks.count, cellsPerSlot: cellsPerSlot, layers: layers)
        // Per position, computed on first reach: the distance to go, and which areas hold the
        // cell's centre (bit 63 set once known).
        let goal = vectors.vector(of: target)
        let estimate = ViaEstimate(areas: areas, goal: goal)
        // The areas holding a cell's centre, bit k for area k, bit 63 always set.
        func areaMask(_ cell: Int) -> UInt64 {
            var mask: UInt64 = 1 << 63
            let center = grid.center(of: cell)
            for (index, area) in areas.enumerated().prefix(63) where area.contains(center) { mask |= 1 << UInt64(index) }
            return mask
        }
        func advance(_ mask: UInt64, _ layer: Int) -> Int {
            var layer = layer
            while layer < layers - 1 && mask & (1 << UInt64(layer)) != 0 { layer += 1 }
            return layer
        }
        var channelsAt: [Int: [(Int, Int)]] = [:]  // cell → (channel, other end cell)
        var channelEnd = [Bool](repeating: false, count: positionCount)
        for (index, channel) in channels.enumerated() {
            channelsAt[channel.startCell, default: []].append((index, channel.endCell))
            channelsAt[channel.endCell, default: []].append((index, channel.startCell))
            for end in [channel.startCell, channel.endCell] {
                let at = position(end / width, end % width)
                if at >= 0 { channelEnd[at] = true }
            }
        }
        let cellAngle = Double.pi / 180 / Double(grid.cellsPerDegree)
        let vertical = cellAngle * UnitVector.earthRadius
        // Horizontal length of a one-column step from each corridor row to the row dr away
        // (dr = −2…2), at the pair's mean latitude: five cosines per row instead of one per step.
        var columnStep = [Double](repeating: 0, count: (lastRow - firstRow + 1) * 5)
        for row in firstRow...lastRow {
            for dr in -2...2 {
                let meanLatitude = (grid.latitude(row: row) + grid.latitude(row: row + dr)) / 2
                columnStep[(row - firstRow) * 5 + dr + 2] = vertical * cos(meanLatitude * .pi / 180)
            }
        }
        let startAt = position(start / width, start % width)
        guard startAt >= 0, position(target / width, target % width) >= 0 else { return nil }
        let first = startAt * layers + advance(areaMask(start), 0)
        states.open(slot: startAt / cellsPerSlot)
        states.open(slot: startAt / cellsPerSlot, layer: first % layers)
        states.best[states.index(ofState: first)] = 0
        var heap = MinQueue(capacity: 1 << 16)
        heap.push(estimate.meters(from: vectors.vector(of: start), direct: vectors.vector(of: start).angle(to: goal), layer: first % layers), first)
        // 16 directions: a step to (dr, dc) needs every cell its centre line crosses open.
        // Each move is checked against a 5×5 mask of open cells around the expanded cell: bit
        // (dr + 2) * 5 + dc + 2 is set when the cell dr rows down and dc columns east is open.
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
        // Step cost of each move from each corridor row, meters.
        var stepCost = [Double](repeating: 0, count: (lastRow - firstRow + 1) * moves.count)
        for row in firstRow...lastRow {
            for (m, move) in moves.enumerated() {
                let horizontal = columnStep[(row - firstRow) * 5 + move.dr + 2] * Double(abs(move.dc))
                stepCost[(row - firstRow) * moves.count + m] =
                    (horizontal * horizontal + vertical * vertical * Double(move.dr * move.dr)).squareRoot()
            }
        }
        while let state = heap.pop() {
            let stored = states.index(ofState: state)
            if states.closed[stored] { continue }
            states.closed[stored] = true
            let at = state / layers, layer = state % layers
            let (row, column) = place(at)
            let cell = row * width + column
            if cell == target && layer == layers - 1 {
                var steps: [PathStep] = []
                var current = state
                while current >= 0 {
                    let channel = states.viaChannel[states.index(ofState: current)]
                    let (r, c) = place(current / layers)
                    steps.append(PathStep(cell: r * width + c, layer: current % layers,
                                          channel: channel >= 0 ? Int(channel) : nil))
                    current = Int(states.parent[states.index(ofState: current)])
                }
                return steps.reversed()
            }
            let g = states.best[stored]
            let costOffset = (row - firstRow) * moves.count
            var openMask: UInt32 = 0
            for dr in -2...2 {
                openMask |= UInt32(truncatingIfNeeded: water.openRun(row: row + dr, column: column - 2, count: 5)) << UInt32((dr + 2) * 5)
            }
            // The 16 moves, then any passage channels from this cell. The step is written out
            // here rather than in a nested function, which would box the arrays it updates.
            let links = channelEnd[at] ? channelsAt[cell] ?? [] : []
            for m in 0..<(moves.count + links.count) {
                let nextRow: Int, nextColumn: Int, cost: Double, channel: Int
                if m < moves.count {
                    let move = moves[m]
                    guard openMask & move.needed == move.needed else { continue }
                    var c = column + move.dc
                    if c < 0 { c += width } else if c >= width { c -= width }
                    (nextRow, nextColumn, cost, channel) = (row + move.dr, c, stepCost[costOffset + m], -1)
                } else {
                    let (index, other) = links[m - moves.count]
                    (nextRow, nextColumn, cost, channel) = (other / width, other % width, channels[index].lengthMeters, index)
                }
                let nextAt = position(nextRow, nextColumn)
                guard nextAt >= 0 else { continue }
                let next = nextRow * width + nextColumn
                let slot = nextAt / cellsPerSlot
                states.open(slot: slot)
                let nextStored = states.index(ofPosition: nextAt)
                var nextLayer = layer
                if layer < layers - 1 {
                    var mask = states.inAreas[nextStored]
                    if mask == 0 {
                        mask = areaMask(next)
                        states.inAreas[nextStored] = mask
                    }
                    nextLayer = advance(mask, layer)
                }
                guard allowed[slot] & (1 << UInt64(min(nextLayer, 63))) != 0 else { continue }
                let nextState = nextAt * layers + nextLayer
                states.open(slot: slot, layer: nextLayer)
                let stateStored = states.index(position: nextAt, layer: nextLayer)
                guard !states.closed[stateStored] else { continue }
                let candidate = g + cost
                guard candidate < states.best[stateStored] else { continue }
                states.best[stateStored] = candidate
                states.parent[stateStored] = Int32(state)
                states.viaChannel[stateStored] = Int16(channel)
                let v = vectors.vector(row: nextRow, column: nextColumn)
                var direct = Double(states.toGo[nextStored])
                if direct < 0 {
                    direct = v.angle(to: goal)
                    states.toGo[nextStored] = Float(direct)
                }
                let bound = nextLayer == layers - 1 ? direct * UnitVector.earthRadius
                    : estimate.meters(from: v, direct: direct, layer: nextLayer)
                var least = Double.infinity
                for k in guideStart[slot]..<guideStart[slot + 1]
                where guideLayers[k] == nextLayer || guideLayers[k] == nextLayer + 1 {
                    let c = guideCenters[k]
                    let dx = v.x - c.x, dy = v.y - c.y, dz = v.z - c.z
                    least = min(least, guideToGo[k] + Self.guideWeight * (dx * dx + dy * dy + dz * dz).squareRoot() * UnitVector.earthRadius)
                }
                let guided = least.isFinite ? least : 0
                heap.push(candidate + max(bound, guided), nextState)
            }
        }
        return nil
    }
}
