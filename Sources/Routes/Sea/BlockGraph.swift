import Foundation
import Geo
import HeapModule

/// The coarse level of the search: 0.5° blocks of the water grid, each split into its
/// connected water components, labelled lazily as the search reaches them.
///
/// A node is one component of one block; two nodes are joined when open cells of each touch
/// across the block boundary, or when a passage channel joins them. An A* search over these
/// nodes (Hart, Nilsson & Raphael 1968) finds the corridor the fine search then works in.
struct BlockGraph {
    static let size = 30
    let water: NavigableWater
    let channels: [Channel]
    let areas: [AreaPolygon]
    let blocksAcross: Int
    let blocksDown: Int
    private var labels: [Int: [Int16]] = [:]
    private var centroids: [Int: [UnitVector]] = [:]
    private var inArea: [Int: [[Bool]]] = [:]
    private var channelsByBlock: [Int: [(channel: Int, end: Int)]] = [:]

    init(water: NavigableWater, channels: [Channel], areas: [AreaPolygon]) {
        self.water = water
        self.channels = channels
        self.areas = areas
        blocksAcross = water.grid.width / Self.size
        blocksDown = water.grid.height / Self.size
        for (index, channel) in channels.enumerated() {
            for (end, cell) in [channel.startCell, channel.endCell].enumerated() {
                channelsByBlock[block(ofCell: cell), default: []].append((index, end))
            }
        }
    }

    func block(ofCell cell: Int) -> Int {
        let row = cell / water.grid.width, column = cell % water.grid.width
        return (row / Self.size) * blocksAcross + column / Self.size
    }

    func cell(inBlock block: Int, local: Int) -> Int {
        let row = (block / blocksAcross) * Self.size + local / Self.size
        let column = (block % blocksAcross) * Self.size + local % Self.size
        return row * water.grid.width + column
    }

    func local(ofCell cell: Int) -> Int {
        let row = cell / water.grid.width, column = cell % water.grid.width
        return (row % Self.size) * Self.size + column % Self.size
    }

    /// Component labels of a block: −1 for closed cells, else 0..<count (4-connected).
    mutating func labelled(_ block: Int) -> [Int16] {
        if let known = labels[block] { return known }
        let n = Self.size
        var label = [Int16](repeating: -1, count: n * n)
        var open = [Bool](repeating: false, count: n * n)
        for local in 0..<(n * n) { open[local] = water.isOpen(cell(inBlock: block, local: local)) }
        var count: Int16 = 0
        var sums: [(Double, Double, Double, Int)] = []
        var stack: [Int] = []
        for seed in 0..<(n * n) where open[seed] && label[seed] < 0 {
            label[seed] = count
            stack.append(seed)
            var sum = (0.0, 0.0, 0.0, 0)
            while let local = stack.popLast() {
                let v = UnitVector(water.grid.center(of: cell(inBlock: block, local: local)))
                sum = (sum.0 + v.x, sum.1 + v.y, sum.2 + v.z, sum.3 + 1)
                let r = local / n, c = local % n
                for (dr, dc) in [(0, 1), (0, -1), (1, 0), (-1, 0)] {
                    let rr = r + dr, cc = c + dc
                    guard rr >= 0, rr < n, cc >= 0, cc < n else { continue }
                    let next = rr * n + cc
                    if open[next] && label[next] < 0 { label[next] = count; stack.append(next) }
                }
            }
            sums.append(sum)
            count += 1
        }
        labels[block] = label
        centroids[block] = sums.map { s in
            let norm = (s.0 * s.0 + s.1 * s.1 + s.2 * s.2).squareRoot()
            return UnitVector(x: s.0 / norm, y: s.1 / norm, z: s.2 / norm)
        }
        return label
    }

    mutating func centroid(_ node: Int) -> UnitVector {
        let block = node >> 10
        _ = labelled(block)
        return centroids[block]![node & 1023]
    }

    /// The node (block << 10 | component) of an open cell.
    mutating func node(ofCell cell: Int) -> Int {
        let block = block(ofCell: cell)
        let label = labelled(block)[local(ofCell: cell)]
        return block << 10 | Int(label)
    }

    /// Whether a node has a cell whose centre lies inside area `index`.
    mutating func touches(_ node: Int, area index: Int) -> Bool {
        let block = node >> 10
        if inArea[block] == nil {
            let label = labelled(block)
            let count = centroids[block]!.count
            var table = [[Bool]](repeating: [Bool](repeating: false, count: count), count: areas.count)
            for (a, area) in areas.enumerated() {
                for local in 0..<label.count where label[local] >= 0 && !table[a][Int(label[local])] {
                    if area.contains(water.grid.center(of: cell(inBlock: block, local: local))) {
                        table[a][Int(label[local])] = true
                    }
                }
            }
            inArea[block] = table
        }
        return inArea[block]![index][node & 1023]
    }

    /// Nodes reachable in one step, with their cost in meters (centroid to centroid, or the
    /// channel's length). Diagonal blocks count as neighbours when reached through a side
    /// neighbour, so coarse paths are not held to a staircase.
    mutating func neighbours(of node: Int) -> [(node: Int, cost: Double)] {
        let block = node >> 10
        let bx = block % blocksAcross, by = block / blocksAcross
        var found = orthogonal(of: node)
        for side in found {
            for next in orthogonal(of: side) {
                let b = next >> 10
                let dx = abs(b % blocksAcross - bx), dy = abs(b / blocksAcross - by)
                if dy == 1 && (dx == 1 || dx == blocksAcross - 1) { found.insert(next) }
            }
        }
        let here = centroid(node)
        var result: [(node: Int, cost: Double)] = found.map { next in
            (next, here.angle(to: centroid(next)) * UnitVector.earthRadius)
        }
        let label = labelled(block)
        let component = Int16(node & 1023)
        for (index, end) in channelsByBlock[block] ?? [] {
            let channel = channels[index]
            let cellHere = end == 0 ? channel.startCell : channel.endCell
            guard label[local(ofCell: cellHere)] == component else { continue }
            let other = end == 0 ? channel.endCell : channel.startCell
            result.append((self.node(ofCell: other), channel.lengthMeters))
        }
        return result
    }

    /// Nodes of the four side blocks whose open cells touch this node's across the boundary.
    private mutating func orthogonal(of node: Int) -> Set<Int> {
        let block = node >> 10, component = Int16(node & 1023)
        let label = labelled(block)
        let n = Self.size
        let bx = block % blocksAcross, by = block / blocksAcross
        var found = Set<Int>()
        // (neighbour block, local cells on our side, matching local cells on theirs)
        var sides: [(Int, (Int) -> Int, (Int) -> Int)] = []
        sides.append((by * blocksAcross + (bx + 1) % blocksAcross, { $0 * n + n - 1 }, { $0 * n }))
        sides.append((by * blocksAcross + (bx - 1 + blocksAcross) % blocksAcross, { $0 * n }, { $0 * n + n - 1 }))
        if by > 0 { sides.append(((by - 1) * blocksAcross + bx, { $0 }, { (n - 1) * n + $0 })) }
        if by < blocksDown - 1 { sides.append(((by + 1) * blocksAcross + bx, { (n - 1) * n + $0 }, { $0 })) }
        for (other, ours, theirs) in sides {
            var otherLabel: [Int16]?
            for i in 0..<n where label[ours(i)] == component {
                if otherLabel == nil { otherLabel = labelled(other) }
                let l = otherLabel![theirs(i)]
                if l >= 0 { found.insert(other << 10 | Int(l)) }
            }
        }
        return found
    }
}
