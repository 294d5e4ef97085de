import Foundation
import Geo

/// The coarse level of the search: 0.5° blocks of the water grid, each split into its
/// connected water components, labelled lazily as the search reaches them.
///
/// A node is one component of one block; two nodes are joined when open cells of each touch
/// across the block boundary, or when a passage channel joins them. An A* search over these
/// nodes (Hart, Nilsson & Raphael 1968) finds the corridor the fine search then works in.
struct BlockGraph {
    static let size = WaterGrid.blockSize
    let water: NavigableWater
    let channels: [Channel]
    let areas: [AreaPolygon]
    let blocksAcross: Int
    let blocksDown: Int
    let vectors: CellVectors
    /// Per block, the index of its labelling in the stores below, or −1 before it is labelled.
    private var slot: [Int32]
    /// Per block: land, water or mixed, or not read yet.
    private var uniformity: [WaterGrid.BlockKind]
    /// Per block: whether closed cells split it, so its nodes are not the open water's.
    private var cut: [Bool]
    private var labelStore: [[Int16]] = []
    private var centroidStore: [[UnitVector]] = []
    /// Per labelled block (as `labelStore`), where its components' area flags start in
    /// `areaFlags` (component × areas + area), −1 before they are found, ``touchesNone``
    /// when no area's bounds reach the block (or it has no water).
    private var areaStart: [Int32] = []
    private var areaFlags: [Bool] = []
    private var channelsByBlock: [Int: [(channel: Int, end: Int)]] = [:]
    /// Neighbours found so far, by node: a layered search meets a node once per layer (a
    /// search with no via-areas meets it once, and keeps none).
    private var neighbourCache: [Int: [(node: Int, cost: Double)]] = [:]
    /// The neighbours the router kept before this graph was made (``BlockLabels``).
    private let keptNeighbours: [Int: [(node: Int, cost: Double)]]
    private var sideCache: [Int: [Int]] = [:]
    /// The via-areas' crossings with the rows of the blocks asked about.
    var areaRows: AreaRows

    init(water: NavigableWater, channels: [Channel], areas: [AreaPolygon], vectors: CellVectors? = nil) {
        self.water = water
        self.channels = channels
        self.areas = areas
        areaRows = AreaRows(areas: areas, grid: water.grid)
        keptNeighbours = water.grid.blockLabels.keptNeighbours
        self.vectors = vectors ?? CellVectors(grid: water.grid)
        blocksAcross = water.grid.width / Self.size
        blocksDown = water.grid.height / Self.size
        slot = [Int32](repeating: -1, count: blocksAcross * blocksDown)
        // Uniform blocks are known from the raster; blocks holding a closed cell are read
        // cell by cell like mixed ones.
        uniformity = water.grid.blockKinds
        cut = [Bool](repeating: false, count: blocksAcross * blocksDown)
        for block in water.closedBlocks {
            uniformity[block] = .unread
            cut[block] = true
        }
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
        let known = slot[block]
        if known >= 0 { return labelStore[Int(known)] }
        let n = Self.size
        let base = cell(inBlock: block, local: 0)
        let width = water.grid.width
        let row0 = base / width, column0 = base % width
        if uniformity[block] == .land || uniformity[block] == .water {
            let water = uniformity[block] == .water
            let label = Self.uniform[water ? 1 : 0]
            slot[block] = Int32(labelStore.count)
            labelStore.append(label)
            centroidStore.append(water ? [vectors.squareMean(row: row0, column: column0, size: n)] : [])
            areaStart.append(-1)
            return label
        }
        // A block no closed cell cuts is labelled from the grid alone: once for the router.
        if !cut[block], let kept = water.grid.blockLabels.labelled(block) {
            uniformity[block] = .mixed
            slot[block] = Int32(labelStore.count)
            labelStore.append(kept.labels)
            centroidStore.append(kept.centroids)
            areaStart.append(-1)
            return kept.labels
        }
        // Open cells row by row, read a word at a time: bit c of rows[r] is local r * n + c.
        var rows = [UInt64](repeating: 0, count: n)
        var openCount = 0
        for r in 0..<n {
            rows[r] = water.openRun(row: row0 + r, column: column0, count: n)
            openCount += rows[r].nonzeroBitCount
        }
        var label: [Int16]
        var sums: [UnitVector] = []
        if openCount == 0 || openCount == n * n {
            // All land, or all water: no flood fill needed (one component spanning the block).
            label = Self.uniform[openCount == 0 ? 0 : 1]
            uniformity[block] = openCount == 0 ? .land : .water
            if openCount > 0 { sums.append(vectors.squareMean(row: row0, column: column0, size: n)) }
        } else {
            uniformity[block] = .mixed
            label = [Int16](repeating: -1, count: n * n)
            // Cells not yet labelled, a bit each as in `rows`; a cell's bit is cleared when it
            // is pushed, so a bit set means open and unlabelled.
            var pending = rows
            var count: Int16 = 0
            let vectors = self.vectors
            label.withUnsafeMutableBufferPointer { label in
                pending.withUnsafeMutableBufferPointer { pending in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: n * n) { stack in
                        var depth = 0
                        @inline(__always) func push(_ local: Int, _ r: Int, _ c: Int) {
                            guard pending[r] & (1 << UInt64(c)) != 0 else { return }
                            pending[r] &= ~(1 << UInt64(c))
                            label[local] = count
                            stack[depth] = local
                            depth += 1
                        }
                        for r0 in 0..<n {
                            while pending[r0] != 0 {
                                let c0 = pending[r0].trailingZeroBitCount
                                push(r0 * n + c0, r0, c0)
                                var sx = 0.0, sy = 0.0, sz = 0.0
                                while depth > 0 {
                                    depth -= 1
                                    let local = stack[depth]
                                    let r = local / n, c = local - r * n
                                    let v = vectors.vector(row: row0 + r, column: column0 + c)
                                    sx += v.x; sy += v.y; sz += v.z
                                    if c + 1 < n { push(local + 1, r, c + 1) }
                                    if c > 0 { push(local - 1, r, c - 1) }
                                    if r + 1 < n { push(local + n, r + 1, c) }
                                    if r > 0 { push(local - n, r - 1, c) }
                                }
                                let norm = (sx * sx + sy * sy + sz * sz).squareRoot()
                                sums.append(UnitVector(x: sx / norm, y: sy / norm, z: sz / norm))
                                count += 1
                            }
                        }
                    }
                }
            }
        }
        slot[block] = Int32(labelStore.count)
        labelStore.append(label)
        centroidStore.append(sums)
        areaStart.append(-1)
        if !cut[block] && uniformity[block] == .mixed {
            water.grid.blockLabels.keep(block, BlockLabels.Labelled(labels: label, centroids: sums))
        }
        return label
    }

    /// The labels of an all-land and of an all-water block, shared by every such block.
    private static let uniform: [[Int16]] = [[Int16](repeating: -1, count: size * size),
                                             [Int16](repeating: 0, count: size * size)]

    mutating func centroid(_ node: Int) -> UnitVector {
        let block = node >> 10
        if slot[block] < 0 { _ = labelled(block) }
        return centroidStore[Int(slot[block])][node & 1023]
    }

    /// The node (block << 10 | component) of an open cell.
    mutating func node(ofCell cell: Int) -> Int {
        let block = block(ofCell: cell)
        let label = labelled(block)[local(ofCell: cell)]
        return block << 10 | Int(label)
    }

    /// The index of `node` in `landmarks`' table, or nil when closed cells cut its block (its
    /// nodes are not the open water's) or the table does not know it.
    @inline(__always)
    func landmarkIndex(_ node: Int, in landmarks: Landmarks) -> Int? {
        let block = node >> 10
        guard !cut[block] else { return nil }
        let nodes = landmarks.nodes(ofBlock: block)
        let index = nodes.lowerBound + node & 1023
        return index < nodes.upperBound ? index : nil
    }

    /// Whether closed cells cut `block`, so its nodes are not the open water's.
    func isCut(_ block: Int) -> Bool { cut[block] }

    /// `areaStart` of a block no area's bounds reach: its nodes touch none.
    private static let touchesNone: Int32 = -2

    /// Whether a node has a cell whose centre lies inside area `index`.
    mutating func touches(_ node: Int, area index: Int) -> Bool {
        let block = node >> 10
        if slot[block] < 0 { _ = labelled(block) }
        let at = Int(slot[block])
        if areaStart[at] == Self.touchesNone { return false }
        if areaStart[at] < 0 {
            let label = labelStore[at]
            let count = centroidStore[at].count, areaCount = areas.count
            let grid = water.grid
            let base = cell(inBlock: block, local: 0)
            let row0 = base / grid.width, column0 = base % grid.width
            let north = grid.latitude(row: row0), south = grid.latitude(row: row0 + Self.size - 1)
            let west = grid.longitude(column: column0), east = grid.longitude(column: column0 + Self.size - 1)
            // The areas whose bounds a cell centre of the block can fall in.
            let near = (0..<areaCount).filter { a in
                let area = areas[a]
                return north >= area.south && south <= area.north
                    && (-2...2).contains { k in east + Double(k) * 360 >= area.west && west + Double(k) * 360 <= area.east }
            }
            guard !near.isEmpty, count > 0 else {
                areaStart[at] = Self.touchesNone
                return false
            }
            areaStart[at] = Int32(areaFlags.count)
            var flags = [Bool](repeating: false, count: count * areaCount)
            for a in near {
                let area = areas[a]
                var marked = 0
                func mark(_ component: Int) {
                    guard !flags[component * areaCount + a] else { return }
                    flags[component * areaCount + a] = true
                    marked += 1
                }
                for r in 0..<Self.size where marked < count {
                    // Most rows lie wholly inside or outside the area: one test at each end.
                    if let inside = areaRows.span(row: row0 + r, from: column0, to: column0 + Self.size - 1, area: a) {
                        guard inside else { continue }
                        for c in 0..<Self.size where label[r * Self.size + c] >= 0 { mark(Int(label[r * Self.size + c])) }
                        continue
                    }
                    let crossings = areaRows.crossings(row: row0 + r, area: a)
                    for c in 0..<Self.size {
                        let component = Int(label[r * Self.size + c])
                        guard component >= 0, !flags[component * areaCount + a],
                              AreaRows.inside(grid.longitude(column: column0 + c), area: area, crossings: crossings) else { continue }
                        mark(component)
                    }
                }
            }
            areaFlags += flags
        }
        return areaFlags[Int(areaStart[at]) + (node & 1023) * areas.count + index]
    }

    /// Nodes reachable in one step, with their cost in meters (centroid to centroid, or the
    /// channel's length). Diagonal blocks count as neighbours when reached through a side
    /// neighbour, so coarse paths are not held to a staircase.
    mutating func neighbours(of node: Int) -> [(node: Int, cost: Double)] {
        let block = node >> 10
        let bx = block % blocksAcross, by = block / blocksAcross
        // Over the grid alone the neighbours depend on the labels of the nine blocks round
        // the node's: the router keeps them for later queries when no closed cell cuts any.
        let uncut = water.closedBlocks.isEmpty || (-1...1).allSatisfy { dy in
            (-1...1).allSatisfy { dx in
                let y = by + dy
                return y < 0 || y >= blocksDown || !cut[y * blocksAcross + (bx + dx + blocksAcross) % blocksAcross]
            }
        }
        if uncut && channelsByBlock[block] == nil, let kept = keptNeighbours[node] { return kept }
        if let known = neighbourCache[node] { return known }
        var result: [(node: Int, cost: Double)]
        if uncut, let kept = keptNeighbours[node] ?? water.grid.blockLabels.neighbours(node) {
            result = kept
        } else {
            var found = orthogonal(of: node)
            for side in found {
                for next in orthogonal(of: side) {
                    let b = next >> 10
                    let dx = abs(b % blocksAcross - bx), dy = abs(b / blocksAcross - by)
                    if dy == 1 && (dx == 1 || dx == blocksAcross - 1) && !found.contains(next) { found.append(next) }
                }
            }
            let here = centroid(node)
            result = found.map { next in
                (next, here.angle(to: centroid(next)) * UnitVector.earthRadius)
            }
            if uncut { water.grid.blockLabels.keep(neighbours: result, of: node) }
        }
        let component = Int16(node & 1023)
        for (index, end) in channelsByBlock[block] ?? [] {
            let label = labelled(block)
            let channel = channels[index]
            let cellHere = end == 0 ? channel.startCell : channel.endCell
            guard label[local(ofCell: cellHere)] == component else { continue }
            let other = end == 0 ? channel.endCell : channel.startCell
            result.append((self.node(ofCell: other), channel.lengthMeters))
        }
        if !areas.isEmpty { neighbourCache[node] = result }
        return result
    }

    /// Nodes of the four side blocks whose open cells touch this node's across the boundary.
    mutating func orthogonal(of node: Int) -> [Int] {
        if let known = sideCache[node] { return known }
        let block = node >> 10, component = Int16(node & 1023)
        let label = labelled(block)
        let n = Self.size
        let bx = block % blocksAcross, by = block / blocksAcross
        var found: [Int] = []
        // Each side: the neighbour block, then the first local cell and stride along the
        // boundary on our side and on theirs.
        func scan(_ other: Int, ours: Int, theirs: Int, stride: Int) {
            // Between two all-water blocks the whole side is open: one neighbour, no scan.
            if uniformity[block] == .water {
                _ = labelled(other)
                if uniformity[other] == .water {
                    found.append(other << 10)
                    return
                }
                if uniformity[other] == .land { return }
            }
            var otherLabel: [Int16]?
            for i in 0..<n where label[ours + i * stride] == component {
                if otherLabel == nil { otherLabel = labelled(other) }
                let l = otherLabel![theirs + i * stride]
                if l >= 0 {
                    let next = other << 10 | Int(l)
                    if !found.contains(next) { found.append(next) }
                }
            }
        }
        scan(by * blocksAcross + (bx + 1) % blocksAcross, ours: n - 1, theirs: 0, stride: n)
        scan(by * blocksAcross + (bx - 1 + blocksAcross) % blocksAcross, ours: 0, theirs: n - 1, stride: n)
        if by > 0 { scan((by - 1) * blocksAcross + bx, ours: 0, theirs: (n - 1) * n, stride: 1) }
        if by < blocksDown - 1 { scan((by + 1) * blocksAcross + bx, ours: (n - 1) * n, theirs: 0, stride: 1) }
        sideCache[node] = found
        return found
    }
}
