import Foundation
import Geo

/// Finds water-only routes between ports and through sea areas, straits and canals.
///
/// Load once (``load(from:)``, a few ms: the grid and the landmark table are mapped and read
/// in place) and share: the router is an immutable Sendable value. A query snaps
/// each point waypoint to the nearest navigable water, runs a layered A* over 0.5° water
/// blocks to find a corridor (its estimate sharpened by ``Landmarks``), a layered search over the 1′ water grid
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
    /// Seas whose winter ice a route notes, and their polygons.
    let ice: [IceArea]
    let iceAreas: [AreaPolygon]
    /// The exact intermediate shoreline, for the 15″ search near ports and on short hops:
    /// each box is asked for as a leg's end is refined.
    let shoreline: Shoreline
    /// Water distances to landmarks for the coarse search's estimate, when
    /// `navigation/landmarks.bin` is there (without it the search is slower, not different).
    let landmarks: Landmarks?
    /// The water of each set of closed passages asked for so far, kept for later queries.
    let closedWaters = Locked<[[Int]: NavigableWater]>([:])

    /// The passages the router models, in a stable order.
    public var passages: [Passage] { table }
    /// The seas whose winter ice routes through them are noted for, in a stable order.
    var iceSeas: [IceArea] { ice }

    /// Loads `navigation/water.bin` and `navigation/passages.json` from `directory` (the
    /// folder holding them; default: `Resources/navigation` of ``ResourceDirectory``).
    ///
    /// `shoreline` gives the intermediate basemap of a region (or more of it) as a query
    /// refines a leg's ends, or the whole level when asked for nil: a process that routes a few
    /// legs reads regions, one that routes many reads the level once (``Shoreline``); a caller
    /// that holds the whole level already passes it. By default both are read from
    /// `basemap/land-i.mmb` beside the navigation folder: a region's records in about 2 ms,
    /// the whole level in 8–15.
    public static func load(from directory: URL? = nil,
                            shoreline: (@Sendable (BoundingBox?) throws -> Basemap)? = nil) throws -> SeaRouter {
        let folder: URL
        if let directory {
            folder = directory
        } else {
            folder = try ResourceDirectory.file("navigation")
        }
        let basemapFolder = folder.deletingLastPathComponent().appendingPathComponent("basemap")
        let shoreline = Shoreline(load: shoreline ?? { region in try Basemap.load(.intermediate, from: basemapFolder, region: region) })
        let waterURL = folder.appendingPathComponent("water.bin")
        let passagesURL = folder.appendingPathComponent("passages.json")
        let grid: WaterGrid
        let landmarks: Landmarks?
        do {
            let data = try ResourceChecksum.read(waterURL)
            let crc = ResourceChecksum.crc32(data)
            // The grid already in block form when it is there (and made from this water.bin).
            let blocksURL = folder.appendingPathComponent("grid.bin")
            grid = FileManager.default.fileExists(atPath: blocksURL.path)
                ? try WaterGrid(blocksAt: blocksURL, waterCRC: crc) : try WaterGrid(data: data, path: waterURL.path)
            let landmarksURL = folder.appendingPathComponent("landmarks.bin")
            landmarks = FileManager.default.fileExists(atPath: landmarksURL.path)
                ? try Landmarks(url: landmarksURL, grid: grid, waterCRC: crc) : nil
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
            var season: PassageSeason?
            if let window = item.season {
                guard let parsed = PassageSeason(opens: window.opens, closes: window.closes, source: window.source) else {
                    throw RouteError.navigationData(path: passagesURL.path, message: "season of \(item.id) is not MM-DD to MM-DD")
                }
                season = parsed
            }
            table.append(Passage(id: item.id, name: item.name, isCanal: item.canal, openByDefault: item.open,
                                 gate: gate, channel: line, season: season))
            guard let first = line.first, let last = line.last else { continue }
            let start = grid.cell(latitude: first.latitude, longitude: first.longitude)
            let end = grid.cell(latitude: last.latitude, longitude: last.longitude)
            let startCell = start.row * grid.width + grid.wrap(start.column)
            let endCell = end.row * grid.width + grid.wrap(end.column)
            guard open.isOpen(startCell), open.isOpen(endCell) else {
                throw RouteError.navigationData(path: passagesURL.path, message: "channel of \(item.id) does not end in open water")
            }
            channels[index] = Channel(passage: index, points: line, startCell: startCell, endCell: endCell,
                                      lengthMeters: Polyline(line).lengthMeters)
        }
        var ice: [IceArea] = []
        for item in file.ice ?? [] {
            guard let season = PassageSeason(opens: item.season.opens, closes: item.season.closes, source: item.season.source) else {
                throw RouteError.navigationData(path: passagesURL.path, message: "season of \(item.id) is not MM-DD to MM-DD")
            }
            ice.append(IceArea(id: item.id, name: item.name,
                               area: item.area.map { Coordinate(latitude: $0[1], longitude: $0[0]) }, season: season,
                               passage: item.passage))
        }
        return SeaRouter(water: grid, table: table, channelOfPassage: channels, gates: table.map { AreaPolygon($0.gate) },
                         ice: ice, iceAreas: ice.map { AreaPolygon($0.area) }, shoreline: shoreline, landmarks: landmarks)
    }
}
