import Foundation
import Geo

/// Finds water-only routes between ports and through sea areas, straits and canals.
///
/// Load once (``load(from:)``, about 30 ms) and share: the router is an immutable Sendable
/// value. A query snaps each point waypoint to the nearest navigable water, runs a layered
/// A* over 0.5° water blocks to find a corridor, a layered search over the 1′ water grid
/// inside it guided by the corridor's distance to go, and pulls the result taut with
/// line-of-sight checks. Then the ends of each leg — or a whole short hop — are searched
/// again at 15″ against the exact shoreline (``CoastalRefinement``), which takes a route out
/// through narrow harbour mouths and starts it at the port's own water. Lengths are WGS84
/// geodesic.
public struct SeaRouter: Sendable {
    let water: WaterGrid
    let table: [Passage]
    let channelOfPassage: [Int: Channel]
    /// Each passage's gate polygon, in the order of `table`.
    let gates: [AreaPolygon]
    /// The exact intermediate shoreline, for the 15″ search near ports and on short hops,
    /// loaded by the first query that routes.
    let shoreline: LoadOnce<Basemap, any Error>

    /// The passages the router models, in a stable order.
    public var passages: [Passage] { table }

    /// Loads `navigation/water.bin` and `navigation/passages.json` from `directory` (the
    /// folder holding them; default: `Resources/navigation` of ``ResourceDirectory``).
    ///
    /// `shoreline` gives the intermediate basemap on the first query that routes; a caller
    /// that draws maps passes the one it already holds. By default `basemap/land-i.mmb`
    /// beside the navigation folder is read (about 15 ms).
    public static func load(from directory: URL? = nil,
                            shoreline: (@Sendable () throws -> Basemap)? = nil) throws -> SeaRouter {
        let folder: URL
        if let directory {
            folder = directory
        } else {
            folder = try ResourceDirectory.file("navigation")
        }
        let basemapFolder = folder.deletingLastPathComponent().appendingPathComponent("basemap")
        let shoreline = LoadOnce<Basemap, any Error>(shoreline ?? { try Basemap.load(.intermediate, from: basemapFolder) })
        let waterURL = folder.appendingPathComponent("water.bin")
        let passagesURL = folder.appendingPathComponent("passages.json")
        let grid: WaterGrid
        do {
            grid = try WaterGrid(data: try ResourceChecksum.read(waterURL), path: waterURL.path)
        } catch let error as RouteError {
            throw error
        } catch let error as GeoError {
            throw error
        } catch {
            throw RouteError.navigationData(path: waterURL.path, message: "unreadable: \(error.localizedDescription)")
        }
        let file: PassageFile
        do {
            file = try JSONDecoder().decode(PassageFile.self, from: ResourceChecksum.read(passagesURL))
        } catch let error as GeoError {
            throw error
        } catch {
            throw RouteError.navigationData(path: passagesURL.path, message: "unreadable: \(error)")
        }
        let open = NavigableWater(grid: grid, blocked: [])
        var table: [Passage] = []
        var channels: [Int: Channel] = [:]
        for (index, item) in file.passages.enumerated() {
            let gate = item.gate.map { Coordinate(latitude: $0[1], longitude: $0[0]) }
            let line = (item.channel ?? []).map { Coordinate(latitude: $0[1], longitude: $0[0]) }
            table.append(Passage(id: item.id, name: item.name, isCanal: item.canal, openByDefault: item.open,
                                 gate: gate, channel: line))
            guard let first = line.first, let last = line.last else { continue }
            let start = grid.cell(latitude: first.latitude, longitude: first.longitude)
            let end = grid.cell(latitude: last.latitude, longitude: last.longitude)
            let startCell = start.row * grid.width + grid.wrap(start.column)
            let endCell = end.row * grid.width + grid.wrap(end.column)
            guard open.isOpen(startCell), open.isOpen(endCell) else {
                throw RouteError.navigationData(path: passagesURL.path, message: "channel of \(item.id) does not end in open water")
            }
            channels[index] = Channel(passage: index, points: line, startCell: startCell, endCell: endCell,
                                      lengthMeters: Geodesic.wgs84.length(of: line))
        }
        return SeaRouter(water: grid, table: table, channelOfPassage: channels, gates: table.map { AreaPolygon($0.gate) },
                         shoreline: shoreline)
    }

    /// The route through `waypoints` in order.
    ///
    /// Point waypoints are leg ends; via-areas (waypoints with an `area`) between two point
    /// waypoints are passed in order by the leg joining them. The first and last waypoint are
    /// always used as points. Throws ``RouteError`` for unknown passages, too few waypoints,
    /// or when no water path exists (naming the closed passages that block it).
    public func route(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init()) throws -> SeaRoute {
        do {
            return try locatedRoute(waypoints, options: options)
        } catch let failure as RouteFailure {
            throw failure.error
        }
    }

    /// The route through `waypoints` in order, as ``route(_:options:)``; an error about one
    /// waypoint comes as a ``RouteFailure`` naming it (see ``blame(from:to:via:water:channels:)``).
    public func locatedRoute(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init()) throws -> SeaRoute {
        let closed = try closedPassages(options)
        var stops: [(end: Located, vias: [Located])] = []
        for (index, waypoint) in waypoints.enumerated() {
            if waypoint.area != nil && index != 0 && index != waypoints.count - 1 {
                if !stops.isEmpty { stops[stops.count - 1].vias.append(Located(index: index, waypoint: waypoint)) }
            } else {
                stops.append((Located(index: index, waypoint: waypoint), []))
            }
        }
        guard stops.count >= 2 else { throw RouteError.tooFewWaypoints }
        var legs: [SeaLeg] = []
        var passages: [String] = []
        for k in 0..<(stops.count - 1) {
            let (from, vias) = stops[k]
            let to = stops[k + 1].end
            var (leg, used) = try self.leg(from: from, to: to, via: vias, closed: closed)
            if let previous = legs.last?.points.last, let first = leg.points.first {
                // keep longitudes continuous from leg to leg
                let shift = ((previous.longitude - first.longitude) / 360).rounded() * 360
                if shift != 0 {
                    leg.points = leg.points.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) }
                }
            }
            legs.append(leg)
            for id in used where passages.last != id { passages.append(id) }
        }
        return SeaRoute(legs: legs, lengthMeters: legs.reduce(0) { $0 + $1.lengthMeters }, passages: passages)
    }

    /// A waypoint and its index in the request, for errors that name it.
    struct Located {
        var index: Int
        var waypoint: SeaWaypoint
    }

    /// Indices of passages closed for these options; throws for unknown ids.
    func closedPassages(_ options: SeaRouteOptions) throws -> Set<Int> {
        let ids = table.map(\.id)
        for id in options.avoid.union(options.allow).sorted() where !ids.contains(id) {
            throw RouteError.unknownPassage(id, suggestions: Suggestions.closest(to: id, among: ids))
        }
        var closed = Set<Int>()
        for (index, passage) in table.enumerated() {
            let open = (passage.openByDefault || options.allow.contains(passage.id)) && !options.avoid.contains(passage.id)
            if !open { closed.insert(index) }
        }
        return closed
    }
}

/// The JSON form of `passages.json`.
struct PassageFile: Decodable {
    struct Item: Decodable {
        var id: String
        var name: String
        var canal: Bool
        var open: Bool
        var gate: [[Double]]
        var channel: [[Double]]?
    }
    var passages: [Item]
}
