import Foundation
import Geo
import Testing
@testable import Routes

/// The water path laid along the coarse path's nodes, and what the router keeps of the coarse
/// graph between queries.
@Suite("Coarse line and kept neighbours")
struct CoarseLineTests {
    /// The coarse path and its line from `from` to `to` through `areas`, on the default water.
    func line(_ router: SeaRouter, from: SeaWaypoint, to: SeaWaypoint, areas: [AreaPolygon] = [])
        throws -> (steps: [PathStep], water: NavigableWater, graph: BlockGraph) {
        let water = router.navigableWater(closed: [])
        let start = try #require(water.nearestOpen(to: from.coordinate))
        let end = try #require(water.nearestOpen(to: to.coordinate))
        var coarse = CorridorSearch(graph: BlockGraph(water: water, channels: [], areas: areas), landmarks: router.landmarks)
        let corridor = coarse.corridor(from: start, to: end)
        let path = try #require(corridor)
        let found = coarse.graph.line(along: path, from: start, to: end)
        let steps = try #require(found)
        #expect(steps.first?.cell == start && steps.last?.cell == end)
        return (steps, water, coarse.graph)
    }

    @Test("every step of Baltiysk → Tartus's line is an open cell touching the one before or in its line of sight")
    func stepsJoinByWater() throws {
        let router = SeaFixtures.router
        let (steps, water, _) = try line(router, from: SeaFixtures.baltiysk, to: SeaFixtures.tartus)
        #expect(steps.count > 100)
        var straight = 0
        for (a, b) in zip(steps, steps.dropFirst()) {
            #expect(water.isOpen(b.cell))
            if router.touching(a.cell, b.cell) { continue }
            straight += 1
            #expect(water.sight(from: router.water.center(of: a.cell), to: router.water.center(of: b.cell)),
                    "\(router.water.center(of: a.cell)) → \(router.water.center(of: b.cell))")
        }
        // Open sea is crossed in straight steps, not cell by cell.
        #expect(straight > 50)
    }

    @Test("through the Norwegian Sea and the Channel the line changes layer at a cell inside each, in order")
    func layersChangeInsideTheAreas() throws {
        let router = SeaFixtures.router
        let areas = [SeaFixtures.norwegianSea, SeaFixtures.englishChannel].map { AreaPolygon($0.area!) }
        let (steps, _, _) = try line(router, from: SeaFixtures.severomorsk, to: SeaFixtures.tartus, areas: areas)
        let changes = zip(steps, steps.dropFirst()).filter { $0.layer != $1.layer }.map(\.1)
        #expect(changes.map(\.layer) == [1, 2])
        for (change, area) in zip(changes, areas) {
            #expect(area.contains(router.water.center(of: change.cell)))
        }
        #expect(steps.last?.layer == 2)
    }

    @Test("the neighbours a voyage finds are kept, each as a fresh graph finds them")
    func keptNeighboursMatchFreshOnes() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        _ = try router.route([SeaFixtures.baltiysk, SeaFixtures.tartus])
        let kept = router.water.blockLabels.nodesWithNeighbours
        #expect(kept.count > 500)
        let fresh = try SeaRouter.load(from: SeaFixtures.navigation)
        var graph = BlockGraph(water: fresh.navigableWater(closed: []), channels: [], areas: [])
        for node in kept.prefix(400) {
            let stored = try #require(router.water.blockLabels.neighbours(node))
            let found = graph.neighbours(of: node)
            #expect(stored.map(\.node) == found.map(\.node), "node \(node)")
            #expect(stored.map(\.cost) == found.map(\.cost), "node \(node)")
        }
    }

    @Test("a node beside a closed gate has its neighbours found afresh, not kept")
    func nodesBesideAGateAreNotKept() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        let water = SeaFixtures.closedOffSicily(router)
        var graph = BlockGraph(water: water, channels: [], areas: [])
        // The open block west of the gate's.
        let cell = router.water.cell(latitude: 36.7, longitude: 15.25)
        let node = graph.node(ofCell: cell.row * router.water.width + cell.column)
        _ = graph.neighbours(of: node)
        #expect(router.water.blockLabels.neighbours(node) == nil)
        var open = BlockGraph(water: router.navigableWater(closed: []), channels: [], areas: [])
        _ = open.neighbours(of: node)
        #expect(router.water.blockLabels.neighbours(node) != nil)
    }

    @Test("the water of a set of closed passages is made once and kept, with the same closed cells")
    func closedWaterKept() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        let kiel = try #require(router.passages.firstIndex { $0.id == "kiel" })
        let first = router.navigableWater(closed: [kiel])
        let again = router.navigableWater(closed: [kiel])
        let made = NavigableWater(grid: router.water, closed: ClosedCells(gates: [router.gates[kiel]], grid: router.water))
        #expect(first.closedBlocks == made.closedBlocks && again.closedBlocks == made.closedBlocks)
        #expect(!made.closedBlocks.isEmpty)
        #expect(router.closedWaters.value.count == 1)
        _ = router.navigableWater(closed: [])
        #expect(router.closedWaters.value.count == 2)
    }

    @Test("pulling a line of 400 points or more on both cores keeps its ends and sees from vertex to vertex")
    func parallelPullingSees() throws {
        let router = SeaFixtures.router
        let (steps, water, _) = try line(router, from: SeaFixtures.baltiysk, to: SeaFixtures.tartus)
        let points = router.waterLine(steps, water: water, channels: []).pieces[0]
        #expect(points.count > 1)
        let dense = steps.map { router.water.center(of: $0.cell) }
        // The raw line, densified as the router does, is long enough to be pulled in halves.
        var line = [dense[0]]
        for (a, b) in zip(dense, dense.dropFirst()) { line += router.straightPoints(from: a, to: b) + [b] }
        #expect(line.count >= PathSmoother.parallelPoints)
        let pulled = PathSmoother(water: water).smooth(line)
        #expect(pulled.first == line.first && pulled.last == line.last)
        for (a, b) in zip(pulled, pulled.dropFirst()) { #expect(water.sight(from: a, to: b)) }
        #expect(Polyline(pulled).lengthMeters < Polyline(line).lengthMeters * 0.99)
    }
}

/// The line along a long coarse path laid on both cores against the line laid in one go.
@Suite("Line in halves")
struct LineInHalvesTests {
    @Test("laid on both cores, the line along a long coarse path has the very steps of the line laid pair by pair",
          arguments: [(SeaFixtures.baltiysk, SeaFixtures.tartus), (SeaFixtures.shanghai, SeaFixtures.losAngeles),
                      (SeaFixtures.port("New York", 40.60, -74.03), SeaFixtures.port("Rotterdam", 51.95, 4.05))])
    func sameSteps(from: SeaWaypoint, to: SeaWaypoint) throws {
        let router = SeaFixtures.router
        let water = router.navigableWater(closed: [])
        let start = try #require(water.nearestOpen(to: from.coordinate)), end = try #require(water.nearestOpen(to: to.coordinate))
        var coarse = CorridorSearch(graph: BlockGraph(water: water, channels: [], areas: []), landmarks: router.landmarks)
        let corridor = coarse.corridor(from: start, to: end)
        let path = try #require(corridor)
        #expect(path.count >= BlockGraph.parallelNodes)
        var graph = coarse.graph
        let laid = graph.line(along: path, from: start, to: end)
        let halves = try #require(laid)
        var serial = [PathStep(cell: start, layer: 0, channel: nil)]
        for k in 0..<(path.count - 1) { #expect(graph.follow(path, pair: k, steps: &serial)) }
        #expect(graph.finish(path, at: end, steps: &serial))
        #expect(halves == serial)
    }
}

/// The landmarks' estimate against a search that has none.
@Suite("Landmark bounds")
struct LandmarkBoundTests {
    /// The length of the coarse path from `from` to `to` through `areas`, with the passages
    /// not open by default closed, with or without the landmarks' bounds.
    func coarseLength(_ from: SeaWaypoint, _ to: SeaWaypoint, areas: [AreaPolygon], landmarks: Bool) throws -> Double {
        let router = SeaFixtures.router
        let closed = Set(router.table.indices.filter { !router.table[$0].openByDefault })
        let water = router.navigableWater(closed: closed)
        let start = try #require(water.nearestOpen(to: from.coordinate)), end = try #require(water.nearestOpen(to: to.coordinate))
        var coarse = CorridorSearch(graph: BlockGraph(water: water, channels: [], areas: areas), landmarks: landmarks ? router.landmarks : nil)
        let corridor = coarse.corridor(from: start, to: end)
        let path = try #require(corridor)
        return try #require(path.first).toGo
    }

    @Test("with passages closed and via-areas, the landmarks' bounds leave the coarse path as short as a search without them",
          arguments: [("Baltiysk", "Tartus", false), ("Severomorsk", "Tartus", true), ("Murmansk", "Vladivostok", false)])
    func shortestKept(from: String, to: String, viaAreas: Bool) throws {
        let ports = ["Baltiysk": SeaFixtures.baltiysk, "Tartus": SeaFixtures.tartus, "Severomorsk": SeaFixtures.severomorsk,
                     "Murmansk": SeaFixtures.port("Murmansk", 68.97, 33.08), "Vladivostok": SeaFixtures.port("Vladivostok", 43.10, 131.88)]
        let a = try #require(ports[from]), b = try #require(ports[to])
        let areas = viaAreas ? [SeaFixtures.norwegianSea, SeaFixtures.englishChannel].map { AreaPolygon($0.area ?? []) } : []
        let someClosed = SeaFixtures.router.table.contains { !$0.openByDefault }
        #expect(someClosed)
        let guided = try coarseLength(a, b, areas: areas, landmarks: true)
        let plain = try coarseLength(a, b, areas: areas, landmarks: false)
        // The file's distances are whole kilometres: a bound may be out by one either side.
        #expect(abs(guided - plain) < 2_000, "\(guided) m with the landmarks, \(plain) m without")
    }
}

/// The greedy pull on both cores against the pull in one go.
@Suite("Greedy pull in halves")
struct PullInHalvesTests {
    @Test("pulled on both cores, a long line keeps the very vertices of the pull in one go",
          arguments: [(SeaFixtures.baltiysk, SeaFixtures.tartus), (SeaFixtures.piraeus, SeaFixtures.jeddah),
                      (SeaFixtures.shanghai, SeaFixtures.losAngeles)])
    func sameVertices(from: SeaWaypoint, to: SeaWaypoint) throws {
        let router = SeaFixtures.router
        let (water, _, _, steps) = try SeaFixtures.searched(from, to)
        let centres = steps.map { router.water.center(of: $0.cell) }
        var line = [centres[0]]
        for (a, b) in zip(centres, centres.dropFirst()) { line += router.straightPoints(from: a, to: b) + [b] }
        let smoother = PathSmoother(water: water)
        var whole = PathSmoother.Sightings(points: line, sight: smoother.sight)
        var halves = PathSmoother.Sightings(points: line, sight: smoother.sight)
        let one = PathSmoother.pulled(0...(line.count - 1), &whole)
        let two = PathSmoother.pulledInHalves(0...(line.count - 1), &halves)
        #expect(one.count > 10)
        #expect(two == one)
    }
}

/// Routes whose line along the coarse path went round islands the inner way.
@Suite("Inner ways round island groups")
struct InnerWayTests {
    @Test("Port Said → Djibouti keeps to the Red Sea's fairway, west of the Farasan Islands, within 1% of the shortest water path")
    func redSeaFairway() throws {
        let stops = [SeaFixtures.port("Port Said", 31.27, 32.31), SeaFixtures.port("Djibouti", 11.60, 43.14)]
        let route = try SeaFixtures.router.route(stops)
        let points = route.legs[0].points
        // Where the route crosses 16.8°N: the Farasan Islands lie from 41.5°E to the coast.
        let crossing = try #require(zip(points, points.dropFirst()).first { ($0.latitude - 16.8) * ($1.latitude - 16.8) <= 0 })
        let t = (16.8 - crossing.0.latitude) / (crossing.1.latitude - crossing.0.latitude)
        let longitude = crossing.0.longitude + t * (crossing.1.longitude - crossing.0.longitude)
        #expect(longitude < 41.4, "crosses 16.8°N at \(longitude)°E")
        let km = (route.lengthMeters + route.legs[0].startSnapMeters + route.legs[0].endSnapMeters) / 1000
        #expect(km < 2504.8 * 1.01, "\(km) km")
    }

    @Test("a line along the coarse path longer than the path itself is checked against the fine search, and the shorter kept")
    func doubtfulLineChecked() throws {
        let router = SeaFixtures.router
        let water = router.navigableWater(closed: [])
        let start = try #require(water.nearestOpen(to: Coordinate(latitude: 31.27, longitude: 32.31)))
        let end = try #require(water.nearestOpen(to: Coordinate(latitude: 11.60, longitude: 43.14)))
        // The canals open by default: Suez among them.
        let channels = router.channelOfPassage.keys.sorted().filter { router.passages[$0].openByDefault }.map { router.channelOfPassage[$0]! }
        var reached = Set<Int>()
        let found = try #require(router.found(water, channels: channels, areas: [], from: start, to: end, reached: &reached))
        let path = try #require(found.coarse)
        let line = Polyline(router.waterLine(found.steps, water: water, channels: channels).coordinates).lengthMeters
        // The line along the coarse path goes inside the islands: longer than the path.
        #expect(line > SeaRouter.lineDoubt * path[0].toGo)
        let fine = try #require(router.fineSearch(water, channels: channels, areas: [], from: start, to: end, along: path))
        let fineLine = Polyline(router.waterLine(fine, water: water, channels: channels).coordinates).lengthMeters
        #expect(fineLine < line - 10_000)
    }
}

/// The two ends of a leg refined on both cores come out as refined one after the other.
@Suite("Coastal ends refined together")
struct CoastalEndsTests {
    @Test("Baltiysk → Tartus: both ends refined at once give the same line and snaps as one after the other")
    func endsTogetherMatchInTurn() throws {
        let router = SeaFixtures.router
        let water = router.navigableWater(closed: [])
        let from = SeaFixtures.baltiysk.coordinate, to = SeaFixtures.tartus.coordinate
        let start = try #require(water.nearestOpen(to: from)), end = try #require(water.nearestOpen(to: to))
        var reached = Set<Int>()
        let found = try #require(router.found(water, channels: [], areas: [], from: start, to: end, reached: &reached))
        let line = router.waterLine(found.steps, water: water, channels: [])
        #expect(line.pieces.count == 1)
        let coast = CoastalRefinement(shoreline: router.shoreline.basemap(around:), water: water, closedGates: [])
        let snaps = (start: Geodesic.wgs84.distance(from: from, to: router.water.center(of: start)),
                     end: Geodesic.wgs84.distance(from: to, to: router.water.center(of: end)))
        var together = line
        let snapsTogether = try coast.refine(&together, from: from, to: to, hasViaAreas: false, snaps: snaps)
        // In turn: the start, then the end of what the start's refinement left.
        var piece = line.pieces[0], inTurn = snaps
        let head = try #require(try coast.end(piece, port: from, snap: snaps.start))
        piece = head.points
        inTurn.start = head.snap
        if let tail = try coast.end(piece.reversed(), port: to, snap: snaps.end) {
            piece = tail.points.reversed()
            inTurn.end = tail.snap
        }
        #expect(together.pieces[0] == piece)
        #expect(snapsTogether.start == inTurn.start && snapsTogether.end == inTurn.end)
        #expect(head.replaced > 0 && head.replaced < line.pieces[0].count / 2)
    }

    @Test("the water round both ends made ahead, while the leg is searched, refines them as water made in place does",
          arguments: [(SeaFixtures.baltiysk, SeaFixtures.tartus), (SeaFixtures.severomorsk, SeaFixtures.tartus),
                      (SeaFixtures.shanghai, SeaFixtures.losAngeles)])
    func regionsMadeAhead(from: SeaWaypoint, to: SeaWaypoint) throws {
        let router = SeaFixtures.router
        let (water, start, end, found) = try SeaFixtures.searched(from, to)
        let line = router.waterLine(found, water: water, channels: [])
        let snaps = (start: Geodesic.wgs84.distance(from: from.coordinate, to: router.water.center(of: start)),
                     end: Geodesic.wgs84.distance(from: to.coordinate, to: router.water.center(of: end)))
        var inPlace = line, ahead = line
        let coast = CoastalRefinement(shoreline: router.shoreline.basemap(around:), water: water, closedGates: [])
        let snapsInPlace = try coast.refine(&inPlace, from: from.coordinate, to: to.coordinate, hasViaAreas: false, snaps: snaps)
        var prepared = coast
        prepared.prepare([(router.water.center(of: start), from.coordinate), (router.water.center(of: end), to.coordinate)])
        let snapsAhead = try prepared.refine(&ahead, from: from.coordinate, to: to.coordinate, hasViaAreas: false, snaps: snaps)
        #expect(ahead.pieces == inPlace.pieces)
        #expect(snapsAhead.start == snapsInPlace.start && snapsAhead.end == snapsInPlace.end)
        // The refinement changed the line, so the comparison covers refined ends.
        #expect(inPlace.pieces != line.pieces)
    }
}

extension SeaFixtures {
    /// The water open by default, the cells two ports snap to, and the steps of the water
    /// path the router finds between them.
    static func searched(_ from: SeaWaypoint, _ to: SeaWaypoint) throws -> (water: NavigableWater, start: Int, end: Int, steps: [PathStep]) {
        let water = router.navigableWater(closed: [])
        let start = try #require(water.nearestOpen(to: from.coordinate)), end = try #require(water.nearestOpen(to: to.coordinate))
        let found = router.search(water, channels: [], areas: [], from: start, to: end)
        return (water, start, end, try #require(found))
    }
}
