import Foundation
import Geo
import Testing
@testable import Routes

@Suite("Closed cells: the water of closed passage gates, as runs along rows")
struct ClosedCellsTests {
    /// Every cell of the gate's bounding box whose centre the gate contains, cell by cell.
    static func bruteForce(_ gate: AreaPolygon, grid: WaterGrid) -> Set<Int> {
        var cells = Set<Int>()
        let top = grid.cell(latitude: gate.north, longitude: gate.west)
        let bottom = grid.cell(latitude: gate.south, longitude: gate.east)
        for row in top.row...bottom.row {
            for column in top.column...bottom.column {
                let cell = row * grid.width + grid.wrap(column)
                if gate.contains(grid.center(of: cell)) { cells.insert(cell) }
            }
        }
        return cells
    }

    @Test("the runs of every passage's gate hold exactly the cells whose centres it contains")
    func runsMatchContainment() {
        let router = SeaFixtures.router
        let grid = router.water
        for (index, gate) in router.gates.enumerated() {
            let closed = ClosedCells(gates: [gate], grid: grid)
            var cells = Set<Int>()
            closed.forEachRun { row, first, last in
                for column in first...last { cells.insert(row * grid.width + column) }
            }
            #expect(cells == Self.bruteForce(gate, grid: grid), "\(router.passages[index].id)")
        }
    }

    @Test("a gate across the antimeridian is split into runs on both edges of the grid")
    func antimeridian() {
        let grid = SeaFixtures.router.water
        let gate = AreaPolygon([(179.5, 60.0), (-179.5, 60.0), (-179.5, 60.5), (179.5, 60.5)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) })
        let closed = ClosedCells(gates: [gate], grid: grid)
        let row = grid.cell(latitude: 60.25, longitude: 0).row
        #expect(closed.contains(row: row, column: 0))
        #expect(closed.contains(row: row, column: grid.width - 1))
        #expect(!closed.contains(row: row, column: grid.width / 2))
        #expect(closed.mask(row: row, column: grid.width - 40, count: 40) == ((1 << 30) - 1) << 10)
        #expect(closed.mask(row: row, column: 0, count: 40) == (1 << 30) - 1)
        var cells = Set<Int>()
        closed.forEachRun { row, first, last in
            for column in first...last { cells.insert(row * grid.width + column) }
        }
        #expect(cells == Self.bruteForce(gate, grid: grid))
    }
}
