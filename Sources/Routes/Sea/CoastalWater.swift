import Foundation
import Geo

/// The water of a small box at 15″ (a quarter of the navigation grid's cell), cut from the
/// exact intermediate shoreline, with an exact line-of-sight test: where the 1′ grid keeps a
/// route a cell off the coast and out of narrow harbour mouths, this finds the way a pilot
/// would take.
///
/// Cells list the shoreline edges that touch them. Water is the cells no edge touches that
/// join (side to side) a cell known to be water, less the cells of closed passage gates.
/// Longitudes are in the box's own frame: points and edges are shifted by whole turns to lie
/// near its centre, so a box across the antimeridian needs no special case.
struct CoastalWater: Sendable {
    /// Cells per degree: four to a side of the navigation grid's 1′ cell, whose lines they share.
    static let cellsPerDegree = 240

    let west: Double, north: Double
    let columns: Int, rows: Int
    /// Cell `c` lists the edges `edgeStarts[c]..<edgeStarts[c + 1]` of `edgeList` (indices
    /// of 4 values in `edges`).
    private let edgeStarts: [Int32]
    private let edgeList: [Int32]
    /// x1, y1, x2, y2 per edge, degrees, longitudes in the box's frame.
    private let edges: [Double]
    /// Cells inside a closed passage's gate.
    private let closed: [Bool]
    /// The water joined to the cell the component was taken from (see ``reach(from:)``).
    private var joined: [Bool]

    /// The water of `box` (west ≤ east, in the frame of the caller's points; widened to
    /// whole 1′ cells), cut by the shoreline of `shoreline` and by `closedGates`.
    init(box: BoundingBox, shoreline: Basemap, closedGates: [AreaPolygon]) {
        let k = Double(Self.cellsPerDegree)
        west = (box.west * 60).rounded(.down) / 60
        north = min((box.north * 60).rounded(.up) / 60, 90)
        let east = (box.east * 60).rounded(.up) / 60, south = max((box.south * 60).rounded(.down) / 60, -90)
        columns = Int(((east - west) * k).rounded())
        rows = Int(((north - south) * k).rounded())
        let middle = (west + east) / 2

        // The shoreline, shifted into the frame.
        let query = BoundingBox(west: Coordinate.wrap(west), south: south, east: Coordinate.wrap(east), north: north)
        let raw = east - west >= 360 ? shoreline.shorelineEdges(in: BoundingBox(west: -180, south: south, east: 180, north: north))
            : shoreline.shorelineEdges(in: query)
        var edges = [Double]()
        edges.reserveCapacity(raw.count)
        for i in stride(from: 0, to: raw.count, by: 4) {
            let shift = Coordinate.turns(from: (raw[i] + raw[i + 2]) / 2, to: middle)
            edges += [raw[i] + shift, raw[i + 1], raw[i + 2] + shift, raw[i + 3]]
        }
        self.edges = edges

        // Each edge into every cell it touches: sample it at under half a cell and take every
        // cell of the box between consecutive samples, which holds the piece between them.
        var pairs: [(cell: Int32, edge: Int32)] = []
        let columns = self.columns, rows = self.rows, west = self.west, north = self.north
        for e in 0..<(edges.count / 4) {
            let x1 = (edges[4 * e] - west) * k, y1 = (north - edges[4 * e + 1]) * k
            let x2 = (edges[4 * e + 2] - west) * k, y2 = (north - edges[4 * e + 3]) * k
            let samples = max(1, Int((max(abs(x2 - x1), abs(y2 - y1)) * 2).rounded(.up)))
            var c0 = Int(x1.rounded(.down)), r0 = Int(y1.rounded(.down))
            for s in 1...samples {
                let t = Double(s) / Double(samples)
                let c1 = Int((x1 + t * (x2 - x1)).rounded(.down)), r1 = Int((y1 + t * (y2 - y1)).rounded(.down))
                let top = max(0, min(r0, r1)), bottom = min(rows - 1, max(r0, r1))
                let left = max(0, min(c0, c1)), right = min(columns - 1, max(c0, c1))
                if top <= bottom && left <= right {
                    for r in top...bottom {
                        for c in left...right { pairs.append((Int32(r * columns + c), Int32(e))) }
                    }
                }
                c0 = c1; r0 = r1
            }
        }
        pairs.sort { $0.cell != $1.cell ? $0.cell < $1.cell : $0.edge < $1.edge }
        var starts = [Int32](repeating: 0, count: columns * rows + 1)
        var list: [Int32] = []
        list.reserveCapacity(pairs.count)
        for (index, pair) in pairs.enumerated() where index == 0 || pairs[index - 1].cell != pair.cell || pairs[index - 1].edge != pair.edge {
            starts[Int(pair.cell) + 1] += 1
            list.append(pair.edge)
        }
        for cell in 0..<(columns * rows) { starts[cell + 1] += starts[cell] }
        edgeStarts = starts
        edgeList = list

        var closed = [Bool](repeating: false, count: columns * rows)
        for gate in closedGates {
            let shift = Coordinate.turns(from: (gate.west + gate.east) / 2, to: middle)
            let c0 = max(0, Int(((gate.west + shift - west) * k).rounded(.down)))
            let c1 = min(columns - 1, Int(((gate.east + shift - west) * k).rounded(.down)))
            let r0 = max(0, Int(((north - gate.north) * k).rounded(.down)))
            let r1 = min(rows - 1, Int(((north - gate.south) * k).rounded(.down)))
            guard c0 <= c1, r0 <= r1 else { continue }
            for r in r0...r1 {
                for c in c0...c1 where gate.contains(Self.center(row: r, column: c, west: west, north: north)) {
                    closed[r * columns + c] = true
                }
            }
        }
        self.closed = closed
        joined = [Bool](repeating: false, count: columns * rows)
    }

    private static func center(row: Int, column: Int, west: Double, north: Double) -> Coordinate {
        let k = Double(cellsPerDegree)
        return Coordinate(latitude: north - (Double(row) + 0.5) / k, longitude: west + (Double(column) + 0.5) / k)
    }

    func center(of cell: Int) -> Coordinate {
        Self.center(row: cell / columns, column: cell % columns, west: west, north: north)
    }

    /// The cell holding `point` (in the frame), or nil outside the box.
    func cell(of point: Coordinate) -> Int? {
        let k = Double(Self.cellsPerDegree)
        let c = Int(((point.longitude - west) * k).rounded(.down)), r = Int(((north - point.latitude) * k).rounded(.down))
        guard c >= 0, c < columns, r >= 0, r < rows else { return nil }
        return r * columns + c
    }

    /// Whether a cell is free water: no shoreline touches it and no closed gate holds it.
    private func isFree(_ cell: Int) -> Bool { edgeStarts[cell] == edgeStarts[cell + 1] && !closed[cell] }

    /// Whether `cell` is among the cells the last ``reach(from:)`` marked.
    func isJoined(_ cell: Int) -> Bool { joined.indices.contains(cell) && joined[cell] }

    /// Marks the free cells joined side to side to `cell`, which the caller knows to be water
    /// (for example a point of a route on the 1′ grid). False when `cell` is not free.
    mutating func reach(from cell: Int) -> Bool {
        guard isFree(cell) else { return false }
        joined = [Bool](repeating: false, count: columns * rows)
        joined[cell] = true
        var stack = [cell]
        while let current = stack.popLast() {
            let r = current / columns, c = current % columns
            for (dr, dc) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
                let nr = r + dr, nc = c + dc
                guard nr >= 0, nr < rows, nc >= 0, nc < columns else { continue }
                let next = nr * columns + nc
                if !joined[next] && isFree(next) {
                    joined[next] = true
                    stack.append(next)
                }
            }
        }
        return true
    }

    /// The point where a route to or from `port` (in the frame) starts: the port itself when
    /// it lies in reached water, else the centre of the nearest reached cell.
    func start(near port: Coordinate) -> Coordinate? {
        if let cell = cell(of: port), joined[cell] { return port }
        let scale = cos(port.latitude * .pi / 180)
        var best: (Double, Int)?
        for cell in 0..<joined.count where joined[cell] {
            let p = center(of: cell)
            let dx = (p.longitude - port.longitude) * scale, dy = p.latitude - port.latitude
            let d = dx * dx + dy * dy
            if best == nil || d < best!.0 { best = (d, cell) }
        }
        return best.map { center(of: $0.1) }
    }

    /// The shortest 8-neighbour path through reached water from the cell of `from` to the
    /// cell of `to` (both in reached cells), as cell centres; a diagonal step needs both cells
    /// beside it, so no step passes a shoreline through a corner.
    func path(from: Coordinate, to: Coordinate) -> [Coordinate]? {
        guard let start = cell(of: from), let goal = cell(of: to), joined[start], joined[goal] else { return nil }
        let k = Double(Self.cellsPerDegree)
        let dy = UnitVector.earthRadius * .pi / 180 / k
        let cosines = (0..<rows).map { cos((north - (Double($0) + 0.5) / k) * .pi / 180) }
        let narrowest = cosines.min() ?? 1
        let gr = goal / columns, gc = goal % columns
        func estimate(_ cell: Int) -> Double {
            let x = Double(cell % columns - gc) * dy * narrowest, y = Double(cell / columns - gr) * dy
            return (x * x + y * y).squareRoot()
        }
        var cost = [Double](repeating: .infinity, count: columns * rows)
        var previous = [Int32](repeating: -1, count: columns * rows)
        var queue = MinQueue(capacity: 1024)
        cost[start] = 0
        queue.push(estimate(start), start)
        var done = [Bool](repeating: false, count: columns * rows)
        while let current = queue.pop() {
            if done[current] { continue }
            done[current] = true
            if current == goal { break }
            let r = current / columns, c = current % columns
            for dr in -1...1 {
                for dc in -1...1 where dr != 0 || dc != 0 {
                    let nr = r + dr, nc = c + dc
                    guard nr >= 0, nr < rows, nc >= 0, nc < columns else { continue }
                    let next = nr * columns + nc
                    guard joined[next], !done[next] else { continue }
                    if dr != 0 && dc != 0 && !(joined[r * columns + nc] && joined[nr * columns + c]) { continue }
                    let x = Double(dc) * dy * (cosines[r] + cosines[nr]) / 2, y = Double(dr) * dy
                    let candidate = cost[current] + (x * x + y * y).squareRoot()
                    if candidate < cost[next] {
                        cost[next] = candidate
                        previous[next] = Int32(current)
                        queue.push(candidate + estimate(next), next)
                    }
                }
            }
        }
        guard done[goal] else { return nil }
        var cells = [goal]
        while cells.last! != start { cells.append(Int(previous[cells.last!])) }
        return cells.reversed().map(center(of:))
    }

    /// Whether the great-circle arc from `a` to `b` (in the frame) crosses no shoreline and no
    /// closed gate, staying inside the box. Exact against the shoreline's edges (touching one
    /// counts as crossing), so when `a` is water the whole arc is water. The arc is taken as
    /// straight longitude/latitude pieces of at most 500 m, which differ from it by millimetres.
    func clear(from a: Coordinate, to b: Coordinate) -> Bool {
        guard cell(of: a) != nil, cell(of: b) != nil else { return false }
        let pa = UnitVector(a), pb = UnitVector(b)
        let angle = pa.angle(to: pb)
        let count = max(1, Int((angle * UnitVector.earthRadius / 500).rounded(.up)))
        let k = Double(Self.cellsPerDegree)
        var x1 = a.longitude, y1 = a.latitude
        for index in 1...count {
            var x2 = b.longitude, y2 = b.latitude
            if index < count {
                let v = UnitVector.slerp(pa, pb, angle: angle, fraction: Double(index) / Double(count))
                x2 = v.longitude + Coordinate.turns(from: v.longitude, to: a.longitude)
                y2 = v.latitude
            }
            let c1 = Int(((x1 - west) * k).rounded(.down)), c2 = Int(((x2 - west) * k).rounded(.down))
            let r1 = Int(((north - y1) * k).rounded(.down)), r2 = Int(((north - y2) * k).rounded(.down))
            guard min(c1, c2) >= 0, max(c1, c2) < columns, min(r1, r2) >= 0, max(r1, r2) < rows else { return false }
            for r in min(r1, r2)...max(r1, r2) {
                for c in min(c1, c2)...max(c1, c2) {
                    let cell = r * columns + c
                    if closed[cell] { return false }
                    for slot in Int(edgeStarts[cell])..<Int(edgeStarts[cell + 1]) {
                        let e = 4 * Int(edgeList[slot])
                        if PlanarSegment.touch(x1, y1, x2, y2, edges[e], edges[e + 1], edges[e + 2], edges[e + 3]) { return false }
                    }
                }
            }
            x1 = x2; y1 = y2
        }
        return true
    }
}
