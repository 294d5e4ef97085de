import Foundation
import Geo

/// The coarse A* over ``BlockGraph`` nodes, layered by via-areas: a state is a node and the
/// number of areas already passed; the layer advances at nodes that touch the next area.
/// Returns the blocks of the best coarse path, the corridor the fine search is confined to.
struct CorridorSearch {
    var graph: BlockGraph
    let layers: Int
    /// When non-nil, collects the block of every node the corridor search expands: what a
    /// search with more passages open could differ in (see ``SeaRouter/reaches(_:_:)``).
    var expandedBlocks: Set<Int>?

    /// Weight on the distance-to-go (1 = plain A*; above 1 is weighted A*, Pohl 1970, faster
    /// but measured to give longer routes, e.g. Shanghai → Los Angeles +0.7% at 1.5).
    static let heuristicWeight = 1.0

    /// Landmark distances that sharpen the estimate, if loaded.
    let landmarks: Landmarks?

    init(graph: BlockGraph, landmarks: Landmarks? = nil) {
        self.graph = graph
        self.landmarks = landmarks
        layers = graph.areas.count + 1
    }

    private mutating func advance(_ node: Int, layer: Int) -> Int {
        var layer = layer
        while layer < layers - 1 && graph.touches(node, area: layer) { layer += 1 }
        return layer
    }

    /// One node of the coarse path: its block, the via-areas passed there, and the coarse
    /// distance still to go from its centroid to the target, meters.
    struct Step {
        /// The node: block << 10 | component.
        var node: Int
        var block: Int { node >> 10 }
        var layer: Int
        var toGo: Double
    }

    /// Whether `start` is sure to be cut off from `target`: a breadth-first walk over the
    /// graph from `target` runs out of nodes within `limit` without meeting `start`. So a
    /// voyage into a small closed sea (the Caspian, or the Black Sea with the Bosporus shut)
    /// fails at once, instead of after an A* from the open ocean has walked all of it. A sea
    /// larger than `limit` nodes gives false, and the search decides.
    mutating func isCutOff(_ start: Int, from target: Int, limit: Int) -> Bool {
        let startNode = graph.node(ofCell: start), targetNode = graph.node(ofCell: target)
        var seen: Set<Int> = [targetNode]
        var queue = [targetNode]
        var index = 0
        while index < queue.count {
            let node = queue[index]
            index += 1
            if node == startNode { return false }
            for (next, _) in graph.neighbours(of: node) where seen.insert(next).inserted {
                if seen.count > limit { return false }
                queue.append(next)
            }
        }
        return true
    }

    /// Angle a node's centroid may lie from the cells of it that touch an area: a block's
    /// half-diagonal.
    static let centroidSlack = 0.0065

    /// Blocks an area's box may hold for ``leastBound(into:landmarks:target:)`` to read them:
    /// a sea the size of the Mediterranean holds 15,000.
    static let areaBlockLimit = 40_000

    /// The least landmark bound to the target (`target`, its row) over the nodes of every
    /// block meeting `area`'s box — a superset of the nodes touching the area, so a lower
    /// bound of the way on from wherever a path passes it; 0 when the box is too large.
    ///
    /// A block that closed gates cut (`isCut`) holds other nodes than the table's, whose
    /// centroids lie up to a block's diagonal from theirs: its bounds give that much away.
    static func leastBound(into area: AreaPolygon, landmarks: Landmarks, target: [Int32], isCut: (Int) -> Bool = { _ in false }) -> Double {
        let size = Double(BlockGraph.size) / 60
        let down = 180 * 60 / BlockGraph.size
        let rows = max(0, Int(((90 - area.north) / size).rounded(.down)))...min(down - 1, Int(((90 - area.south) / size).rounded(.down)))
        let first = Int(((area.west + 180) / size).rounded(.down)), last = Int(((area.east + 180) / size).rounded(.down))
        guard rows.count * (last - first + 1) <= areaBlockLimit else { return 0 }
        var least = Double.infinity
        for row in rows {
            for column in first...last {
                let wrapped = (column % landmarks.blocksAcross + landmarks.blocksAcross) % landmarks.blocksAcross
                let block = row * landmarks.blocksAcross + wrapped
                let given = isCut(block) ? 2 * centroidSlack * UnitVector.earthRadius : 0
                for index in landmarks.nodes(ofBlock: block) {
                    least = min(least, max(0, landmarks.bound(from: index, target: target) - given))
                }
            }
        }
        return least.isFinite ? least : 0
    }

    /// The cheapest layered coarse path from `start` to `target` cells, or nil.
    mutating func corridor(from start: Int, to target: Int, expansionLimit: Int = 400_000) -> [Step]? {
        let startNode = graph.node(ofCell: start)
        let targetNode = graph.node(ofCell: target)
        let goal = graph.centroid(targetNode)
        let startState = startNode * layers + advance(startNode, layer: 0)
        // States get dense numbers as they are first reached, and the costs, parents and
        // closed flags in arrays by number.
        var numbers = StateNumbers(nodes: landmarks?.nodeCount ?? 0, layers: layers)
        let startIndex = landmarks.flatMap { graph.landmarkIndex(startNode, in: $0) }
        numbers.set(startState, landmarkIndex: startIndex, to: 0)
        var stateOf = [startState]
        var best = [0.0]
        var parent: [Int32] = [-1]
        var closed = [false]
        // Nodes are counted from their centroid, which may lie up to a block's half-diagonal
        // from the cells that touch an area: the estimate gives that much away to stay a bound.
        let estimate = ViaEstimate(areas: graph.areas, goal: goal, slack: Self.centroidSlack)
        // The landmarks' bound holds in every layer: what is left of the way ends at the target.
        let targetRow = landmarks.flatMap { table in graph.landmarkIndex(targetNode, in: table).map { table.row($0) } }
        // Before passing area k the way still goes to the area, then on from a node of it:
        // at least the gap to the area's cap plus the least landmark bound from its nodes.
        let areaTails: [Double] = landmarks.flatMap { table in
            targetRow.map { row in
                graph.areas.map { [graph = self.graph] in Self.leastBound(into: $0, landmarks: table, target: row, isCut: graph.isCut) }
            }
        } ?? []
        // A state's estimate is worked out once: a state is pushed again each time a shorter
        // way to it is found. `index` is the node's in the landmarks' table.
        var estimated: [Double] = [.nan]
        func toGo(state id: Int, _ node: Int, _ layer: Int, index: Int?) -> Double {
            if !estimated[id].isNaN { return estimated[id] }
            let point = graph.centroid(node)
            let direct = point.angle(to: goal)
            let toCap = layer < graph.areas.count ? graph.areas[layer].angleToCap(point) : 0
            var value = layer < graph.areas.count ? estimate.meters(direct: direct, toCap: toCap, layer: layer)
                : direct * UnitVector.earthRadius
            if let landmarks, let targetRow, let index {
                value = max(value, landmarks.bound(from: index, target: targetRow))
                if layer < areaTails.count, areaTails[layer] > 0 {
                    value = max(value, max(0, toCap - Self.centroidSlack) * UnitVector.earthRadius + areaTails[layer])
                }
            }
            estimated[id] = value
            return value
        }
        // The queue holds one entry per push, in push order (which breaks ties between equal
        // keys); `pushed` maps each to its state's number.
        var pushed: [Int32] = [0]
        var heap = MinQueue()
        heap.push(toGo(state: 0, startNode, startState % layers, index: startIndex), 0)
        var expansions = 0
        while let entry = heap.pop() {
            let id = Int(pushed[entry])
            guard !closed[id] else { continue }
            closed[id] = true
            let state = stateOf[id]
            let node = state / layers, layer = state % layers
            if node == targetNode && layer == layers - 1 {
                var blocks: [Step] = []
                var current = id
                let total = best[id]
                while current >= 0 {
                    let at = stateOf[current]
                    blocks.append(Step(node: at / layers, layer: at % layers, toGo: total - best[current]))
                    current = Int(parent[current])
                }
                return blocks.reversed()
            }
            expansions += 1
            if expansions > expansionLimit { return nil }
            expandedBlocks?.insert(node >> 10)
            let g = best[id]
            for (next, cost) in graph.neighbours(of: node) {
                let nextLayer = advance(next, layer: layer)
                let nextState = next * layers + nextLayer
                let index = landmarks.flatMap { graph.landmarkIndex(next, in: $0) }
                let nextID: Int
                if let known = numbers.number(of: nextState, landmarkIndex: index) {
                    nextID = known
                } else {
                    nextID = stateOf.count
                    numbers.set(nextState, landmarkIndex: index, to: nextID)
                    stateOf.append(nextState)
                    best.append(.infinity)
                    parent.append(-1)
                    closed.append(false)
                    estimated.append(.nan)
                }
                let candidate = g + cost
                if candidate < best[nextID] {
                    best[nextID] = candidate
                    parent[nextID] = Int32(id)
                    pushed.append(Int32(nextID))
                    heap.push(candidate + Self.heuristicWeight * toGo(state: nextID, next, nextLayer, index: index), pushed.count - 1)
                }
            }
        }
        return nil
    }
}

/// The numbers a search gives its states (node × layers + layer) as it first reaches them.
/// A node the landmarks' table numbers is found by that number in a table from `calloc`,
/// whose pages the system zeroes as they are first touched (a search that meets few nodes
/// pays for few pages); the others, in blocks closed gates cut, by hash.
struct StateNumbers {
    /// The state's number + 1 by landmark index × layers + layer; 0 before it is reached.
    private final class Table {
        let values: UnsafeMutablePointer<Int32>
        init(count: Int) {
            values = calloc(max(count, 1), MemoryLayout<Int32>.stride)!.assumingMemoryBound(to: Int32.self)
        }
        deinit { free(values) }
    }

    private let table: Table
    private let layers: Int
    private var hashed: [Int: Int32] = [:]

    init(nodes: Int, layers: Int) {
        table = Table(count: nodes * layers)
        self.layers = layers
    }

    /// The number of `state`, whose node has `landmarkIndex` in the table (or none), if given.
    func number(of state: Int, landmarkIndex: Int?) -> Int? {
        guard let landmarkIndex else { return hashed[state].map(Int.init) }
        let value = table.values[landmarkIndex * layers + state % layers]
        return value > 0 ? Int(value) - 1 : nil
    }

    mutating func set(_ state: Int, landmarkIndex: Int?, to number: Int) {
        if let landmarkIndex {
            table.values[landmarkIndex * layers + state % layers] = Int32(number + 1)
        } else {
            hashed[state] = Int32(number)
        }
    }
}
