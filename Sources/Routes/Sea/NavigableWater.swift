import Foundation
import Geo

/// The water a query may use: the raster less the cells of closed passage gates, with
/// line-of-sight and nearest-water look-ups.
struct NavigableWater: Sendable {
    let grid: WaterGrid
    /// Cells closed for this query (inside the gates of closed passages).
    let closed: ClosedCells
    /// The cell indices of the rows that hold closed cells, so most look-ups skip them.
    private let closedIndices: Range<Int>
    /// The blocks (row-major, ``WaterGrid/blockSize``²) holding a closed cell.
    let closedBlocks: Set<Int>
    /// How far open blocks reach round each block, closed cells counted as land.
    let reach: BlockReach

    init(grid: WaterGrid, closed: ClosedCells) {
        self.grid = grid
        self.closed = closed
        closedIndices = (closed.rows.lowerBound * grid.width)..<(closed.rows.upperBound * grid.width)
        var blocks = Set<Int>()
        let size = WaterGrid.blockSize
        closed.forEachRun { row, first, last in
            for column in stride(from: first - first % size, through: last, by: size) {
                blocks.insert((row / size) * grid.blocksAcross + column / size)
            }
        }
        closedBlocks = blocks
        reach = blocks.isEmpty ? grid.blockReach : grid.blockReach.closing(blocks)
    }

    /// The water of `grid` less the given closed cells.
    init(grid: WaterGrid, blocked: Set<Int>) {
        self.init(grid: grid, closed: blocked.isEmpty ? .none : ClosedCells(cells: blocked, grid: grid))
    }

    @inline(__always)
    func isOpen(_ index: Int) -> Bool {
        let row = index / grid.width, column = index - row * grid.width
        guard grid.isWater(row: row, column: column) else { return false }
        guard closedIndices.contains(index) else { return true }
        return !closed.contains(row: row, column: column)
    }

    /// Whether the cell at `row` and unwrapped `column` is open; rows off the grid are not.
    @inline(__always)
    func isOpen(row: Int, column: Int) -> Bool {
        guard row >= 0, row < grid.height else { return false }
        let wrapped = grid.wrap(column)
        guard grid.isWater(row: row, column: wrapped) else { return false }
        return !closed.contains(row: row, column: wrapped)
    }

    /// Open cells of a run along one row, bit i for the cell `column + i` (unwrapped); rows
    /// off the grid give 0. Reads whole words of the raster.
    @inline(__always)
    func openRun(row: Int, column: Int, count: Int) -> UInt64 {
        guard row >= 0, row < grid.height else { return 0 }
        if column >= 0, column + count <= grid.width {
            return grid.bits(row: row, column: column, count: count) & ~closed.mask(row: row, column: column, count: count)
        }
        var run: UInt64 = 0
        for i in 0..<count where isOpen(row: row, column: column + i) { run |= 1 << UInt64(i) }
        return run
    }

    /// Whether the great-circle arc from `a` to `b` stays inside open cells.
    ///
    /// Samples the arc so consecutive samples are under a cell apart in latitude and in
    /// longitude (0.9 of one), so a step moves at most a row and a column, and checks the
    /// cells the arc passes between them: the cell reached and, on a diagonal step, the side
    /// cell on the edge it crosses first (``CellEdges/sides(from:to:rows:columns:)``; both
    /// side cells within a hundredth of a step of the corner). A `true` answer means the arc
    /// does not leave open cells; checking the whole two-by-two box instead turned down arcs
    /// that graze a corner (Singapore → Jakarta 0.4% longer than this). The samples are turned
    /// along the arc by a fixed rotation and placed in their cells by ``CellEdges``, with no
    /// trigonometry per sample. Complexity: O(arc / cell).
    func sight(from a: Coordinate, to b: Coordinate) -> Bool {
        let pa = UnitVector(a), pb = UnitVector(b)
        let angle = pa.angle(to: pb)
        let k = Double(grid.cellsPerDegree)
        var (previousRow, previousColumn) = grid.cell(latitude: a.latitude, longitude: a.longitude)
        guard isOpen(row: previousRow, column: previousColumn) else { return false }
        if angle < 1e-12 { return true }
        let middle = UnitVector.slerp(pa, pb, angle: angle, fraction: 0.5)
        let highest = max(abs(a.latitude), abs(b.latitude), abs(middle.latitude))
        let cellAngle = (Double.pi / 180) / k
        let step = 0.9 * cellAngle * max(cos(highest * .pi / 180), 0.02)
        let count = Int((angle / step).rounded(.up))
        // Rotate in the plane of the arc: p(θ) = a cos θ + u sin θ, θ advancing by `delta`.
        let u = pb.orthogonalized(against: pa)
        let delta = angle / Double(count)
        let cosDelta = cos(delta), sinDelta = sin(delta)
        var c = 1.0, s = 0.0
        var row = previousRow, column = previousColumn
        let edges = grid.edges
        let size = WaterGrid.blockSize
        // Samples in open water cannot fail: from a sample in a block wholly open the arc
        // skips the samples it is sure to take inside the open square round that block
        // (``BlockReach``: the block and `reach − 1` blocks beyond it on every side). A step
        // of angle θ moves the point at most θ in latitude and θ / cos φ in longitude, φ the
        // square's highest latitude, so from the sample's cell it stays in the square for as
        // many cells as lie between that cell and the square's nearest side. The block last
        // found not open is not asked again.
        var notOpenBlock = -1
        var previous = (x: pa.x, y: pa.y, z: pa.z)
        var index = 1
        while index <= count {
            if index == count {
                c = cos(angle); s = sin(angle)
            } else {
                (c, s) = (c * cosDelta - s * sinDelta, s * cosDelta + c * sinDelta)
            }
            var x = pa.x * c + u.x * s, y = pa.y * c + u.y * s, z = pa.z * c + u.z * s
            locate(x: x, y: y, z: z, row: &row, column: &column, near: previousColumn, edges: edges)
            if row != previousRow || column != previousColumn {
                let dr = row - previousRow, dc = column - previousColumn
                if abs(dr) <= 1 && abs(dc) <= 1 {
                    // The cell reached, and on a diagonal step the side cell the arc passes
                    // on the way (both near the corner).
                    guard isOpen(row: row, column: column) else { return false }
                    if dr != 0 && dc != 0 {
                        let (rowFirst, columnFirst) = edges.sides(from: previous, to: (x, y, z), rows: (previousRow, row),
                                                                  columns: (previousColumn, column))
                        if rowFirst && !isOpen(row: row, column: previousColumn) { return false }
                        if columnFirst && !isOpen(row: previousRow, column: column) { return false }
                    }
                } else {
                    let c0 = min(0, dc), c1 = max(0, dc)
                    for r in min(row, previousRow)...max(row, previousRow) {
                        for offset in c0...c1 where !isOpen(row: r, column: previousColumn + offset) {
                            return false
                        }
                    }
                }
                previousRow = row
                previousColumn = column
            }
            previous = (x, y, z)
            index += 1
            guard count - index > 2 else { continue }
            let wrapped = grid.wrap(column)
            let blockRow = row / size, blockColumn = wrapped / size
            let block = blockRow * grid.blocksAcross + blockColumn
            guard block != notOpenBlock else { continue }
            let around = Int(reach[block])
            guard around > 0 else {
                notOpenBlock = block
                continue
            }
            // The open square round the block: `around − 1` blocks beyond it on every side.
            let beyond = (around - 1) * size
            let localRow = row - blockRow * size, localColumn = wrapped - blockColumn * size
            let rowsClear = min(localRow, size - 1 - localRow) + beyond
            let columnsClear = min(localColumn, size - 1 - localColumn) + beyond
            guard rowsClear > 0, columnsClear > 0 else { continue }
            let narrowing = min(grid.blockRowNarrowing[blockRow - around + 1], grid.blockRowNarrowing[blockRow + around - 1])
            let clear = min(Double(rowsClear), Double(columnsClear) * narrowing) * cellAngle
            // One sample fewer than the room allows, for rounding.
            let skip = min(Int(clear / delta) - 1, count - 1 - index)
            guard skip > 0 else { continue }
            index += skip
            let theta = Double(index - 1) * delta
            c = cos(theta); s = sin(theta)
            x = pa.x * c + u.x * s; y = pa.y * c + u.y * s; z = pa.z * c + u.z * s
            locate(x: x, y: y, z: z, row: &row, column: &column, near: previousColumn, edges: edges, limit: 2 * size)
            previousRow = row
            previousColumn = column
            previous = (x, y, z)
        }
        return true
    }

    /// Moves `row` and unwrapped `column` to the cell of the unit vector (`x`, `y`, `z`): by
    /// ``CellEdges`` when it lies within `limit` cells, else from its latitude and longitude
    /// (unwrapped near `near`).
    @inline(__always)
    private func locate(x: Double, y: Double, z: Double, row: inout Int, column: inout Int, near: Int,
                        edges: CellEdges, limit: Int = 3) {
        if !edges.follow(x: x, y: y, z: z, row: &row, column: &column, limit: limit) {
            let latitude = asin(max(-1, min(1, z))) * 180 / .pi
            var longitude = atan2(y, x) * 180 / .pi
            longitude += Coordinate.turns(from: longitude, to: grid.longitude(column: near))
            (row, column) = grid.cell(latitude: latitude, longitude: longitude)
        }
    }

    /// The open cell nearest to `coordinate` within `radius` cells (rows), or nil; cells in
    /// `excluded` do not count.
    func nearestOpen(to coordinate: Coordinate, radius: Int = 240, excluding excluded: Set<Int> = []) -> Int? {
        let (row, column) = grid.cell(latitude: coordinate.latitude, longitude: coordinate.longitude)
        let here = row * grid.width + grid.wrap(column)
        if isOpen(row: row, column: column) && !excluded.contains(here) { return here }
        var found: Int?
        var reach = 1
        while reach <= radius {
            found = bestOpen(around: coordinate, row: row, column: column, reach: reach, excluding: excluded)
            if found != nil { break }
            reach += 1
        }
        guard found != nil else { return nil }
        // A closer cell may sit just outside the square that found the first one.
        return bestOpen(around: coordinate, row: row, column: column, reach: reach * 2 + 1, excluding: excluded)
    }

    private func bestOpen(around coordinate: Coordinate, row: Int, column: Int, reach: Int, excluding excluded: Set<Int>) -> Int? {
        let stretch = 1 / max(cos(coordinate.latitude * .pi / 180), 0.05)
        let columnReach = Int((Double(reach) * stretch).rounded(.up))
        var best: (Double, Int)?
        for r in max(0, row - reach)...min(grid.height - 1, row + reach) {
            for c in (column - columnReach)...(column + columnReach) where isOpen(row: r, column: c) {
                let cell = r * grid.width + grid.wrap(c)
                if excluded.contains(cell) { continue }
                let center = Coordinate(latitude: grid.latitude(row: r), longitude: grid.longitude(column: c))
                let distance = UnitVector(coordinate).angle(to: UnitVector(center))
                if best == nil || distance < best!.0 { best = (distance, cell) }
            }
        }
        return best?.1
    }

    /// The open cells joined to `cell` (side to side or corner to corner), or nil when there
    /// are `limit` or more of them: a sea, not a lake or a stretch of river cut off by the grid.
    func enclosedWater(around cell: Int, limit: Int) -> Set<Int>? {
        var seen: Set<Int> = [cell]
        var stack = [cell]
        while let current = stack.popLast() {
            let row = current / grid.width, column = current % grid.width
            for dr in -1...1 {
                for dc in -1...1 where dr != 0 || dc != 0 {
                    guard isOpen(row: row + dr, column: column + dc) else { continue }
                    let next = (row + dr) * grid.width + grid.wrap(column + dc)
                    if seen.insert(next).inserted {
                        if seen.count >= limit { return nil }
                        stack.append(next)
                    }
                }
            }
        }
        return seen
    }
}
