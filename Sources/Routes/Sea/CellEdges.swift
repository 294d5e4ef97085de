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
            var west = column
            if west < 0 || west >= width {
                west = column % width
                if west < 0 { west += width }
            }
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
}
