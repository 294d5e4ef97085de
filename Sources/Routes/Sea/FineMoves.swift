import Foundation
import Geo

/// The moves of the fine search: 16 directions, a step to (dr, dc) needing every cell its
/// centre line crosses open, and the length of each move from each corridor row.
struct FineMoves {
    /// Each move, with the bits of the 5×5 open-cell mask it needs: bit (dr + 2) * 5 + dc + 2
    /// is set when the cell dr rows down and dc columns east of the expanded cell is open.
    let moves: [(dr: Int, dc: Int, needed: UInt32)]
    /// Step cost of each move from each corridor row, meters: row offset × moves + move.
    let stepCost: [Double]

    init(grid: WaterGrid, rows: ClosedRange<Int>) {
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
        self.moves = moves
        let vertical = Double.pi / 180 / Double(grid.cellsPerDegree) * UnitVector.earthRadius
        var stepCost = [Double](repeating: 0, count: rows.count * moves.count)
        for row in rows {
            // Horizontal length of a one-column step to the row dr away, at the pair's mean latitude.
            let columnStep = (-2...2).map { dr in
                vertical * cos((grid.latitude(row: row) + grid.latitude(row: row + dr)) / 2 * .pi / 180)
            }
            for (m, move) in moves.enumerated() {
                let horizontal = columnStep[move.dr + 2] * Double(abs(move.dc))
                stepCost[(row - rows.lowerBound) * moves.count + m] =
                    (horizontal * horizontal + vertical * vertical * Double(move.dr * move.dr)).squareRoot()
            }
        }
        self.stepCost = stepCost
    }
}
