extension EdgeGrid {
    /// Whether the straight segment from (x1, y1) to (x2, y2) in the longitude/latitude
    /// plane touches any ring edge. Both ends must lie in −180…180; the caller splits
    /// segments that cross the antimeridian.
    ///
    /// Visits the cells the segment passes through (column by column, the rows its
    /// latitude spans inside each column) and tests their edges with orientation
    /// predicates; touching counts as crossing. Complexity: O(cells visited × edges per cell).
    func segmentTouchesEdge(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Bool {
        let perDegree = 1 / cellSize
        let (ax, ay, bx, by) = x1 <= x2 ? (x1, y1, x2, y2) : (x2, y2, x1, y1)
        let firstColumn = EdgeGrid.index(ax + 180, perDegree, columns)
        let lastColumn = EdgeGrid.index(bx + 180, perDegree, columns)
        return edges.withUnsafeBufferPointer { e in
            for column in firstColumn...lastColumn {
                // The part of the segment inside this column's longitudes.
                let west = max(ax, -180 + Double(column) * cellSize)
                let east = min(bx, -180 + Double(column + 1) * cellSize)
                let yWest = bx == ax ? ay : ay + (west - ax) / (bx - ax) * (by - ay)
                let yEast = bx == ax ? by : ay + (east - ax) / (bx - ax) * (by - ay)
                let lowRow = EdgeGrid.index(min(yWest, yEast) + 90, perDegree, rows)
                let highRow = EdgeGrid.index(max(yWest, yEast) + 90, perDegree, rows)
                for row in lowRow...highRow {
                    let cell = row * columns + column
                    for slot in Int(cellStarts[cell])..<Int(cellStarts[cell + 1]) {
                        let k = 4 * slot
                        if PlanarSegment.touch(ax, ay, bx, by,
                                               Double(e[k]), Double(e[k + 1]), Double(e[k + 2]), Double(e[k + 3])) {
                            return true
                        }
                    }
                }
            }
            return false
        }
    }
}
