/// A land/water mask answered exactly from the coastline edges near the query point.
///
/// The world is cut into square cells. Each cell lists the ring edges that touch it and
/// knows whether its centre is on land. A query walks from the point to its cell's centre
/// along two axis-parallel legs (horizontal, then vertical) and flips the centre's answer
/// once per edge crossed, so it touches only the few edges of one cell. Insideness is the
/// even–odd rule over all rings at once: GSHHG's levels nest (land ⊃ lake ⊃ island ⊃ pond),
/// so a point inside an odd number of rings is dry ground.
///
/// Conventions (they make the two legs and the centres' answers agree exactly): a point's
/// answer is the parity of edges whose crossing with the eastward ray satisfies
/// `(y1 > y) != (y2 > y)` and `x > point.x`, the classic crossing-number test
/// (Shimrat 1962; Haines 1994), i.e. the point nudged infinitesimally north-east.
struct EdgeGrid: Sendable {
    let cellSize: Double
    let columns: Int
    let rows: Int
    /// Cell `c` lists edges `cellStarts[c]..<cellStarts[c + 1]`, 4 floats each in `edges`.
    let cellStarts: [Int32]
    /// x1, y1, x2, y2 per listed edge, degrees (longitude, latitude).
    let edges: [Float]
    /// Whether each cell's centre is inside an odd number of rings.
    private let centerInside: [Bool]

    init(table: ShapeTable, cellSize: Double) {
        let columns = Int((360 / cellSize).rounded(.up)), rows = Int((180 / cellSize).rounded(.up))
        self.cellSize = cellSize
        self.columns = columns
        self.rows = rows
        let (starts, edges) = Self.bucket(table, columns: columns, rows: rows, perDegree: 1 / cellSize)
        self.cellStarts = starts
        self.edges = edges
        self.centerInside = Self.centresInside(starts: starts, edges: edges, columns: columns, rows: rows, cellSize: cellSize)
    }

    /// Each ring edge listed in every cell its box touches: the cells' first entries
    /// (`cellCount + 1` offsets) and the entries, x1, y1, x2, y2 each. Pass 1 counts, pass 2
    /// fills.
    private static func bucket(_ table: ShapeTable, columns: Int, rows: Int, perDegree: Double) -> (starts: [Int32], edges: [Float]) {
        let cellCount = columns * rows
        @inline(__always) func column(_ x: Double) -> Int { EdgeGrid.index(x + 180, perDegree, columns) }
        @inline(__always) func row(_ y: Double) -> Int { EdgeGrid.index(y + 90, perDegree, rows) }
        var starts = [Int32](repeating: 0, count: cellCount + 1)
        var edges: [Float] = []
        table.longitudes.withUnsafeBufferPointer { lon in
            table.latitudes.withUnsafeBufferPointer { lat in
                table.starts.withUnsafeBufferPointer { ringStarts in
                    starts.withUnsafeMutableBufferPointer { counts in
                        for shape in 0..<(ringStarts.count - 1) {
                            var a = ringStarts[shape + 1] - 1
                            for b in ringStarts[shape]..<ringStarts[shape + 1] {
                                let c0 = column(min(lon[a], lon[b])), c1 = column(max(lon[a], lon[b]))
                                let r0 = row(min(lat[a], lat[b])), r1 = row(max(lat[a], lat[b]))
                                for r in r0...r1 { for c in c0...c1 { counts[r * columns + c + 1] &+= 1 } }
                                a = b
                            }
                        }
                        for cell in 0..<cellCount { counts[cell + 1] &+= counts[cell] }
                    }
                    var next = starts
                    edges = [Float](repeating: 0, count: 4 * Int(starts[cellCount]))
                    edges.withUnsafeMutableBufferPointer { out in
                        next.withUnsafeMutableBufferPointer { next in
                            for shape in 0..<(ringStarts.count - 1) {
                                var a = ringStarts[shape + 1] - 1
                                for b in ringStarts[shape]..<ringStarts[shape + 1] {
                                    let x1 = Float(lon[a]), y1 = Float(lat[a]), x2 = Float(lon[b]), y2 = Float(lat[b])
                                    let c0 = column(min(lon[a], lon[b])), c1 = column(max(lon[a], lon[b]))
                                    let r0 = row(min(lat[a], lat[b])), r1 = row(max(lat[a], lat[b]))
                                    for r in r0...r1 {
                                        for c in c0...c1 {
                                            let slot = 4 * Int(next[r * columns + c])
                                            out[slot] = x1; out[slot + 1] = y1; out[slot + 2] = x2; out[slot + 3] = y2
                                            next[r * columns + c] &+= 1
                                        }
                                    }
                                    a = b
                                }
                            }
                        }
                    }
                }
            }
        }

        return (starts, edges)
    }

    /// Whether each cell's centre is inside an odd number of rings, one row at a time: count
    /// crossings of the row's centre line per column, then sweep west from the east edge of
    /// the world accumulating parity.
    private static func centresInside(starts: [Int32], edges: [Float], columns: Int, rows: Int, cellSize: Double) -> [Bool] {
        let perDegree = 1 / cellSize
        @inline(__always) func column(_ x: Double) -> Int { EdgeGrid.index(x + 180, perDegree, columns) }
        var inside = [Bool](repeating: false, count: columns * rows)
        var total = [Int](repeating: 0, count: columns)
        var eastOfCenter = [Int](repeating: 0, count: columns)
        edges.withUnsafeBufferPointer { e in
            starts.withUnsafeBufferPointer { starts in
                inside.withUnsafeMutableBufferPointer { inside in
                    for r in 0..<rows {
                        let y = -90 + (Double(r) + 0.5) * cellSize
                        var any = false
                        for c in 0..<columns where starts[r * columns + c] != starts[r * columns + c + 1] {
                            let xc = -180 + (Double(c) + 0.5) * cellSize
                            for slot in Int(starts[r * columns + c])..<Int(starts[r * columns + c + 1]) {
                                let k = 4 * slot
                                guard let x = EdgeGrid.crossing(Double(e[k]), Double(e[k + 1]), Double(e[k + 2]), Double(e[k + 3]), at: y),
                                      column(x) == c else { continue }
                                total[c] += 1
                                any = true
                                if x > xc { eastOfCenter[c] += 1 }
                            }
                        }
                        guard any else { continue }
                        var suffix = 0
                        for c in stride(from: columns - 1, through: 0, by: -1) {
                            inside[r * columns + c] = (suffix + eastOfCenter[c]) & 1 == 1
                            suffix += total[c]
                            total[c] = 0
                            eastOfCenter[c] = 0
                        }
                    }
                }
            }
        }
        return inside
    }

    /// Number of edge entries (an edge counts once per cell it touches).
    var entryCount: Int { edges.count / 4 }

    /// Whether `point` is inside an odd number of rings. Longitude is wrapped into −180…180.
    ///
    /// Complexity: O(edges in the point's cell).
    func contains(longitude: Double, latitude: Double) -> Bool {
        let px = Coordinate.wrap(longitude), py = min(max(latitude, -90), 90)
        let c = EdgeGrid.index(px + 180, 1 / cellSize, columns), r = EdgeGrid.index(py + 90, 1 / cellSize, rows)
        let cell = r * columns + c
        let xc = -180 + (Double(c) + 0.5) * cellSize, yc = -90 + (Double(r) + 0.5) * cellSize
        let xLow = min(px, xc), xHigh = max(px, xc), yLow = min(py, yc), yHigh = max(py, yc)
        var inside = centerInside[cell]
        edges.withUnsafeBufferPointer { e in
            for slot in Int(cellStarts[cell])..<Int(cellStarts[cell + 1]) {
                let k = 4 * slot
                let x1 = Double(e[k]), y1 = Double(e[k + 1]), x2 = Double(e[k + 2]), y2 = Double(e[k + 3])
                if let x = EdgeGrid.crossing(x1, y1, x2, y2, at: py), x > xLow, x <= xHigh { inside.toggle() }
                if let y = EdgeGrid.crossing(y1, x1, y2, x2, at: xc), y > yLow, y <= yHigh { inside.toggle() }
            }
        }
        return inside
    }

    /// The cell index of an offset in degrees from the grid's west or south edge, clamped.
    @inline(__always)
    static func index(_ offset: Double, _ perDegree: Double, _ count: Int) -> Int {
        let scaled = (offset * perDegree).rounded(.down)
        guard scaled > 0 else { return 0 }
        return scaled < Double(count - 1) ? Int(scaled) : count - 1
    }

    /// Where the segment (x1,y1)–(x2,y2) crosses the line `y = level`, as an x clamped to
    /// the segment's x range; `nil` unless exactly one end lies above the line.
    /// Called with x and y swapped it answers for vertical lines.
    @inline(__always)
    static func crossing(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, at level: Double) -> Double? {
        guard (y1 > level) != (y2 > level) else { return nil }
        let x = x1 + (level - y1) / (y2 - y1) * (x2 - x1)
        return min(max(x, min(x1, x2)), max(x1, x2))
    }
}
