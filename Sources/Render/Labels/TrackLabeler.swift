import Foundation
import Geo

/// Names each track along its line: set glyph by glyph in the track's colour so the name
/// bends with the line, on the straightest stretch long enough for it, clear of markers,
/// panels and other names, away from the track's ends and preferring the middle; where no
/// stretch has room, the track gets a letter key (A, B, C…) on its line, explained in the
/// legend.
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
        /// Each grapheme cluster's frame along the line.
        var glyphs: [PathText.Glyph]
        /// Each cluster's turned box, and the upright box holding them all.
        var boxes: [TurnedBox]
        var bounds: PageBox

        /// Whether a glyph's box meets `box`.
        func intersects(_ box: PageBox) -> Bool {
            bounds.intersects(box) && boxes.contains { $0.intersects(box) }
        }
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
    /// The most a name may turn between neighbouring glyphs, and over its whole length,
    /// in radians: about 11° and 40°, bends a reader follows without tilting the head.
    static let glyphTurn = 0.2
    static let nameTurn = 0.7

    var page: PageBox
    var obstacles: [PageBox]
    /// Measures a name: width and height in points.
    var measure: (String) -> TextExtent
    /// Where each cluster of a (composed) name starts, then its width
    /// (``Canvas/clusterOffsets(_:font:)``); nil to measure the name's prefixes instead.
    var clusterOffsets: ((String) -> [Double])? = nil
    /// What placing these tracks' names computes whatever the obstacles are; a map whose
    /// panels are laid out again places the same names again with the same memo.
    var memo = TrackLabelMemo()

    /// Where each track's name goes; tracks with no room get keys, lettered in track order.
    func place(_ tracks: [Track]) -> (placements: [Placement], keys: [Key]) {
        let hard = BoxGrid(obstacles)
        let soft = memo.soft ?? {
            var soft = BoxGrid([])
            for (index, track) in tracks.enumerated() {
                for box in MapPainter.sampledBoxes(track.pieces, spacing: 6, size: track.lineWidth + 2) { soft.insert(box, tag: index) }
            }
            memo.soft = soft
            return soft
        }()
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
        let name = memo.names[index] ?? {
            let height = measure(track.text).height
            let clusters = PathText.clusters(track.text)
            let offsets = clusterOffsets?(clusters.joined()) ?? PathText.prefixOffsets(clusters) { measure($0).width }
            let name = TrackLabelMemo.Name(height: height, clusters: clusters, offsets: offsets, total: Self.length(track.pieces))
            memo.names[index] = name
            return name
        }()
        let (height, clusters, offsets, total) = (name.height, name.clusters, name.offsets, name.total)
        let width = offsets[offsets.count - 1]
        let gap = track.lineWidth / 2 + 2
        var best: (score: Double, placement: Placement)?
        var before = 0.0
        for (pieceNumber, piece) in track.pieces.enumerated() {
            let forward = memo.walk(TrackLabelMemo.LineKey(track: index, piece: pieceNumber, reversed: false, side: -1)) {
                PolylineWalk(piece)
            }
            defer { before += forward.length }
            guard forward.length >= width + 2 * Self.endMargin else { continue }
            // A name reads left to right: along the line, or along it backwards. Its glyphs
            // are spaced along the parallel line through their middles, above or below the
            // track, so a bend neither spreads nor crowds them.
            for reversed in [false, true] {
                let walk = reversed ? memo.walk(TrackLabelMemo.LineKey(track: index, piece: pieceNumber, reversed: true, side: -1)) {
                    PolylineWalk(piece.reversed())
                } : forward
                let isReversed = walk.points.first != forward.points.first
                for (sideNumber, (side, offset)) in [(0.0, -(gap + height / 2)), (0.6, gap + height / 2)].enumerated() {
                    let line = memo.walk(TrackLabelMemo.LineKey(track: index, piece: pieceNumber, reversed: reversed, side: sideNumber)) {
                        PolylineWalk(Self.parallel(walk.points, offset: offset))
                    }
                    let step = max(5, line.length / 150)
                    var start = Self.endMargin
                    var stepNumber = -1
                    while start + width <= line.length - Self.endMargin {
                        defer { start += step }
                        stepNumber += 1
                        let (a, b) = (line.point(at: start), line.point(at: start + width))
                        guard b.x - a.x > 0 || (b.x == a.x && !isReversed), hypot(b.x - a.x, b.y - a.y) >= 0.8 * width else { continue }
                        let along = (isReversed ? line.length - start - width / 2 : start + width / 2) * walk.length / max(line.length, 1)
                        let middle = (before + along) / max(total, 1)
                        // Crossings only add to the score: a stretch already worse goes uncounted,
                        // and one whose place alone scores worse is not even set in glyphs.
                        guard best.map({ abs(middle - 0.5) * 3 + side < $0.score }) ?? true else { continue }
                        let key = TrackLabelMemo.StretchKey(line: TrackLabelMemo.LineKey(track: index, piece: pieceNumber, reversed: reversed,
                                                                                         side: sideNumber), step: stepNumber)
                        let stretch: TrackLabelMemo.Stretch
                        if let known = memo.stretches[key] {
                            guard let known else { continue }
                            stretch = known
                        } else {
                            guard let frames = glyphFrames(line, start: start, offsets: offsets, window: height * 0.6) else {
                                memo.stretches[key] = .some(nil)
                                continue
                            }
                            stretch = TrackLabelMemo.Stretch(frames: frames, base: abs(middle - 0.5) * 3 + line.deviation(from: start, to: start + width) / 3 + side)
                            memo.stretches[key] = stretch
                        }
                        let base = stretch.base
                        guard best.map({ base < $0.score }) ?? true else { continue }
                        let placement = stretch.placement ?? {
                            let placement = Self.placement(index, clusters: clusters, frames: stretch.frames, offsets: offsets,
                                                           normal: -height / 2, height: height)
                            stretch.placement = placement
                            return placement
                        }()
                        let bounds = placement.bounds
                        guard page.contains(bounds),
                              // Upright boxes are kept clear of the name's whole upright extent.
                              !hard.intersects(bounds),
                              // Names keep apart by their upright extents, as the map reports them.
                              !placed.contains(where: { $0.bounds.intersects(bounds) }) else { continue }
                        let crossings = stretch.crossings ?? {
                            let crossings = soft.candidates(bounds)
                                .filter { entry in entry.tag != index && placement.boxes.contains { $0.intersects(entry.box) } }.count
                            stretch.crossings = crossings
                            return crossings
                        }()
                        let score = Double(crossings) * 4 + base
                        if best == nil || score < best!.score { best = (score, placement) }
                    }
                }
            }
        }
        return best?.placement
    }

    /// The line `offset` points to the right of `points` as they run (negative: to the
    /// left; page y down), each vertex moved along the mean of its segments' normals.
    static func parallel(_ points: [ProjectedPoint], offset: Double) -> [ProjectedPoint] {
        guard points.count >= 2 else { return points }
        func normal(_ a: ProjectedPoint, _ b: ProjectedPoint) -> (Double, Double) {
            let length = max(hypot(b.x - a.x, b.y - a.y), 1e-9)
            return (-(b.y - a.y) / length, (b.x - a.x) / length)
        }
        return points.indices.map { index in
            let before = index > 0 ? normal(points[index - 1], points[index]) : nil
            let after = index + 1 < points.count ? normal(points[index], points[index + 1]) : nil
            var (nx, ny) = before.map { b in after.map { (b.0 + $0.0, b.1 + $0.1) } ?? b } ?? after!
            let length = max(hypot(nx, ny), 1e-9)
            (nx, ny) = (nx / length, ny / length)
            return ProjectedPoint(x: points[index].x + nx * offset, y: points[index].y + ny * offset)
        }
    }

    /// The point on the line under each glyph's middle and the line's direction there
    /// (over `window` points either side, so a vertex does not kink the name); nil where
    /// the line bends more than ``glyphTurn`` between glyphs or ``nameTurn`` in all, or
    /// where neighbouring glyphs would crowd (a corner folding the line beside the track).
    private func glyphFrames(_ walk: PolylineWalk, start: Double, offsets: [Double],
                             window: Double) -> [(point: ProjectedPoint, angle: Double)]? {
        var frames: [(point: ProjectedPoint, angle: Double)] = []
        var low = Double.infinity, high = -Double.infinity
        for index in 0..<(offsets.count - 1) {
            let at = start + (offsets[index] + offsets[index + 1]) / 2
            let behind = walk.point(at: at - window), ahead = walk.point(at: at + window)
            var angle = atan2(ahead.y - behind.y, ahead.x - behind.x)
            let point = walk.point(at: at)
            if let last = frames.last {
                angle = last.angle + remainder(angle - last.angle, 2 * .pi)
                guard abs(angle - last.angle) <= Self.glyphTurn else { return nil }
                let spacing = (offsets[index + 1] - offsets[index - 1]) / 2
                let ahead = (point.x - last.point.x) * cos(last.angle) + (point.y - last.point.y) * sin(last.angle)
                guard ahead >= 0.9 * spacing else { return nil }
            }
            low = min(low, angle)
            high = max(high, angle)
            guard high - low <= Self.nameTurn, abs(angle) < .pi / 2 + 0.2 else { return nil }
            frames.append((point, angle))
        }
        return frames
    }

    /// The glyphs set on `frames`, their baselines `normal` points off the line (negative:
    /// the name above the line as it reads), each cluster centred on its frame's point.
    private static func placement(_ track: Int, clusters: [String], frames: [(point: ProjectedPoint, angle: Double)],
                                  offsets: [Double], normal: Double, height: Double) -> Placement {
        var glyphs: [PathText.Glyph] = [], boxes: [TurnedBox] = []
        for (index, frame) in frames.enumerated() {
            let advance = offsets[index + 1] - offsets[index]
            let c = cos(frame.angle), s = sin(frame.angle)
            let origin = ProjectedPoint(x: frame.point.x - s * normal - c * advance / 2,
                                        y: frame.point.y + c * normal - s * advance / 2)
            glyphs.append(PathText.Glyph(text: clusters[index], origin: origin, rotation: frame.angle))
            boxes.append(TurnedBox(origin: origin, width: advance, height: height, rotation: frame.angle))
        }
        let corners = boxes.flatMap(\.corners)
        let minX = corners.map(\.x).min() ?? 0, minY = corners.map(\.y).min() ?? 0
        let bounds = PageBox(x: minX, y: minY, width: (corners.map(\.x).max() ?? 0) - minX,
                             height: (corners.map(\.y).max() ?? 0) - minY)
        return Placement(track: track, glyphs: glyphs, boxes: boxes, bounds: bounds)
    }

    /// Where a track's key goes: on its longest line, at the middle or the nearest free point.
    private func keyPoint(_ track: Track, hard: BoxGrid, placed: [Placement], keys: [Key]) -> ProjectedPoint? {
        guard let piece = track.pieces.max(by: { PolylineWalk($0).length < PolylineWalk($1).length }), piece.count >= 2 else { return nil }
        let walk = PolylineWalk(piece)
        let points = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map { walk.point(at: walk.length * $0) }
        let free = points.first { point in
            let key = Key(track: 0, letter: "", center: point)
            return page.contains(key.box) && hard.candidates(key.box).allSatisfy { !$0.box.intersects(key.box) }
                && !placed.contains { $0.intersects(key.box) } && !keys.contains { $0.box.intersects(key.box) }
        }
        return free ?? points.first { page.contains(Key(track: 0, letter: "", center: $0).box) }
    }
}

/// What ``TrackLabeler`` computes for a map's tracks whatever the obstacles are — each
/// name's measures, the lines it may follow, each stretch's glyph frames, score and
/// crossings with the other tracks — kept between the placements of one map. The answers
/// are the ones computed afresh; only the work is saved. A class: the labeler's copies share it.
final class TrackLabelMemo {
    struct Name {
        var height: Double
        var clusters: [String]
        var offsets: [Double]
        var total: Double
    }

    /// A track's piece, forwards or backwards, and the parallel line on a side (−1: the piece itself).
    struct LineKey: Hashable {
        var track: Int
        var piece: Int
        var reversed: Bool
        var side: Int
    }

    struct StretchKey: Hashable {
        var line: LineKey
        var step: Int
    }

    /// A stretch whose glyphs fit: their frames, its score before crossings, and what is
    /// computed from it when asked.
    final class Stretch {
        let frames: [(point: ProjectedPoint, angle: Double)]
        let base: Double
        var placement: TrackLabeler.Placement?
        var crossings: Int?

        init(frames: [(point: ProjectedPoint, angle: Double)], base: Double) {
            self.frames = frames
            self.base = base
        }
    }

    var soft: BoxGrid?
    var names: [Int: Name] = [:]
    var lines: [LineKey: PolylineWalk] = [:]
    /// nil: the stretch's glyphs do not fit.
    var stretches: [StretchKey: Stretch?] = [:]

    func walk(_ key: LineKey, make: () -> PolylineWalk) -> PolylineWalk {
        if let known = lines[key] { return known }
        let walk = make()
        lines[key] = walk
        return walk
    }
}
