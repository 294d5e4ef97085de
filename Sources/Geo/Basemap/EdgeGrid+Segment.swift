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
                        if EdgeGrid.segmentsTouch(ax, ay, bx, by,
                                                  Double(e[k]), Double(e[k + 1]), Double(e[k + 2]), Double(e[k + 3])) {
                            return true
                        }
                    }
                }
            }
            return false
        }
    }

    /// Whether segments p1–p2 and q1–q2 share a point (collinear overlaps included).
    static func segmentsTouch(_ p1x: Double, _ p1y: Double, _ p2x: Double, _ p2y: Double,
                              _ q1x: Double, _ q1y: Double, _ q2x: Double, _ q2y: Double) -> Bool {
        if max(p1x, p2x) < min(q1x, q2x) || max(q1x, q2x) < min(p1x, p2x)
            || max(p1y, p2y) < min(q1y, q2y) || max(q1y, q2y) < min(p1y, p2y) {
            return false
        }
        func orientation(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Double {
            (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
        }
        let d1 = orientation(q1x, q1y, q2x, q2y, p1x, p1y)
        let d2 = orientation(q1x, q1y, q2x, q2y, p2x, p2y)
        let d3 = orientation(p1x, p1y, p2x, p2y, q1x, q1y)
        let d4 = orientation(p1x, p1y, p2x, p2y, q2x, q2y)
        // With the boxes overlapping, zero orientations mean touching or collinear overlap.
        return (d1 * d2 <= 0) && (d3 * d4 <= 0)
    }
}
