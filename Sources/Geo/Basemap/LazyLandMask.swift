import Foundation

/// Builds a basemap's ``EdgeGrid`` on first use, so that loading a basemap only to draw
/// it does not pay for the land mask.
///
/// `@unchecked Sendable`: the only mutable state, `built`, is read and written under
/// `lock`; once set it is never changed, and `EdgeGrid` itself is an immutable value.
final class LazyLandMask: @unchecked Sendable {
    private let table: ShapeTable
    private let cellSize: Double
    private let lock = NSLock()
    private var built: EdgeGrid?

    init(table: ShapeTable, cellSize: Double) {
        self.table = table
        self.cellSize = cellSize
    }

    /// The grid, built by the first caller while later callers wait.
    var grid: EdgeGrid {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let grid = EdgeGrid(table: table, cellSize: cellSize)
        built = grid
        return grid
    }
}
