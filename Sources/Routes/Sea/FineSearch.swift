import Foundation
import Geo
import HeapModule

/// One step of a fine path: a cell and the number of via-areas passed on arrival, and the
/// channel taken to reach it, if any.
struct PathStep: Equatable {
    var cell: Int
    var layer: Int
    var channel: Int?
}

/// A* over the open cells of a corridor of blocks, 16-connected (a step needs every cell its
/// centre line crosses open, so it never cuts a corner), plus passage channels; layered by
/// via-areas like ``CorridorSearch``. Step costs are spherical distances between cell centres.
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

    func path(from start: Int, to target: Int, corridor blocks: Set<Int>) -> [PathStep]? {
        let grid = water.grid
        let n = BlockGraph.size
        let blocksAcross = grid.width / n
        let layers = areas.count + 1
        var slotOfBlock = [Int32](repeating: -1, count: blocksAcross * (grid.height / n))
        for (slot, block) in blocks.sorted().enumerated() { slotOfBlock[block] = Int32(slot) }
        let cellsPerSlot = n * n
        let stateCount = blocks.count * cellsPerSlot * layers
        func stateIndex(_ cell: Int, _ layer: Int) -> Int? {
            let row = cell / grid.width, column = cell % grid.width
            let slot = Int(slotOfBlock[(row / n) * blocksAcross + column / n])
            guard slot >= 0 else { return nil }
            return ((slot * cellsPerSlot) + (row % n) * n + column % n) * layers + layer
        }
        var best = [Double](repeating: .infinity, count: stateCount)
        var parent = [Int32](repeating: -1, count: stateCount)
        var cellOf = [Int32](repeating: -1, count: stateCount)
        var viaChannel = [Int16](repeating: -1, count: stateCount)
        let goal = vectors.vector(of: target)
        func heuristic(_ cell: Int) -> Double {
            vectors.vector(of: cell).angle(to: goal) * UnitVector.earthRadius
        }
        func advance(_ cell: Int, _ layer: Int) -> Int {
            var layer = layer
            if layer < layers - 1 {
                let center = grid.center(of: cell)
                while layer < layers - 1 && areas[layer].contains(center) { layer += 1 }
            }
            return layer
        }
        var channelsAt: [Int: [(Int, Int)]] = [:]  // cell → (channel, other end cell)
        var channelEnd = [Bool](repeating: false, count: blocks.count * cellsPerSlot)
        for (index, channel) in channels.enumerated() {
            channelsAt[channel.startCell, default: []].append((index, channel.endCell))
            channelsAt[channel.endCell, default: []].append((index, channel.startCell))
            for end in [channel.startCell, channel.endCell] {
                if let at = stateIndex(end, 0) { channelEnd[at / layers] = true }
            }
        }
        let cellAngle = Double.pi / 180 / Double(grid.cellsPerDegree)
        let vertical = cellAngle * UnitVector.earthRadius
        // Horizontal length of a one-column step from each corridor row to the row dr away
        // (dr = −2…2), at the pair's mean latitude: five cosines per row instead of one per step.
        let rows = blocks.map { ($0 / blocksAcross) * n }
        let firstRow = max(0, (rows.min() ?? 0) - 2)
        let lastRow = min(grid.height - 1, (rows.max() ?? 0) + n + 1)
        var columnStep = [Double](repeating: 0, count: (lastRow - firstRow + 1) * 5)
        for row in firstRow...lastRow {
            for dr in -2...2 {
                let meanLatitude = (grid.latitude(row: row) + grid.latitude(row: row + dr)) / 2
                columnStep[(row - firstRow) * 5 + dr + 2] = vertical * cos(meanLatitude * .pi / 180)
            }
        }
        guard let first = stateIndex(start, advance(start, 0)) else { return nil }
        best[first] = 0
        cellOf[first] = Int32(start)
        var heap = Heap<SearchEntry>()
        heap.insert(SearchEntry(estimate: heuristic(start), state: first))
        var closed = [Bool](repeating: false, count: stateCount)
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
        while let entry = heap.popMin() {
            let state = entry.state
            if closed[state] { continue }
            closed[state] = true
            let cell = Int(cellOf[state]), layer = state % layers
            if cell == target && layer == layers - 1 {
                var steps: [PathStep] = []
                var current = state
                while current >= 0 {
                    let channel = viaChannel[current]
                    steps.append(PathStep(cell: Int(cellOf[current]), layer: current % layers,
                                          channel: channel >= 0 ? Int(channel) : nil))
                    current = Int(parent[current])
                }
                return steps.reversed()
            }
            let g = best[state]
            let row = cell / grid.width, column = cell % grid.width
            let costOffset = (row - firstRow) * moves.count
            var open: UInt32 = 0
            for dr in -2...2 {
                let r = row + dr
                guard r >= 0, r < grid.height else { continue }
                for dc in -2...2 where water.isOpen(r * grid.width + grid.wrap(column + dc)) { open |= bit(dr, dc) }
            }
            func relax(_ next: Int, cost: Double, channel: Int) {
                let nextLayer = advance(next, layer)
                guard let nextState = stateIndex(next, nextLayer), !closed[nextState] else { return }
                let candidate = g + cost
                if candidate < best[nextState] {
                    best[nextState] = candidate
                    parent[nextState] = Int32(state)
                    cellOf[nextState] = Int32(next)
                    viaChannel[nextState] = Int16(channel)
                    heap.insert(SearchEntry(estimate: candidate + heuristic(next), state: nextState))
                }
            }
            for (m, move) in moves.enumerated() where open & move.needed == move.needed {
                relax((row + move.dr) * grid.width + grid.wrap(column + move.dc), cost: stepCost[costOffset + m], channel: -1)
            }
            guard channelEnd[state / layers] else { continue }
            for (index, other) in channelsAt[cell] ?? [] {
                relax(other, cost: channels[index].lengthMeters, channel: index)
            }
        }
        return nil
    }
}
