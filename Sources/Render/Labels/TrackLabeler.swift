import Foundation
import Geo

/// Names each track along its line: set in the track's colour on the straightest stretch
/// long enough for the name, clear of markers, panels and other names, away from the
/// track's ends and preferring the middle; where no stretch has room, the track gets a
/// letter key (A, B, C…) on its line, explained in the legend.
struct TrackLabeler {
    struct Track {
        var text: String
        /// The track's page polylines.
        var pieces: [[ProjectedPoint]]
        var color: Color
        /// The drawn line width in points, so the name clears the line.
        var lineWidth: Double
    }

    struct Placement: Equatable {
        var track: Int
        /// Top-left corner of the text, and its turn about that corner in radians.
        var origin: ProjectedPoint
        var rotation: Double
        var box: TurnedBox
    }

    struct Key: Equatable {
        var track: Int
        var letter: String
        var center: ProjectedPoint
        var box: PageBox { PageBox(x: center.x - TrackLabeler.keyRadius - 1, y: center.y - TrackLabeler.keyRadius - 1,
                                   width: 2 * TrackLabeler.keyRadius + 2, height: 2 * TrackLabeler.keyRadius + 2) }
    }

    static let keyRadius = 8.0
    /// Names stay this far (points) from a line's ends, where markers and arrowheads are.
    static let endMargin = 26.0
    /// A stretch is straight enough when no vertex strays more than this (points) from its chord.
    static let tolerance = 3.0

    var page: PageBox
    var obstacles: [PageBox]
    /// Measures a name: width and height in points.
    var measure: (String) -> TextExtent

    /// Where each track's name goes; tracks with no room get keys, lettered in track order.
    func place(_ tracks: [Track]) -> (placements: [Placement], keys: [Key]) {
        let hard = BoxGrid(obstacles)
        var soft = BoxGrid([])
        for (index, track) in tracks.enumerated() {
            for box in MapPainter.sampledBoxes(track.pieces, spacing: 6, size: track.lineWidth + 2) { soft.insert(box, tag: index) }
        }
        var placed: [Placement] = []
        var unplaced: [Int] = []
        // Short tracks first: they have the fewest stretches to choose from.
        let order = tracks.indices.sorted { (Self.length(tracks[$0].pieces), $0) < (Self.length(tracks[$1].pieces), $1) }
        for index in order {
            if let best = bestPlacement(tracks[index], index: index, hard: hard, soft: soft, placed: placed) {
                placed.append(best)
            } else {
                unplaced.append(index)
            }
        }
        var keys: [Key] = []
        for index in unplaced.sorted() {
            let letter = Self.letter(keys.count)
            guard let center = keyPoint(tracks[index], hard: hard, placed: placed, keys: keys) else { continue }
            keys.append(Key(track: index, letter: letter, center: center))
        }
        return (placed.sorted { $0.track < $1.track }, keys)
    }

    /// A, B, … Z, then AA, AB, …
    static func letter(_ number: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return number < 26 ? String(letters[number]) : letter(number / 26 - 1) + String(letters[number % 26])
    }

    static func length(_ pieces: [[ProjectedPoint]]) -> Double {
        pieces.reduce(0) { total, piece in total + zip(piece, piece.dropFirst()).reduce(0) { $0 + hypot($1.1.x - $1.0.x, $1.1.y - $1.0.y) } }
    }

    private func bestPlacement(_ track: Track, index: Int, hard: BoxGrid, soft: BoxGrid, placed: [Placement]) -> Placement? {
        let extent = measure(track.text)
        let width = extent.width, height = extent.height
        let gap = track.lineWidth / 2 + 2
        let total = Self.length(track.pieces)
        var best: (score: Double, placement: Placement)?
        var before = 0.0
        for piece in track.pieces {
            let walk = PolylineWalk(piece)
            defer { before += walk.length }
            guard walk.length >= width + 2 * Self.endMargin else { continue }
            let step = max(5, walk.length / 150)
            var start = Self.endMargin
            while start + width <= walk.length - Self.endMargin {
                defer { start += step }
                let (a, b) = (walk.point(at: start), walk.point(at: start + width))
                guard hypot(b.x - a.x, b.y - a.y) >= 0.96 * width else { continue }
                let deviation = walk.deviation(from: start, to: start + width)
                guard deviation <= Self.tolerance else { continue }
                // Read left to right whichever way the track runs.
                let (left, right) = a.x <= b.x ? (a, b) : (b, a)
                let rotation = atan2(right.y - left.y, right.x - left.x)
                let middle = (before + start + width / 2) / max(total, 1)
                for (side, offset) in [(0.0, -(height + gap)), (0.6, gap)] {
                    let origin = ProjectedPoint(x: left.x - offset * sin(rotation), y: left.y + offset * cos(rotation))
                    let box = TurnedBox(origin: origin, width: width, height: height, rotation: rotation)
                    let bounds = box.bounds
                    guard page.contains(bounds),
                          // Upright boxes are kept clear of the name's whole upright extent.
                          hard.candidates(bounds).isEmpty,
                          // Names keep apart by their upright extents, as the map reports them.
                          !placed.contains(where: { $0.box.bounds.intersects(bounds) }) else { continue }
                    let crossings = soft.candidates(bounds).filter { $0.tag != index && box.intersects($0.box) }.count
                    let score = Double(crossings) * 4 + abs(middle - 0.5) * 3 + deviation / 3 + side
                    if best == nil || score < best!.score {
                        best = (score, Placement(track: index, origin: origin, rotation: rotation, box: box))
                    }
                }
            }
        }
        return best?.placement
    }

    /// Where a track's key goes: on its longest line, at the middle or the nearest free point.
    private func keyPoint(_ track: Track, hard: BoxGrid, placed: [Placement], keys: [Key]) -> ProjectedPoint? {
        guard let piece = track.pieces.max(by: { PolylineWalk($0).length < PolylineWalk($1).length }), piece.count >= 2 else { return nil }
        let walk = PolylineWalk(piece)
        let points = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map { walk.point(at: walk.length * $0) }
        let free = points.first { point in
            let key = Key(track: 0, letter: "", center: point)
            return page.contains(key.box) && hard.candidates(key.box).allSatisfy { !$0.box.intersects(key.box) }
                && !placed.contains { $0.box.intersects(key.box) } && !keys.contains { $0.box.intersects(key.box) }
        }
        return free ?? points.first { page.contains(Key(track: 0, letter: "", center: $0).box) }
    }
}

/// Distance along a page polyline: points at a given arc length, and how far a stretch
/// strays from its chord.
struct PolylineWalk {
    let points: [ProjectedPoint]
    /// Arc length at each vertex, in points.
    let distances: [Double]

    init(_ points: [ProjectedPoint]) {
        self.points = points
        var distances = [0.0]
        for (a, b) in zip(points, points.dropFirst()) { distances.append(distances.last! + hypot(b.x - a.x, b.y - a.y)) }
        self.distances = distances
    }

    var length: Double { distances.last ?? 0 }

    /// The index of the segment holding arc length `s` (binary search).
    private func segment(at s: Double) -> Int {
        var low = 0, high = distances.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if distances[mid] <= s { low = mid } else { high = mid }
        }
        return low
    }

    func point(at s: Double) -> ProjectedPoint {
        guard points.count >= 2 else { return points.first ?? ProjectedPoint(x: 0, y: 0) }
        let clamped = min(max(s, 0), length)
        let index = min(segment(at: clamped), points.count - 2)
        let span = distances[index + 1] - distances[index]
        let t = span > 0 ? (clamped - distances[index]) / span : 0
        let a = points[index], b = points[index + 1]
        return ProjectedPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }

    /// The largest distance of a vertex between arc lengths `from` and `to` from the chord
    /// joining the points there, in points.
    func deviation(from: Double, to: Double) -> Double {
        let a = point(at: from), b = point(at: to)
        let dx = b.x - a.x, dy = b.y - a.y, chord = hypot(dx, dy)
        guard chord > 0 else { return .infinity }
        var worst = 0.0
        var index = segment(at: from) + 1
        while index < points.count && distances[index] < to {
            let p = points[index]
            worst = max(worst, abs((p.x - a.x) * dy - (p.y - a.y) * dx) / chord)
            index += 1
        }
        return worst
    }
}

/// Page boxes bucketed in a uniform grid, for finding the few that may touch a box.
struct BoxGrid {
    struct Entry { var box: PageBox; var tag: Int }
    static let cell = 48.0
    private var cells: [Int64: [Int]] = [:]
    private var entries: [Entry] = []

    init(_ boxes: [PageBox]) {
        for box in boxes { insert(box, tag: -1) }
    }

    private static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(y))) }

    private static func range(_ low: Double, _ high: Double) -> ClosedRange<Int> {
        Int((low / cell).rounded(.down))...Int((high / cell).rounded(.down))
    }

    mutating func insert(_ box: PageBox, tag: Int) {
        entries.append(Entry(box: box, tag: tag))
        for x in Self.range(box.x, box.x + box.width) {
            for y in Self.range(box.y, box.y + box.height) { cells[Self.key(x, y), default: []].append(entries.count - 1) }
        }
    }

    /// The entries whose boxes may intersect `box`, each once, in insertion order.
    func candidates(_ box: PageBox) -> [Entry] {
        var found = Set<Int>()
        for x in Self.range(box.x, box.x + box.width) {
            for y in Self.range(box.y, box.y + box.height) {
                for index in cells[Self.key(x, y)] ?? [] where entries[index].box.intersects(box) { found.insert(index) }
            }
        }
        return found.sorted().map { entries[$0] }
    }
}
