import Foundation
import Geo

extension SeaRouter {
    /// Maximum spacing of output points along a leg, meters: arcs this short agree with the
    /// WGS84 geodesic to well under a meter, so the water-only check holds for either.
    static let outputSpacing = 20_000.0

    /// The water the query may use with these passages closed: made once per set of closed
    /// passages (a handful of sets in all: the defaults, the seasons, what voyages allow or
    /// avoid) and kept, as filling the gates' cells costs more than a short leg's search.
    func navigableWater(closed: Set<Int>) -> NavigableWater {
        let key = closed.sorted()
        if let known = closedWaters.withLock({ $0[key] }) { return known }
        let made = NavigableWater(grid: water, closed: ClosedCells(gates: key.map { gates[$0] }, grid: water))
        closedWaters.withLock { kept in
            if kept.count >= 64 { kept.removeAll() }
            kept[key] = made
        }
        return made
    }

    /// The leg from `located` to `arrival` through `vias`, with the passages used; the blocks
    /// its coarse searches expanded are added to `reached`.
    func leg(from located: Located, to arrival: Located, via vias: [Located], closed: Set<Int>,
             reached: inout Set<Int>) throws -> (SeaLeg, [String]) {
        let from = located.waypoint, to = arrival.waypoint
        let navigable = navigableWater(closed: closed)
        let channels = channelOfPassage.keys.sorted().filter { !closed.contains($0) }.map { channelOfPassage[$0]! }
        guard var start = navigable.nearestOpen(to: from.coordinate) else {
            throw RouteFailure(index: located.index, error: RouteError.noNearbyWater(name: from.name, searchedMeters: 440_000))
        }
        guard var end = navigable.nearestOpen(to: to.coordinate) else {
            throw RouteFailure(index: arrival.index, error: RouteError.noNearbyWater(name: to.name, searchedMeters: 440_000))
        }
        let areas = vias.map { AreaPolygon($0.waypoint.area ?? []) }
        var coast = CoastalRefinement(shoreline: shoreline.basemap(around:), water: navigable, closedGates: closed.sorted().map { gates[$0] })
        // The shoreline round both ends is cut on the other core while the leg is searched,
        // unless the leg is short enough to be searched again whole (a hop).
        let ends = [(water.center(of: start), from.coordinate), (water.center(of: end), to.coordinate)]
        if UnitVector(ends[0].0).angle(to: UnitVector(ends[1].0)) * UnitVector.earthRadius > 2 * CoastalRefinement.hopReach {
            coast.prepare(ends)
        }
        var found = self.found(navigable, channels: channels, areas: areas, from: start, to: end, reached: &reached)
        if found == nil {
            // A port up a river or by a lake may snap to water the grid cuts off from the sea:
            // snap each end past such water and try again.
            let seaStart = seaSnap(from.coordinate, cell: start, toward: end, water: navigable)
            let seaEnd = seaSnap(to.coordinate, cell: end, toward: seaStart ?? start, water: navigable)
            if let seaStart, let seaEnd, seaStart != start || seaEnd != end {
                (start, end) = (seaStart, seaEnd)
                found = self.found(navigable, channels: channels, areas: areas, from: start, to: end, reached: &reached)
            }
        }
        guard var steps = found?.steps else {
            let error = RouteError.noWaterPath(from: from.name, to: to.name,
                                               reason: blockingReason(from: start, to: end, areas: areas, closed: closed))
            let culprit = blame(from: (located.index, start), to: (arrival.index, end), via: zip(vias, areas).map { ($0.index, $1) },
                                water: navigable, channels: channels)
            throw RouteFailure(index: culprit, error: error)
        }
        var line = waterLine(steps, water: navigable, channels: channels)
        // A line along the coarse path that comes out longer than the path itself went round
        // islands the inner way: the fine search over the corridor decides, the shorter kept.
        if let path = found?.coarse, let first = path.first,
           case let length = Polyline(line.coordinates).lengthMeters, length > Self.lineDoubt * first.toGo,
           let fine = fineSearch(navigable, channels: channels, areas: areas, from: start, to: end, along: path) {
            let other = waterLine(fine, water: navigable, channels: channels)
            if Polyline(other.coordinates).lengthMeters < length {
                (steps, line) = (fine, other)
            }
        }
        let (startSnap, endSnap) = try coast.refine(
            &line, from: from.coordinate, to: to.coordinate, hasViaAreas: !areas.isEmpty,
            snaps: (Geodesic.wgs84.distance(from: from.coordinate, to: water.center(of: start)),
                    Geodesic.wgs84.distance(from: to.coordinate, to: water.center(of: end))))
        let points = densified(line.coordinates)
        let used = passagesUsed(points, steps: steps, channels: channels)
        let leg = SeaLeg(from: from.name, to: to.name, points: points,
                         lengthMeters: Polyline(points).lengthMeters,
                         startSnapMeters: startSnap, endSnapMeters: endSnap, passages: used)
        return (leg, used)
    }

    /// Coarse nodes a closed sea may hold for ``CorridorSearch/isCutOff(_:from:limit:)`` to
    /// see it whole: the Black Sea and the Caspian take 200–300 each. Walking 1,000 nodes of
    /// open ocean costs about 3 ms, and the search after it reuses the blocks it read.
    static let closedSeaNodes = 1_000

    /// Coarse expansions a corridor search gets before the ends are checked for being cut off
    /// (``closedSeaNodes``): with the landmarks' estimate, Baltiysk → Tartus takes 1,126 and
    /// Severomorsk → Norwegian Sea → English Channel → Tartus 1,717, while a search towards a
    /// sea that no open passage joins would walk every ocean before giving up.
    static let quickCorridorExpansions = 10_000

    func search(_ navigable: NavigableWater, channels: [Channel], areas: [AreaPolygon],
                from start: Int, to end: Int) -> [PathStep]? {
        var reached = Set<Int>()
        return search(navigable, channels: channels, areas: areas, from: start, to: end, reached: &reached)
    }

    /// A fine path from `start` to `end` cells, as ``search(_:channels:areas:from:to:)``; the
    /// blocks the coarse search expanded are added to `reached`.
    func search(_ navigable: NavigableWater, channels: [Channel], areas: [AreaPolygon],
                from start: Int, to end: Int, reached: inout Set<Int>) -> [PathStep]? {
        found(navigable, channels: channels, areas: areas, from: start, to: end, reached: &reached)?.steps
    }

    /// What a search found: the steps, and when they are the line along the coarse path
    /// (``BlockGraph/line(along:from:to:)``), that path.
    struct Found {
        var steps: [PathStep]
        var coarse: [CorridorSearch.Step]?
    }

    /// The coarse path from `start` to `end` cells and the line along it, or the fine search's
    /// path through its corridor where no line can be laid; nil when no water joins them.
    func found(_ navigable: NavigableWater, channels: [Channel], areas: [AreaPolygon],
               from start: Int, to end: Int, reached: inout Set<Int>) -> Found? {
        var coarse = CorridorSearch(graph: BlockGraph(water: navigable, channels: channels, areas: areas,
                                                      vectors: CellVectors(grid: water)), landmarks: landmarks)
        coarse.expandedBlocks = []
        defer { reached.formUnion(coarse.expandedBlocks ?? []) }
        // Most corridors are found within a few thousand expansions; only a search that runs
        // longer checks whether the ends are cut off from each other before going on.
        guard let path = coarse.corridor(from: start, to: end, expansionLimit: Self.quickCorridorExpansions)
                ?? (coarse.isCutOff(start, from: end, limit: Self.closedSeaNodes) ? nil : coarse.corridor(from: start, to: end))
        else { return nil }
        if let steps = coarse.graph.line(along: path, from: start, to: end) { return Found(steps: steps, coarse: path) }
        return fineSearch(navigable, channels: channels, areas: areas, from: start, to: end, along: path).map { Found(steps: $0) }
    }

    /// The fine search's path from `start` to `end` through the corridor of the coarse `path`.
    func fineSearch(_ navigable: NavigableWater, channels: [Channel], areas: [AreaPolygon],
                    from start: Int, to end: Int, along path: [CorridorSearch.Step]) -> [PathStep]? {
        let vectors = CellVectors(grid: water)
        let across = water.width / BlockGraph.size, down = water.height / BlockGraph.size
        // The corridor: the coarse path's blocks and the ring around them. Each block allows
        // the layers the coarse path holds in or beside it, so the fine search does not carry
        // every layer the length of the voyage; and for each of those layers it carries the
        // coarse distance to go, the guide that keeps the fine search from flooding the
        // corridor where the way bends away from the goal.
        var corridor: [Int: FineSearch.Block] = [:]
        for step in path {
            let bx = step.block % across, by = step.block / across
            let center = vectors.squareMean(row: by * BlockGraph.size, column: bx * BlockGraph.size, size: BlockGraph.size)
            for dy in -1...1 where by + dy >= 0 && by + dy < down {
                for dx in -1...1 {
                    let block = (by + dy) * across + (bx + dx + across) % across
                    corridor[block, default: FineSearch.Block()]
                        .add(FineSearch.Guide(center: center, layer: step.layer, toGo: step.toGo))
                }
            }
        }
        let fine = FineSearch(water: navigable, channels: channels, areas: areas, vectors: vectors)
        if let steps = fine.path(from: start, to: end, corridor: corridor) { return steps }
        // A fine path may need a layer where the coarse one did not hold it: allow them all.
        guard areas.count > 0 else { return nil }
        return fine.path(from: start, to: end, corridor: corridor.mapValues { block in
            FineSearch.Block(allowed: ~0, guides: [])
        })
    }

    /// How much of the coarse path's length (between block centroids) a line along it may
    /// reach before the fine search is asked too. Pulled taut, the line is shorter than the
    /// coarse path's zigzag: 0.94–0.98 of it on 13 of the 16 voyages measured. Where it comes
    /// out longer, the coarse path took the inner way round islands smaller than a block and
    /// the pulling could not cross them: Novorossiysk → Tartus (1.005), Piraeus → Jeddah
    /// (1.007), Port Said → Djibouti (1.009, inside the Farasan Islands).
    static let lineDoubt = 0.99

    /// Open cells the snap may pass over as cut off from the sea, at most: about 40,000 km² at
    /// 50°N — any stretch of river, harbour basin or lake but the largest (Victoria, the Great
    /// Lakes) — and far less than the Caspian, which stays a sea of its own.
    static let enclosedWaterLimit = 20_000

    /// The cell `coordinate` snaps to when water the grid cuts off (fewer than
    /// ``enclosedWaterLimit`` cells, not holding `target`) is passed over: `cell` itself when
    /// it lies in a sea or joins `target`; nil when no such water is within reach.
    func seaSnap(_ coordinate: Coordinate, cell: Int, toward target: Int, water navigable: NavigableWater) -> Int? {
        var cell = cell
        var passed = Set<Int>()
        for _ in 0..<64 {
            guard let enclosed = navigable.enclosedWater(around: cell, limit: Self.enclosedWaterLimit),
                  !enclosed.contains(target) else { return cell }
            passed.formUnion(enclosed)
            guard let next = navigable.nearestOpen(to: coordinate, excluding: passed) else { return nil }
            cell = next
        }
        return nil
    }

    /// The waypoint a leg with no water path breaks at, by index: the first via-area that
    /// no path through the areas before it can reach, when the ends are joined without the
    /// areas; else the start when its water is cut off (a lake, a sea closed by the passages
    /// shut) and the end's is not; else the end, the stop the voyage cannot reach.
    /// Complexity: up to one search per via-area, run only when a leg has failed.
    func blame(from start: (index: Int, cell: Int), to end: (index: Int, cell: Int), via areas: [(index: Int, area: AreaPolygon)],
               water navigable: NavigableWater, channels: [Channel]) -> Int {
        if !areas.isEmpty, search(navigable, channels: channels, areas: [], from: start.cell, to: end.cell) != nil {
            for count in 1...areas.count
            where search(navigable, channels: channels, areas: areas.prefix(count).map(\.area), from: start.cell, to: end.cell) == nil {
                return areas[count - 1].index
            }
            return areas[areas.count - 1].index
        }
        var coarse = CorridorSearch(graph: BlockGraph(water: navigable, channels: channels, areas: [],
                                                      vectors: CellVectors(grid: water)))
        let startCutOff = coarse.isCutOff(end.cell, from: start.cell, limit: Self.closedSeaNodes)
        let endCutOff = coarse.isCutOff(start.cell, from: end.cell, limit: Self.closedSeaNodes)
        return startCutOff && !endCutOff ? start.index : end.index
    }

    /// Why no path exists: the closed passages an all-open route would use, if any.
    func blockingReason(from start: Int, to end: Int, areas: [AreaPolygon], closed: Set<Int>) -> String {
        let fallback = "the waypoints lie in waters that no navigable passage joins"
        guard !closed.isEmpty else { return fallback }
        let open = NavigableWater(grid: water, blocked: [])
        let channels = channelOfPassage.keys.sorted().map { channelOfPassage[$0]! }
        guard let steps = search(open, channels: channels, areas: areas, from: start, to: end) else { return fallback }
        let points = waterLine(steps, water: open, channels: channels).coordinates
        let needed = passagesUsed(points, steps: steps, channels: channels)
            .filter { id in closed.contains { table[$0].id == id } }
        guard !needed.isEmpty else { return fallback }
        let names = needed.map { id in
            let passage = table.first { $0.id == id }!
            let season = passage.season.map { ", navigable \($0.description)" } ?? ""
            return "\(id) (\(passage.name)\(season))"
        }
        let seasonal = needed.contains { id in table.contains { $0.id == id && $0.season != nil } }
        return "closed passage\(needed.count > 1 ? "s" : "") \(names.joined(separator: ", ")) — "
            + (seasonal ? "give a departure that reaches it in season, " : "") + "open with allow, or drop it from avoid"
    }

    /// A fine path as a line: its water pieces pulled taut on the 1′ grid, longitudes unwrapped.
    func waterLine(_ steps: [PathStep], water navigable: NavigableWater, channels: [Channel]) -> LegLine {
        var line = LegLine(pieces: [[]], links: [])
        var last: Coordinate?
        func unwrapped(_ point: Coordinate) -> Coordinate {
            guard let previous = last else { return point }
            return point.unwrapped(near: previous.longitude)
        }
        for (index, step) in steps.enumerated() {
            if let channelIndex = step.channel {
                let through = channels[channelIndex].points(from: steps[index - 1].cell).dropFirst().map { point in
                    let moved = unwrapped(point)
                    last = moved
                    return moved
                }
                line.links.append(Array(through.dropLast()))
                line.pieces.append([through.last!])
                continue
            }
            let point = unwrapped(water.center(of: step.cell))
            if index > 0, let previous = last, !touching(steps[index - 1].cell, step.cell) {
                line.pieces[line.pieces.count - 1] += straightPoints(from: previous, to: point)
            }
            last = point
            line.pieces[line.pieces.count - 1].append(point)
            if index > 0 && step.layer != steps[index - 1].layer {
                line.links.append([])
                line.pieces.append([point])
            }
        }
        // Each piece is pulled taut on its own (its ends stay): a voyage through via-areas
        // pulls its pieces on both cores, longest first, so the last a core takes is short
        // (the via voyage's 1,400, 795 and 452 points: 8.3 → 7.7 ms, interleaved runs).
        let order = line.pieces.indices.sorted { (line.pieces[$0].count, $1) > (line.pieces[$1].count, $0) }
        let pulled = Parallel.map(order.map { line.pieces[$0] }) { PathSmoother(water: navigable).smooth($0) }
        for (k, index) in order.enumerated() { line.pieces[index] = pulled[k] }
        return line
    }

    /// Whether two cells are at most two rows and two columns apart: one move of the fine search.
    func touching(_ a: Int, _ b: Int) -> Bool {
        let width = water.width
        let dr = abs(a / width - b / width), dc = abs(a % width - b % width)
        return dr <= 2 && min(dc, width - dc) <= 2
    }

    /// Cells between the points put on a straight step for the taut-pulling to bend at: at 2, 4
    /// or 8 the 16 voyages' lengths move by under 0.1% (Yokohama → Sydney, Kingston → Callao)
    /// and the time by less than the noise.
    static let straightSpacing = 4.0

    /// Points on the arc from `a` to `b`, both ends left out, about ``straightSpacing`` cells
    /// apart: a straight step with line of sight, given points the taut-pulling may bend at.
    func straightPoints(from a: Coordinate, to b: Coordinate) -> [Coordinate] {
        Self.arcPoints(from: a, to: b, apart: Self.straightSpacing * .pi / 180 / Double(water.cellsPerDegree))
    }

    /// Inserts great-circle points so no arc is longer than ``outputSpacing``.
    func densified(_ points: [Coordinate]) -> [Coordinate] {
        guard let first = points.first else { return [] }
        var out = [first]
        for (a, b) in zip(points, points.dropFirst()) {
            out += Self.arcPoints(from: a, to: b, apart: Self.outputSpacing / UnitVector.earthRadius)
            out.append(b)
        }
        return out
    }

    /// The points that cut the great-circle arc from `a` to `b` into equal parts at most
    /// `apart` radians long, both ends left out, each longitude unwrapped near the one before.
    static func arcPoints(from a: Coordinate, to b: Coordinate, apart: Double) -> [Coordinate] {
        let u = UnitVector(a), v = UnitVector(b)
        let angle = u.angle(to: v)
        let count = Int((angle / apart).rounded(.up))
        guard count > 1 else { return [] }
        var points: [Coordinate] = []
        var last = a.longitude
        for i in 1..<count {
            let point = UnitVector.slerp(u, v, angle: angle, fraction: Double(i) / Double(count))
            let longitude = point.longitude + Coordinate.turns(from: point.longitude, to: last)
            points.append(Coordinate(latitude: point.latitude, longitude: longitude))
            last = longitude
        }
        return points
    }

    /// Ids of passages the polyline enters (gate polygons) or whose channel it takes, in order.
    func passagesUsed(_ points: [Coordinate], steps: [PathStep], channels: [Channel]) -> [String] {
        var firstIndex: [Int: Int] = [:]
        for (i, point) in points.enumerated() {
            for (p, gate) in gates.enumerated() where firstIndex[p] == nil && gate.contains(point) {
                firstIndex[p] = i
            }
        }
        for step in steps {
            guard let index = step.channel else { continue }
            let channel = channels[index]
            let mid = channel.points[channel.points.count / 2]
            let nearest = points.indices.min { abs(points[$0].latitude - mid.latitude) + abs(Coordinate.wrap(points[$0].longitude - mid.longitude))
                < abs(points[$1].latitude - mid.latitude) + abs(Coordinate.wrap(points[$1].longitude - mid.longitude)) } ?? 0
            firstIndex[channel.passage] = min(firstIndex[channel.passage] ?? .max, nearest)
        }
        return firstIndex.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }.map { table[$0.key].id }
    }
}
