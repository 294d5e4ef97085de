import Foundation
import Geo

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
    /// The via-areas holding each cell reached, found row by row.
    var areaRows: AreaRows
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
        areaRows = AreaRows(areas: search.areas, grid: search.water.grid)
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
        let first = startAt * layers + advance(areaRows.mask(row: start / layout.width, column: start % layout.width), 0)
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
                    mask = areaRows.mask(row: nextRow, column: nextColumn)
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
