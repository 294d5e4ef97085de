import Foundation
import Geo

/// A water path along a coarse path's own nodes, found without a search over the corridor.
///
/// Consecutive nodes are crossed at the pair of touching boundary cells that makes the way
/// from the cell the node was entered at, through the pair, to the centroid of the node
/// ``lookahead`` steps on shortest; inside a node the way from the cell it is entered at to the cell it is left at is
/// a straight arc when that arc has line of sight (``NavigableWater/sight(from:to:)``), else
/// the shortest 8-connected path through the node's own cells (a search of one block, never
/// cutting a corner). A node where the coarse path passes a via-area is crossed through the
/// cell of that area nearest the way in. Steps joined by a straight arc may lie far apart;
/// every other step joins touching open cells. The taut-pulling after it
/// (``PathSmoother``) pulls the line straight across the blocks, so the path is the coarse
/// path's way round every island and headland, pulled taut.
extension BlockGraph {
    /// How far ahead along the coarse path a crossing looks: the pair of boundary cells is
    /// chosen towards the centroid of the node this many steps on. Measured on the 16 voyages
    /// against bench/sea_check.py: 1 (the next node) leaves the line zigzagging between
    /// centroids, and some islands fall on the wrong side of it (Piraeus → Jeddah +1.97%);
    /// 3, 6 and 12 give 1.71%, 1.43% and 1.42% on it, and 6 the lowest mean.
    static let lookahead = 6

    /// Coarse paths of this many nodes or more have their line laid on both cores
    /// (``line(along:from:to:)``).
    static let parallelNodes = 120

    /// Nodes before the middle of the coarse path the far half's line starts at (or at the
    /// node along a coast nearest there): room for it to fall in with the near half's before
    /// the middle.
    static let overlapNodes = 12

    /// The steps from `start` to `end` cells along `path` (from ``CorridorSearch/corridor(from:to:expansionLimit:)``),
    /// or nil when two of its nodes are joined in no way this graph knows.
    ///
    /// A long path's line is laid on both cores with the same steps: the far half's from a
    /// cell of a node before the middle, while the near half's is laid up to that node. From
    /// a pair of nodes on, the line depends only on the cell and layer it got to, so once
    /// the near half's reaches a node at the cell and layer the far half's did, the rest is
    /// the far half's. Until then the near half goes on by itself.
    mutating func line(along path: [CorridorSearch.Step], from start: Int, to end: Int) -> [PathStep]? {
        guard let first = path.first, first.node == node(ofCell: start), path.last?.node == node(ofCell: end) else { return nil }
        var steps = [PathStep(cell: start, layer: 0, channel: nil)]
        guard pass(areasBelow: first.layer, in: first.node, steps: &steps) else { return nil }
        let pairs = path.count - 1
        guard path.count >= Self.parallelNodes else {
            for k in 0..<pairs { guard follow(path, pair: k, steps: &steps) else { return nil } }
            return finish(path, at: end, steps: &steps) ? steps : nil
        }
        return lineInHalves(path, at: end, steps: steps)
    }

    /// ``line(along:from:to:)`` on both cores, from `steps` laid in the path's first node.
    private mutating func lineInHalves(_ path: [CorridorSearch.Step], at end: Int, steps: [PathStep]) -> [PathStep]? {
        var steps = steps
        let pairs = path.count - 1
        // The far half starts at a node along a coast nearest the middle less the overlap:
        // there the ways in are few and the two halves fall in together at once, where over
        // open ocean they may run side by side for a hundred nodes.
        let middle = path.count / 2 - Self.overlapNodes
        let split = (path.count / 4..<(3 * path.count / 4)).filter { water.grid.blockKinds[path[$0].node >> 10] != .water }
            .min { (abs($0 - middle), $0) < (abs($1 - middle), $1) } ?? middle
        let near = self, seed = self.cell(of: path[split].node), begun = steps
        // Near: the pairs before the split node. Far: from a cell of the split node to the end,
        // with where its steps stood after each pair.
        let halves = Parallel.map([0, 1]) { half -> (graph: BlockGraph, steps: [PathStep], after: [Int], whole: Bool) in
            var graph = near
            if half == 0 {
                var own = begun
                for k in 0..<split { guard graph.follow(path, pair: k, steps: &own) else { return (graph, [], [], false) } }
                return (graph, own, [], true)
            }
            var own = [PathStep(cell: seed, layer: path[split].layer, channel: nil)]
            var after: [Int] = []
            for k in split..<pairs {
                guard graph.follow(path, pair: k, steps: &own) else { return (graph, own, after, false) }
                after.append(own.count)
            }
            let whole = graph.finish(path, at: end, steps: &own)
            return (graph, own, after, whole)
        }
        self = halves[0].graph
        guard halves[0].whole else { return nil }
        steps = halves[0].steps
        let far = halves[1]
        for k in split..<pairs {
            guard follow(path, pair: k, steps: &steps) else { return nil }
            let at = k - split
            if at < far.after.count, far.steps[far.after[at] - 1] == steps[steps.count - 1] {
                guard far.whole else { return nil }
                return steps + far.steps[far.after[at]...]
            }
        }
        return finish(path, at: end, steps: &steps) ? steps : nil
    }

    /// Lays the line from the steps' last cell (in node `k` of `path`) across into node
    /// `k + 1`, and through the via-areas that node passes.
    mutating func follow(_ path: [CorridorSearch.Step], pair k: Int, steps: inout [PathStep]) -> Bool {
        let u = path[k].node, v = path[k + 1].node
        let ahead = centroid(path[min(path.count - 1, k + Self.lookahead)].node)
        if orthogonal(of: u).contains(v) {
            guard cross(from: u, to: v, toward: ahead, steps: &steps) else { return false }
        } else if let side = orthogonal(of: u).first(where: { orthogonal(of: $0).contains(v) }) {
            guard cross(from: u, to: side, toward: ahead, steps: &steps), cross(from: side, to: v, toward: ahead, steps: &steps) else { return false }
        } else if let (index, from, to) = channel(joining: u, v) {
            guard walk(to: from, in: u, steps: &steps) else { return false }
            steps.append(PathStep(cell: to, layer: steps[steps.count - 1].layer, channel: index))
        } else {
            return false
        }
        return pass(areasBelow: path[k + 1].layer, in: v, steps: &steps)
    }

    /// Walks the line from its last cell to `end` in the path's last node: false when that
    /// fails or leaves a via-area unpassed.
    mutating func finish(_ path: [CorridorSearch.Step], at end: Int, steps: inout [PathStep]) -> Bool {
        walk(to: end, in: path[path.count - 1].node, steps: &steps) && steps[steps.count - 1].layer == areas.count
    }

    /// A cell of `node`: the first of its block, row by row, in its component.
    private mutating func cell(of node: Int) -> Int {
        let component = Int16(node & 1023)
        let local = labelled(node >> 10).firstIndex(of: component) ?? 0
        return cell(inBlock: node >> 10, local: local)
    }

    /// A channel from a cell of node `u` to a cell of node `v`: its index and the two cells.
    private mutating func channel(joining u: Int, _ v: Int) -> (Int, Int, Int)? {
        for (index, channel) in channels.enumerated() {
            let a = node(ofCell: channel.startCell), b = node(ofCell: channel.endCell)
            if a == u && b == v { return (index, channel.startCell, channel.endCell) }
            if a == v && b == u { return (index, channel.endCell, channel.startCell) }
        }
        return nil
    }

    /// Takes the steps' last cell, in `node`, through a cell of each via-area from the layer
    /// reached so far up to `layer`.
    private mutating func pass(areasBelow layer: Int, in node: Int, steps: inout [PathStep]) -> Bool {
        while steps[steps.count - 1].layer < layer {
            let area = steps[steps.count - 1].layer
            guard let inside = cell(of: node, inArea: area, nearest: steps[steps.count - 1].cell),
                  walk(to: inside, in: node, steps: &steps) else { return false }
            steps[steps.count - 1].layer = area + 1
        }
        return true
    }

    /// The cell of `node` whose centre lies in via-area `area`, nearest to `cell` (a cell of
    /// the node's block or beside it).
    private mutating func cell(of node: Int, inArea area: Int, nearest cell: Int) -> Int? {
        let block = node >> 10, component = Int16(node & 1023)
        let label = labelled(block)
        let n = Self.size, width = water.grid.width
        let base = self.cell(inBlock: block, local: 0)
        let row0 = base / width, column0 = base % width
        let target = (row: cell / width - row0, column: cell % width - column0)
        let stretch = cos(water.grid.latitude(row: row0 + n / 2) * .pi / 180)
        var best: (Double, Int)?
        for r in 0..<n {
            let crossings = areaRows.crossings(row: row0 + r, area: area)
            guard !crossings.isEmpty else { continue }
            for c in 0..<n where label[r * n + c] == component
            && AreaRows.inside(water.grid.longitude(column: column0 + c), area: areas[area], crossings: crossings) {
                let dr = Double(r - target.row), dc = Double(c - target.column) * stretch
                let distance = dr * dr + dc * dc
                if best == nil || distance < best!.0 { best = (distance, r * n + c) }
            }
        }
        return best.map { self.cell(inBlock: block, local: $0.1) }
    }

    /// Steps from the steps' last cell (in `u`) into node `v` of a side block: across the
    /// pair of touching boundary cells that makes the way from that cell to `goal` shortest.
    private mutating func cross(from u: Int, to v: Int, toward goal: UnitVector, steps: inout [PathStep]) -> Bool {
        let a = u >> 10, b = v >> 10
        let n = Self.size
        let ax = a % blocksAcross, ay = a / blocksAcross, bx = b % blocksAcross, by = b / blocksAcross
        // Our first boundary cell, theirs, and the stride along the side.
        let ours: Int, theirs: Int, stride: Int
        if ay == by {
            let east = bx == (ax + 1) % blocksAcross
            (ours, theirs, stride) = east ? (n - 1, 0, n) : (0, n - 1, n)
        } else {
            (ours, theirs, stride) = by > ay ? ((n - 1) * n, 0, 1) : (0, (n - 1) * n, 1)
        }
        let ourLabel = labelled(a), theirLabel = labelled(b)
        let here = vectors.vector(of: steps[steps.count - 1].cell)
        var best: (Double, Int)?
        for i in 0..<n where ourLabel[ours + i * stride] == Int16(u & 1023) && theirLabel[theirs + i * stride] == Int16(v & 1023) {
            let p = vectors.vector(of: cell(inBlock: a, local: ours + i * stride))
            let q = vectors.vector(of: cell(inBlock: b, local: theirs + i * stride))
            let length = Self.chord(here, p) + Self.chord(q, goal)
            if best == nil || length < best!.0 { best = (length, i) }
        }
        guard let i = best?.1 else { return false }
        guard walk(to: cell(inBlock: a, local: ours + i * stride), in: u, steps: &steps) else { return false }
        steps.append(PathStep(cell: cell(inBlock: b, local: theirs + i * stride), layer: steps[steps.count - 1].layer, channel: nil))
        return true
    }

    /// The straight-line distance between two unit vectors: ordered as the arcs are.
    private static func chord(_ a: UnitVector, _ b: UnitVector) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z
        return (dx * dx + dy * dy + dz * dz).squareRoot()
    }

    /// Steps from the steps' last cell to `target`, both cells of `node`: one straight step
    /// when the arc between their centres has line of sight, else the shortest 8-connected
    /// way through the node's cells.
    private mutating func walk(to target: Int, in node: Int, steps: inout [PathStep]) -> Bool {
        let from = steps[steps.count - 1].cell
        guard from != target else { return true }
        let layer = steps[steps.count - 1].layer
        let grid = water.grid
        if water.sight(from: grid.center(of: from), to: grid.center(of: target)) {
            steps.append(PathStep(cell: target, layer: layer, channel: nil))
            return true
        }
        let block = node >> 10
        guard let way = shortestWay(in: block, component: Int16(node & 1023), from: local(ofCell: from), to: local(ofCell: target)) else {
            return false
        }
        for local in way.dropFirst() { steps.append(PathStep(cell: cell(inBlock: block, local: local), layer: layer, channel: nil)) }
        return true
    }

    /// The shortest 8-connected way between two cells of one component of `block` (locals),
    /// a diagonal step needing both cells beside it in the component; A* with the block's
    /// mid-latitude scale.
    private mutating func shortestWay(in block: Int, component: Int16, from start: Int, to target: Int) -> [Int]? {
        let label = labelled(block)
        let n = Self.size
        let base = cell(inBlock: block, local: 0)
        let stretch = cos(water.grid.latitude(row: base / water.grid.width + n / 2) * .pi / 180)
        let diagonal = (1 + stretch * stretch).squareRoot()
        let tr = target / n, tc = target % n
        func estimate(_ local: Int) -> Double {
            let dr = Double(local / n - tr), dc = Double(local % n - tc) * stretch
            return (dr * dr + dc * dc).squareRoot()
        }
        // Scratch on the stack: a line asks for a few hundred of these small searches.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n * n) { best in
            withUnsafeTemporaryAllocation(of: Int16.self, capacity: n * n) { parent in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: n * n) { closed -> [Int]? in
                    best.initialize(repeating: .infinity)
                    parent.initialize(repeating: -1)
                    closed.initialize(repeating: false)
                    var heap = MinQueue(capacity: 256)
                    best[start] = 0
                    heap.push(estimate(start), start)
                    while let local = heap.pop() {
                        if closed[local] { continue }
                        closed[local] = true
                        if local == target {
                            var way = [local]
                            while way[way.count - 1] != start { way.append(Int(parent[way[way.count - 1]])) }
                            return way.reversed()
                        }
                        let r = local / n, c = local % n
                        for dr in -1...1 {
                            for dc in -1...1 where dr != 0 || dc != 0 {
                                let nr = r + dr, nc = c + dc
                                guard nr >= 0, nr < n, nc >= 0, nc < n, label[nr * n + nc] == component else { continue }
                                if dr != 0 && dc != 0 && (label[nr * n + c] != component || label[r * n + nc] != component) { continue }
                                let next = nr * n + nc
                                let candidate = best[local] + (dr != 0 && dc != 0 ? diagonal : dr != 0 ? 1 : stretch)
                                guard !closed[next], candidate < best[next] else { continue }
                                best[next] = candidate
                                parent[next] = Int16(local)
                                heap.push(candidate + estimate(next), next)
                            }
                        }
                    }
                    return nil
                }
            }
        }
    }
}
