import Foundation
import Geo

/// Redoes the coastal parts of a leg at 15″ against the exact shoreline: the way out of the
/// start port and into the end port, or a whole short hop along a coast.
///
/// The 1′ grid closes every cell a shoreline touches, so on its own a route leaves harbour
/// mouths narrower than a few cells the long way round, keeps about a cell off the coast, and
/// starts up to a cell and a half from the port. Near the ends that is most of a short hop's
/// length. Here the part of the line within ``endReach`` of a port (or the whole hop, when it
/// fits a box of ``hopReach``) is searched again on ``CoastalWater`` and pulled taut with
/// exact shoreline tests. A refined part is kept when it is shorter port to port than what it
/// replaces, counting the snap as land to be avoided (see ``better(snap:length:than:_:)``).
struct CoastalRefinement: Sendable {
    /// The shoreline of a region (or more of it).
    let shoreline: @Sendable (BoundingBox) throws -> Basemap
    let water: NavigableWater
    let closedGates: [AreaPolygon]
    /// Regions round the ends made ahead, while the leg was searched: the water of the box
    /// round each line end point, as ``endRegion(at:)`` would make it.
    var ahead: [(at: Coordinate, port: Coordinate, region: Ahead<Result<EndRegion, any Error>>)] = []

    /// The water round a line's end point, reached from the point's cell, and where a route
    /// to the port starts in it.
    struct EndRegion: Sendable {
        var water: CoastalWater
        var start: Coordinate?
    }

    /// Half the side of the square searched again around each end of a leg, meters.
    static let endReach = 30_000.0
    /// The largest side, meters, of a box that a whole hop (and its margin) may take.
    static let hopReach = 200_000.0
    /// Water kept around a hop's line, meters, so the finer path has room to straighten.
    static let hopMargin = 10_000.0
    static let metersPerDegree = UnitVector.earthRadius * .pi / 180

    /// Refines `line` in place: the whole of a hop that is one water piece with no via-areas
    /// and fits ``hopReach``, else the start of its first piece and the end of its last.
    /// `snaps` are the distances from the ports to the line's ends before; returns them after.
    func refine(_ line: inout LegLine, from: Coordinate, to: Coordinate, hasViaAreas: Bool,
                snaps: (start: Double, end: Double)) throws -> (start: Double, end: Double) {
        var snaps = snaps
        if line.pieces.count == 1, !hasViaAreas,
           let whole = try hop(line.pieces[0], from: from, to: to, snaps: snaps.start + snaps.end) {
            line.pieces[0] = whole.points
            return (whole.startSnap, whole.endSnap)
        }
        // The two ends on both cores: each looks at its own end of the line only.
        let last = line.pieces.count - 1
        let ends = [(line.pieces[0], from, snaps.start), (Array(line.pieces[last].reversed()), to, snaps.end)]
        let refined = Parallel.map([0, 1]) { k in Result { try self.end(ends[k].0, port: ends[k].1, snap: ends[k].2) } }
        let head = try refined[0].get()
        var tail = try refined[1].get()
        let count = line.pieces[last].count
        if last == 0, let head, head.replaced + (tail?.replaced ?? 0) > count {
            // One short piece whose ends' parts overlap: the end after the start's refinement.
            tail = try end(Array(head.points.reversed()), port: to, snap: snaps.end)
            line.pieces[0] = head.points
        } else if last == 0 {
            // One piece: the refined start, the middle as it was, the refined end.
            let piece = line.pieces[0]
            // Each end's points are its refined part, then the rest of the piece as it was.
            let prefix = head?.replaced ?? 0, suffix = tail?.replaced ?? 0
            let startPart = head.map { Array($0.points.dropLast(count - prefix)) } ?? []
            let endPart = tail.map { Array($0.points.dropLast(count - suffix).reversed()) } ?? []
            line.pieces[0] = startPart + Array(piece[prefix..<(count - suffix)]) + endPart
            if let head { snaps.start = head.snap }
            if let tail { snaps.end = tail.snap }
            return snaps
        } else if let head {
            line.pieces[0] = head.points
        }
        if let head { snaps.start = head.snap }
        if let tail {
            line.pieces[last] = tail.points.reversed()
            snaps.end = tail.snap
        }
        return snaps
    }

    /// A hop searched end to end: the line from the start port's water to the end port's,
    /// and the snaps at each end; nil when the hop's box is too large or the result no better.
    func hop(_ piece: [Coordinate], from: Coordinate, to: Coordinate, snaps: Double) throws
        -> (points: [Coordinate], startSnap: Double, endSnap: Double)? {
        guard let first = piece.first, let last = piece.last else { return nil }
        let origin = from.unwrapped(near: first.longitude), destination = to.unwrapped(near: last.longitude)
        var west = Double.infinity, east = -Double.infinity, south = Double.infinity, north = -Double.infinity
        for point in piece + [origin, destination] {
            west = min(west, point.longitude); east = max(east, point.longitude)
            south = min(south, point.latitude); north = max(north, point.latitude)
        }
        let latitudeMargin = Self.hopMargin / Self.metersPerDegree
        let widest = max(cos(max(abs(south), abs(north)) * .pi / 180), 0.05)
        let longitudeMargin = latitudeMargin / widest
        guard (north - south + 2 * latitudeMargin) * Self.metersPerDegree <= Self.hopReach,
              (east - west + 2 * longitudeMargin) * Self.metersPerDegree * widest <= Self.hopReach else { return nil }
        let box = BoundingBox(west: west - longitudeMargin, south: max(south - latitudeMargin, -89.9),
                              east: east + longitudeMargin, north: min(north + latitudeMargin, 89.9))
        var region = CoastalWater(box: box, shoreline: try shoreline(around: box), closedGates: closedGates)
        guard let known = region.cell(of: last), region.reach(from: known),
              let start = region.start(near: origin), let end = region.start(near: destination),
              let cells = region.path(from: start, to: end) else { return nil }
        let coast = region
        let points = PathSmoother(sight: { coast.clear(from: $0, to: $1) }).smooth(Self.joined([start], cells, [end]))
        let startSnap = Geodesic.wgs84.distance(from: from, to: start)
        let endSnap = Geodesic.wgs84.distance(from: to, to: end)
        guard Self.better(snap: startSnap + endSnap, length: Polyline(points).lengthMeters,
                          than: snaps, Polyline(piece).lengthMeters) else { return nil }
        return (points, startSnap, endSnap)
    }

    /// The start of `piece` searched again from `port`: the new line (the refined part, then
    /// the rest of the piece as it was), its snap, and how many of the piece's first points
    /// the refined part replaced; nil when the result is no better than the piece and `snap`
    /// it replaces.
    func end(_ piece: [Coordinate], port: Coordinate, snap: Double) throws -> (points: [Coordinate], snap: Double, replaced: Int)? {
        guard let first = piece.first else { return nil }
        let origin = port.unwrapped(near: first.longitude)
        let (latitudeReach, longitudeReach) = Self.endReaches(at: first)
        // Where the piece leaves the box (less a margin): the search hands over to the piece there.
        let inset = 0.9
        func inside(_ point: Coordinate) -> Bool {
            abs(point.latitude - first.latitude) < latitudeReach * inset
                && abs(point.longitude - first.longitude) < longitudeReach * inset
        }
        var handoff = piece[piece.count - 1], after = piece.count
        search: for i in 0..<(piece.count - 1) {
            let a = UnitVector(piece[i]), b = UnitVector(piece[i + 1])
            let angle = a.angle(to: b)
            let count = max(1, Int((angle * UnitVector.earthRadius / 1000).rounded(.up)))
            var previous = piece[i]
            for s in 1...count {
                let v = UnitVector.slerp(a, b, angle: angle, fraction: Double(s) / Double(count))
                let point = Coordinate(latitude: v.latitude, longitude: v.longitude).unwrapped(near: piece[i].longitude)
                if !inside(point) {
                    handoff = previous
                    after = i + 1
                    break search
                }
                previous = point
            }
        }
        // Made ahead, the water was reached from the end point's cell: the same water when the
        // handoff's cell lies in it, and then the same start.
        let made = try ahead.first { $0.at == first && $0.port == port }?.region.value.get()
        var region = try made?.water ?? endRegion(at: first)
        guard let known = region.cell(of: handoff) else { return nil }
        var start = made?.start
        if made == nil || !region.isJoined(known) {
            guard region.reach(from: known) else { return nil }
            start = region.start(near: origin)
        }
        guard let start, let cells = region.path(from: start, to: handoff) else { return nil }
        // Pull taut up to the first point of the piece outside the box; the rest stays.
        let rest = Array(piece[after...])
        let anchor = rest.firstIndex { region.cell(of: $0) == nil } ?? rest.count - 1
        let coast = region, water = self.water
        let local = Self.joined([start], cells, [handoff]) + (rest.isEmpty ? [] : Array(rest[...anchor]))
        let smoothed = PathSmoother(sight: { coast.clear(from: $0, to: $1) || water.sight(from: $0, to: $1) }).smooth(local)
        let replaced = Array(piece[..<after]) + [handoff] + (rest.isEmpty ? [] : Array(rest[...anchor]))
        let newSnap = Geodesic.wgs84.distance(from: port, to: start)
        guard Self.better(snap: newSnap, length: Polyline(smoothed).lengthMeters,
                          than: snap, Polyline(replaced).lengthMeters) else { return nil }
        return (smoothed + (rest.isEmpty ? [] : Array(rest[(anchor + 1)...])), newSnap, after + (rest.isEmpty ? 0 : anchor + 1))
    }

    /// ``endReach`` in degrees of latitude and of longitude at a line's end point `first`.
    static func endReaches(at first: Coordinate) -> (latitude: Double, longitude: Double) {
        let latitude = endReach / metersPerDegree
        return (latitude, latitude / max(cos(first.latitude * .pi / 180), 0.05))
    }

    /// The box searched again round a line's end point `first`: ``endReach`` each way.
    static func endBox(at first: Coordinate) -> BoundingBox {
        let (latitudeReach, longitudeReach) = endReaches(at: first)
        return BoundingBox(west: first.longitude - longitudeReach, south: max(first.latitude - latitudeReach, -89.9),
                           east: first.longitude + longitudeReach, north: min(first.latitude + latitudeReach, 89.9))
    }

    /// The water of ``endBox(at:)`` round `first`.
    func endRegion(at first: Coordinate) throws -> CoastalWater {
        let box = Self.endBox(at: first)
        return CoastalWater(box: box, shoreline: try shoreline(around: box), closedGates: closedGates)
    }

    /// Starts making the water round line end points on another core, each reached from the
    /// point's cell, for the ends refined later (`at`, the line's end point, by `port`); an
    /// end whose line ends elsewhere makes its own.
    mutating func prepare(_ ends: [(at: Coordinate, port: Coordinate)]) {
        let refinement = self
        ahead = ends.map { end in
            (end.at, end.port, Ahead {
                Result {
                    var water = try refinement.endRegion(at: end.at)
                    guard let cell = water.cell(of: end.at), water.reach(from: cell) else { return EndRegion(water: water, start: nil) }
                    return EndRegion(water: water, start: water.start(near: end.port.unwrapped(near: end.at.longitude)))
                }
            })
        }
    }

    /// The shoreline around `box`: the box and a twentieth of a degree more each way, which
    /// holds the whole arc-minutes ``CoastalWater`` rounds the box out to.
    func shoreline(around box: BoundingBox) throws -> Basemap {
        let margin = 0.05
        return try shoreline(BoundingBox(west: box.west - margin, south: max(box.south - margin, -90),
                                         east: box.east + margin, north: min(box.north + margin, 90)))
    }

    /// How many meters of route a meter of snap is worth when choosing between lines.
    static let snapWeight = 3.0

    /// Whether a refined line is kept: when it is shorter port to port with each meter of
    /// snap counted ``snapWeight`` times. A snap is a straight line that may cross land, so a
    /// line that starts nearer the port is the truer route unless it goes much further round:
    /// Severomorsk's refined start, 9 km nearer up Kola Bay, is kept; a way into a basin behind
    /// a breakwater that saves a kilometre of snap for ten of route is not.
    static func better(snap: Double, length: Double, than oldSnap: Double, _ oldLength: Double) -> Bool {
        snap * snapWeight + length < oldSnap * snapWeight + oldLength
    }

    /// The parts end to end, without repeating a point where one part ends and the next begins.
    static func joined(_ parts: [Coordinate]...) -> [Coordinate] {
        var result: [Coordinate] = []
        for part in parts { for point in part where result.last != point { result.append(point) } }
        return result
    }
}
