/// A uniform longitude/latitude grid over shapes' bounding boxes, answering "which shapes
/// may touch this box" without scanning every shape.
///
/// Each shape is listed in every cell its box overlaps (huge shapes such as Eurasia sit in
/// hundreds of cells; that costs little and keeps queries simple). Boxes must not cross
/// the antimeridian; query boxes may (they are unwrapped into two).
struct BoxIndex: Sendable {
    let cellSize: Double
    let columns: Int
    let rows: Int
    /// Cell `c` lists `members[cellStarts[c]..<cellStarts[c + 1]]`, ascending shape indices.
    private let cellStarts: [Int32]
    private let members: [Int32]
    private let bounds: [BoundingBox]

    init(bounds: [BoundingBox], cellSize: Double = 5) {
        self.cellSize = cellSize
        self.columns = Int((360 / cellSize).rounded(.up))
        self.rows = Int((180 / cellSize).rounded(.up))
        self.bounds = bounds
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        for box in bounds {
            let (c0, c1, r0, r1) = BoxIndex.cellRange(box, cellSize: cellSize, columns: columns, rows: rows)
            for row in r0...r1 { for column in c0...c1 { counts[row * columns + column + 1] += 1 } }
        }
        for cell in 0..<(columns * rows) { counts[cell + 1] += counts[cell] }
        var next = counts
        var members = [Int32](repeating: 0, count: Int(counts[columns * rows]))
        for (shape, box) in bounds.enumerated() {
            let (c0, c1, r0, r1) = BoxIndex.cellRange(box, cellSize: cellSize, columns: columns, rows: rows)
            for row in r0...r1 {
                for column in c0...c1 {
                    members[Int(next[row * columns + column])] = Int32(shape)
                    next[row * columns + column] += 1
                }
            }
        }
        self.cellStarts = counts
        self.members = members
    }

    /// Indices of the shapes whose bounding box intersects `box`, ascending.
    ///
    /// `box` may cross the antimeridian (west > east). Complexity: O(cells + candidates).
    func shapes(intersecting box: BoundingBox) -> [Int] {
        var candidates: [Int] = []
        for part in box.unwrapped() {
            let (c0, c1, r0, r1) = BoxIndex.cellRange(part, cellSize: cellSize, columns: columns, rows: rows)
            for row in r0...r1 {
                for column in c0...c1 {
                    let cell = row * columns + column
                    for slot in Int(cellStarts[cell])..<Int(cellStarts[cell + 1]) {
                        let shape = Int(members[slot])
                        let other = bounds[shape]
                        if other.west <= part.east, other.east >= part.west,
                           other.south <= part.north, other.north >= part.south {
                            candidates.append(shape)
                        }
                    }
                }
            }
        }
        candidates.sort()
        var unique: [Int] = []
        unique.reserveCapacity(candidates.count)
        for shape in candidates where unique.last != shape { unique.append(shape) }
        return unique
    }

    private static func cellRange(_ box: BoundingBox, cellSize: Double, columns: Int, rows: Int) -> (Int, Int, Int, Int) {
        func column(_ longitude: Double) -> Int { min(max(Int(((longitude + 180) / cellSize).rounded(.down)), 0), columns - 1) }
        func row(_ latitude: Double) -> Int { min(max(Int(((latitude + 90) / cellSize).rounded(.down)), 0), rows - 1) }
        let west = box.west.isFinite ? box.west : -180, east = box.east.isFinite ? box.east : 180
        return (column(min(west, east)), column(max(west, east)), row(min(box.south, box.north)), row(max(box.south, box.north)))
    }
}
