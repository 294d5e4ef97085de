import Geo

/// The cells of a ``WaterGrid`` a query may not use — those whose centres lie inside the gates
/// of closed passages — as runs of columns along rows.
///
/// Each gate is filled a row at a time from where the row's parallel crosses its edges
/// (``AreaPolygon/crossings(atLatitude:)``), and the ends of each run are confirmed with
/// ``AreaPolygon/contains(_:)``, so the runs hold exactly the cells whose centres the gate
/// contains. Complexity: O(rows × edges) per gate to build, instead of a point-in-polygon
/// test per cell of its bounding box; a look-up reads the few runs of one row.
struct ClosedCells: Sendable {
    /// A run of closed cells on one row: wrapped columns `first...last`.
    struct Run: Sendable, Equatable {
        var first: Int32
        var last: Int32
    }

    /// The first row holding a run, and one past the last (empty when `rows` is empty).
    let rows: Range<Int>
    /// The runs of row `rows.lowerBound + k` are `runs[rowStarts[k] ..< rowStarts[k + 1]]`.
    private let rowStarts: [Int32]
    private let runs: [Run]

    /// No closed cells.
    static let none = ClosedCells(rows: 0..<0, rowStarts: [0], runs: [])

    private init(rows: Range<Int>, rowStarts: [Int32], runs: [Run]) {
        self.rows = rows
        self.rowStarts = rowStarts
        self.runs = runs
    }

    var isEmpty: Bool { runs.isEmpty }

    /// The cells of `grid` whose centres lie inside any of `gates`.
    init(gates: [AreaPolygon], grid: WaterGrid) {
        var found: [(row: Int, run: Run)] = []
        for gate in gates {
            let top = grid.cell(latitude: gate.north, longitude: gate.west)
            let bottom = grid.cell(latitude: gate.south, longitude: gate.east)
            guard top.row <= bottom.row, top.column <= bottom.column else { continue }
            for row in top.row...bottom.row {
                let latitude = grid.latitude(row: row)
                func inside(_ column: Int) -> Bool {
                    gate.contains(Coordinate(latitude: latitude, longitude: grid.longitude(column: grid.wrap(column))))
                }
                let crossings = gate.crossings(atLatitude: latitude)
                let k = Double(grid.cellsPerDegree)
                for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                    // Columns whose centres lie in [crossings[pair], crossings[pair + 1]).
                    var first = Int(((crossings[pair] + 180) * k - 0.5).rounded(.up))
                    var last = Int(((crossings[pair + 1] + 180) * k - 0.5).rounded(.up)) - 1
                    first = max(first, top.column)
                    last = min(last, bottom.column)
                    while first > top.column && inside(first - 1) { first -= 1 }
                    while first <= last && !inside(first) { first += 1 }
                    while last < bottom.column && inside(last + 1) { last += 1 }
                    while last >= first && !inside(last) { last -= 1 }
                    guard first <= last else { continue }
                    Self.append(row: row, first: first, last: last, width: grid.width, to: &found)
                }
            }
        }
        self.init(found, width: grid.width)
    }

    /// The given cells (indices of `grid`).
    init(cells: Set<Int>, grid: WaterGrid) {
        var found: [(row: Int, run: Run)] = []
        for cell in cells.sorted() {
            let row = cell / grid.width, column = Int32(cell % grid.width)
            if let last = found.last, last.row == row, last.run.last + 1 == column {
                found[found.count - 1].run.last = column
            } else {
                found.append((row, Run(first: column, last: column)))
            }
        }
        self.init(found, width: grid.width)
    }

    /// Splits an unwrapped run at the antimeridian into runs of wrapped columns.
    private static func append(row: Int, first: Int, last: Int, width: Int, to found: inout [(row: Int, run: Run)]) {
        if last - first + 1 >= width {
            found.append((row, Run(first: 0, last: Int32(width - 1))))
            return
        }
        let start = ((first % width) + width) % width
        let end = start + (last - first)
        if end < width {
            found.append((row, Run(first: Int32(start), last: Int32(end))))
        } else {
            found.append((row, Run(first: Int32(start), last: Int32(width - 1))))
            found.append((row, Run(first: 0, last: Int32(end - width))))
        }
    }

    private init(_ found: [(row: Int, run: Run)], width: Int) {
        guard let firstRow = found.map(\.row).min(), let lastRow = found.map(\.row).max() else {
            self = .none
            return
        }
        let sorted = found.sorted { $0.row != $1.row ? $0.row < $1.row : $0.run.first < $1.run.first }
        var starts = [Int32](repeating: 0, count: lastRow - firstRow + 2)
        for item in sorted { starts[item.row - firstRow + 1] += 1 }
        for k in 0..<(starts.count - 1) { starts[k + 1] += starts[k] }
        self.init(rows: firstRow..<(lastRow + 1), rowStarts: starts, runs: sorted.map(\.run))
    }

    /// Whether the cell at `row`, wrapped `column` is closed.
    @inline(__always)
    func contains(row: Int, column: Int) -> Bool {
        guard rows.contains(row) else { return false }
        let k = row - rows.lowerBound
        for index in Int(rowStarts[k])..<Int(rowStarts[k + 1]) {
            let run = runs[index]
            if Int(run.first) <= column && column <= Int(run.last) { return true }
        }
        return false
    }

    /// Closed cells among `count` (≤ 64) cells of `row` from wrapped `column` on, bit i for
    /// `column + i`; the run must not pass the grid's east edge.
    @inline(__always)
    func mask(row: Int, column: Int, count: Int) -> UInt64 {
        guard rows.contains(row) else { return 0 }
        let k = row - rows.lowerBound
        var mask: UInt64 = 0
        for index in Int(rowStarts[k])..<Int(rowStarts[k + 1]) {
            let run = runs[index]
            let lower = max(Int(run.first), column), upper = min(Int(run.last), column + count - 1)
            guard lower <= upper else { continue }
            let length = upper - lower + 1
            let bits: UInt64 = length >= 64 ? ~0 : (1 << UInt64(length)) - 1
            mask |= bits << UInt64(lower - column)
        }
        return mask
    }

    /// Calls `body` with each run's row and wrapped columns.
    func forEachRun(_ body: (_ row: Int, _ first: Int, _ last: Int) -> Void) {
        for k in 0..<rows.count {
            for index in Int(rowStarts[k])..<Int(rowStarts[k + 1]) {
                body(rows.lowerBound + k, Int(runs[index].first), Int(runs[index].last))
            }
        }
    }
}
