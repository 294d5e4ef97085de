import Foundation

/// The edges of a ``WaterGrid``'s cells on the unit sphere — the sine of each row edge's
/// latitude and the meridian plane of each column edge — so a point moving along an arc in
/// steps of under a cell finds its cell by a few comparisons instead of `asin` and `atan2`.
///
/// A point belongs to the cell ``WaterGrid/cell(latitude:longitude:)`` gives: a point on a
/// row's top edge to that row, on a column's west edge to that column.
struct CellEdges: Sendable {
    let width: Int
    let height: Int
    /// Sine of the latitude of row `r`'s top edge (90° − r / cells per degree), r = 0…height.
    private let topSine: [Double]
    /// Cosine and sine of the longitude of wrapped column `c`'s west edge (−180° + c / cells
    /// per degree), c = 0..<width.
    private let westCosine: [Double]
    private let westSine: [Double]

    init(cellsPerDegree: Int, width: Int, height: Int) {
        self.width = width
        self.height = height
        let k = Double(cellsPerDegree)
        topSine = (0...height).map { row -> Double in
            let latitude: Double = 90 - Double(row) / k
            return sin(latitude * .pi / 180)
        }
        let lambda = (0..<width).map { column -> Double in
            let longitude: Double = -180 + Double(column) / k
            return longitude * .pi / 180
        }
        westCosine = lambda.map { cos($0) }
        westSine = lambda.map { sin($0) }
    }

    /// Moves `row` and unwrapped `column` from the cell they name to the cell holding the
    /// unit vector (`x`, `y`, `z`), at most `limit` cells each way; false when that is not
    /// enough (the caller then finds the cell from the point's latitude and longitude).
    @inline(__always)
    func follow(x: Double, y: Double, z: Double, row: inout Int, column: inout Int, limit: Int = 3) -> Bool {
        var moves = 0
        while row > 0 && z > topSine[row] {
            row -= 1
            moves += 1
            if moves > limit { return false }
        }
        while row < height - 1 && z <= topSine[row + 1] {
            row += 1
            moves += 1
            if moves > limit { return false }
        }
        // Near a pole meridians crowd together and the side of one is no guide.
        guard x * x + y * y > 1e-12 else { return false }
        moves = 0
        while true {
            let west = wrapped(column)
            var east = west + 1
            if east == width { east = 0 }
            // sin(λ − λ_edge) · cos φ: non-negative on or east of the edge (within 180°).
            if y * westCosine[west] - x * westSine[west] < 0 {
                column -= 1
            } else if y * westCosine[east] - x * westSine[east] >= 0 {
                column += 1
            } else {
                return true
            }
            moves += 1
            if moves > limit { return false }
        }
    }

    /// An unwrapped column brought round the antimeridian into 0..<width.
    @inline(__always)
    private func wrapped(_ column: Int) -> Int {
        if column >= 0 && column < width { return column }
        let c = column % width
        return c < 0 ? c + width : c
    }

    /// Which of the two side cells an arc passes going from the unit vector `p`, in row
    /// `rows.0` and unwrapped column `columns.0`, to `q` in the diagonal cell (`rows.1`,
    /// `columns.1`): the one it reaches by crossing the row edge first (`rowFirst`: row
    /// `rows.1`, column `columns.0`), or by crossing the column edge first; both when it
    /// passes within ``cornerMargin`` of a step from the corner.
    ///
    /// Where the arc crosses each edge, as a fraction of the way from `p` to `q`: the
    /// meridian plane exactly (the side of a plane through the centre does not change when
    /// a point is scaled back onto the sphere), the parallel along the chord, which lies
    /// within a hundred-millionth of the arc over so short a step.
    @inline(__always)
    func sides(from p: (x: Double, y: Double, z: Double), to q: (x: Double, y: Double, z: Double),
               rows: (Int, Int), columns: (Int, Int)) -> (rowFirst: Bool, columnFirst: Bool) {
        let edge = topSine[max(rows.0, rows.1)]
        let alongRows = (edge - p.z) / (q.z - p.z)
        let west = wrapped(max(columns.0, columns.1))
        let sp = p.y * westCosine[west] - p.x * westSine[west], sq = q.y * westCosine[west] - q.x * westSine[west]
        let alongColumns = sp / (sp - sq)
        guard alongRows.isFinite, alongColumns.isFinite else { return (true, true) }
        return (alongRows < alongColumns + Self.cornerMargin, alongColumns < alongRows + Self.cornerMargin)
    }

    /// Fraction of a step within which an arc counts as passing a corner, so both side
    /// cells are checked.
    static let cornerMargin = 0.01
}
