import Foundation
import Testing
@testable import Movemap
import Geo
import Routes
import Scenario

@Suite("Route cache")
struct RouteCacheTests {
    static let navigation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/navigation")

    static func cache() throws -> RouteCache {
        RouteCache(directory: try CLIRunner.folder(), version: "test", navigation: navigation)
    }

    /// The cache a later run opens on the same folder: it has read nothing yet.
    static func nextRun(of cache: RouteCache) -> RouteCache {
        RouteCache(directory: cache.directory, version: "test", navigation: navigation)
    }

    static let latakia = Stop(id: "latakia", name: "Latakia", coordinate: Coordinate(latitude: 35.52, longitude: 35.77))
    static let tartus = Stop(id: "tartus", name: "Tartus", coordinate: Coordinate(latitude: 34.89, longitude: 35.87))

    @Test("a stored line and its notes read back bit for bit; a damaged or foreign entry reads as missing")
    func roundTrip() throws {
        let line = [Coordinate(latitude: 35.123456789012345, longitude: 35.77),
                    Coordinate(latitude: -0.0, longitude: 181.000000000001),
                    Coordinate(latitude: 1e-300, longitude: -179.99999999999997)]
        let secret = [UInt8](repeating: 7, count: 32)
        let notes = ["Northern Sea Route closed: no departure date", "ice ✓"]
        let bytes = RouteCache.encode(SeaPath(points: line, notes: notes), key: "k", secret: secret)
        #expect(bytes.count == 12 + 3 * 16 + 4 + notes.reduce(0) { $0 + 4 + $1.utf8.count } + 32)
        let back = try #require(RouteCache.decode(bytes, key: "k", secret: secret))
        #expect(back.points.map(\.latitude.bitPattern) == line.map(\.latitude.bitPattern))
        #expect(back.points.map(\.longitude.bitPattern) == line.map(\.longitude.bitPattern))
        #expect(back.notes == notes)
        #expect(RouteCache.decode(Array(bytes.dropLast()), key: "k", secret: secret) == nil)
        #expect(RouteCache.decode(Array("MMROUTE0".utf8) + bytes.dropFirst(8), key: "k", secret: secret) == nil)
        #expect(RouteCache.decode(bytes, key: "other key", secret: secret) == nil)
        #expect(RouteCache.decode(bytes, key: "k", secret: [UInt8](repeating: 8, count: 32)) == nil)
        for bit in [0, 13, 63, 64 * 3 + 5] {
            var flipped = bytes
            flipped[12 + bit / 8] ^= UInt8(1 << (bit % 8))
            #expect(RouteCache.decode(flipped, key: "k", secret: secret) == nil, "bit \(bit)")
        }
    }

    @Test("the cache's secret is a private file, and a secret others can read turns the cache off")
    func secretIsPrivate() throws {
        let cache = try Self.cache()
        let path = cache.directory.appendingPathComponent("secret").path
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect((attributes[.size] as? NSNumber)?.intValue == 32)
        #expect(RouteCache.secret(in: cache.directory) != nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(RouteCache.secret(in: cache.directory) == nil)
    }

    @Test("the key follows the waypoints, their areas and the closed passages")
    func keys() throws {
        let cache = try Self.cache()
        let a = SeaWaypoint(name: "A", coordinate: Coordinate(latitude: 35.5, longitude: 35.7))
        let b = SeaWaypoint(name: "B", coordinate: Coordinate(latitude: 34.9, longitude: 35.8))
        let area = SeaWaypoint(name: "S", coordinate: Coordinate(latitude: 35, longitude: 34),
                               area: [Coordinate(latitude: 35, longitude: 33), Coordinate(latitude: 36, longitude: 34),
                                      Coordinate(latitude: 34, longitude: 34)])
        var moved = area
        moved.area![1] = Coordinate(latitude: 36.000000000001, longitude: 34)
        let renamed = SeaWaypoint(name: "other name", coordinate: a.coordinate)
        let keys = [cache.key([a, b], options: .init()), cache.key([a, b], options: .init(avoid: ["bosporus"])), cache.key([a, area, b], options: .init()),
                    cache.key([a, moved, b], options: .init()), cache.key([b, a], options: .init())]
        #expect(Set(keys).count == keys.count)
        #expect(cache.key([renamed, b], options: .init()) == keys[0])
        #expect(cache.key([a, b], options: .init(avoid: ["bosporus"])) == keys[1])
        let other = RouteCache(directory: cache.directory, version: "test 2", navigation: Self.navigation)
        #expect(other.key([a, b], options: .init()) != keys[0])
    }

    @Test("a voyage routed once is read back from the cache the next time")
    func linkerReadsCache() throws {
        let cache = try Self.cache()
        let data = try DataStore()
        let linker = try Routing.linker(data: data, cache: cache)
        let routed = try linker.sea([Self.latakia, Self.tartus], .init())
        #expect(routed.points.count >= 2)
        let uncached = try Routing.linker(data: data).sea([Self.latakia, Self.tartus], .init())
        #expect(routed == uncached)
        let files = try FileManager.default.subpathsOfDirectory(atPath: cache.directory.path).filter { $0.hasSuffix(".bin") }
        #expect(files.count == 1)
        // Replace the stored line with a sealed one: the next call must return it, so it did not route again.
        let marker = [Coordinate(latitude: 35.5, longitude: 35.77), Coordinate(latitude: 34.9, longitude: 35.86)]
        let file = cache.directory.appendingPathComponent(files[0])
        let key = String(file.deletingPathExtension().lastPathComponent)
        let secret = try #require(RouteCache.secret(in: cache.directory))
        try Data(RouteCache.encode(SeaPath(points: marker, notes: ["a note"]), key: key, secret: secret)).write(to: file)
        let next = try Routing.linker(data: data, cache: Self.nextRun(of: cache))
        #expect(try next.sea([Self.latakia, Self.tartus], .init()) == SeaPath(points: marker, notes: ["a note"]))
        // A damaged entry is routed again and rewritten.
        try Data([1, 2, 3]).write(to: file)
        let third = try Routing.linker(data: data, cache: Self.nextRun(of: cache))
        #expect(try third.sea([Self.latakia, Self.tartus], .init()) == routed)
        #expect(RouteCache.decode([UInt8](try Data(contentsOf: file)), key: key, secret: secret) == routed)
    }

    static let chkalovsky = Stop(id: "chkalovsky", name: "Chkalovsky", coordinate: Coordinate(latitude: 55.88, longitude: 38.06))
    static let hmeimim = Stop(id: "hmeimim", name: "Hmeimim", coordinate: Coordinate(latitude: 35.41, longitude: 35.95))

    @Test("a flight round closed airspace routed once is read back from the cache the next time; a damaged entry is routed again")
    func flightsAreCached() throws {
        let cache = try Self.cache()
        let data = try DataStore()
        let closed = ["UA", "TR", "GE"]
        let routed = try Routing.linker(data: data, cache: cache).air(Self.chkalovsky, Self.hmeimim, closed)
        #expect(routed == (try Routing.linker(data: data).air(Self.chkalovsky, Self.hmeimim, closed)))
        #expect(Geodesic.wgs84.length(of: routed) > Geodesic.wgs84.distance(from: Self.chkalovsky.coordinate, to: Self.hmeimim.coordinate) + 100_000,
                "the flight goes round Ukraine and Turkey")
        let files = try FileManager.default.subpathsOfDirectory(atPath: cache.directory.path).filter { $0.hasSuffix(".bin") }
        #expect(files.count == 1)
        // A sealed line of our own under the flight's key is what the next run draws: it did not route again.
        let file = cache.directory.appendingPathComponent(files[0])
        let key = String(file.deletingPathExtension().lastPathComponent)
        #expect(key == cache.flightKey(from: Self.chkalovsky.coordinate, to: Self.hmeimim.coordinate, closed: Set(closed), spacing: 20_000))
        let marker = [Self.chkalovsky.coordinate, Coordinate(latitude: 45, longitude: 45), Self.hmeimim.coordinate]
        let secret = try #require(RouteCache.secret(in: cache.directory))
        try Data(RouteCache.encode(SeaPath(points: marker), key: key, secret: secret)).write(to: file)
        #expect(try Routing.linker(data: data, cache: Self.nextRun(of: cache)).air(Self.chkalovsky, Self.hmeimim, closed) == marker)
        // Other closed countries are another flight.
        let open = try Routing.linker(data: data, cache: Self.nextRun(of: cache)).air(Self.chkalovsky, Self.hmeimim, ["UA"])
        #expect(open != marker && open != routed)
        try Data([1, 2, 3]).write(to: file)
        #expect(try Routing.linker(data: data, cache: Self.nextRun(of: cache)).air(Self.chkalovsky, Self.hmeimim, closed) == routed)
        #expect(RouteCache.decode([UInt8](try Data(contentsOf: file)), key: key, secret: secret)?.points == routed)
    }

    @Test("an entry with one flipped bit, still well formed, is routed again and rewritten")
    func flippedBitIsRerouted() throws {
        let cache = try Self.cache()
        let linker = try Routing.linker(data: try DataStore(), cache: cache)
        let routed = try linker.sea([Self.latakia, Self.tartus], .init())
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache.directory.path).filter { $0.hasSuffix(".bin") }
        let file = cache.directory.appendingPathComponent(try #require(entries.first))
        let good = try Data(contentsOf: file)
        var bytes = [UInt8](good)
        let middle: Int = 12 + 16 * (routed.points.count / 2) + 6
        bytes[middle] ^= 0x10   // a middle point's latitude exponent
        try Data(bytes).write(to: file)
        let again = try Routing.linker(data: try DataStore(), cache: Self.nextRun(of: cache)).sea([Self.latakia, Self.tartus], .init())
        #expect(again == routed)
        #expect(Geodesic.wgs84.length(of: again.points) < 150_000, "Latakia → Tartus is under 150 km")
        #expect(try Data(contentsOf: file) == good)
    }

    @Test("an entry planted under the predictable key by someone without the secret is not drawn")
    func plantedEntryIsRefused() throws {
        let cache = try Self.cache()
        let linker = try Routing.linker(data: try DataStore(), cache: cache)
        let waypoints = [Self.latakia, Self.tartus].map { SeaWaypoint(stop: $0, isEnd: true) }
        let key = cache.key(waypoints, options: .init())
        let file = cache.directory.appendingPathComponent("routes/\(key.prefix(2))/\(key).bin")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let detour = [Self.latakia.coordinate, Coordinate(latitude: 0, longitude: 0), Self.tartus.coordinate]
        try Data(RouteCache.encode(SeaPath(points: detour), key: key, secret: [UInt8](repeating: 0, count: 32))).write(to: file)
        let line = try linker.sea([Self.latakia, Self.tartus], .init())
        #expect(Geodesic.wgs84.length(of: line.points) < 150_000, "the planted detour was drawn")
    }

    @Test("a run reads each entry's file once: later lookups of the key in that run, and copies of its cache, are served from memory")
    func entriesReadOnce() throws {
        let cache = try Self.cache()
        let key = "4567"
        let line = [Coordinate(latitude: 35.5, longitude: 35.77), Coordinate(latitude: 34.9, longitude: 35.86)]
        cache.store(SeaPath(points: line, notes: []), for: key)
        let later = Self.nextRun(of: cache)
        #expect(later.path(for: key, from: line[0], to: line[1]) == SeaPath(points: line))
        // With the file gone, the run that read it still has it, and so does a copy of its cache.
        try FileManager.default.removeItem(at: later.file(key))
        let copy = later
        #expect(copy.path(for: key, from: line[0], to: line[1]) == SeaPath(points: line))
        #expect(cache.path(for: key, from: line[0], to: line[1]) == SeaPath(points: line))
        // A new run has only the folder, and finds nothing there.
        #expect(Self.nextRun(of: cache).path(for: key, from: line[0], to: line[1]) == nil)
        // A kept entry is still held to the voyage's ends.
        #expect(copy.path(for: key, from: Self.latakia.coordinate, to: Coordinate(latitude: 30, longitude: 30)) == nil)
    }

    @Test("a sealed entry that does not start and end at the voyage's ports is routed again")
    func wrongEndsAreRerouted() throws {
        let cache = try Self.cache()
        let key = "0123"
        let wrong = [Coordinate(latitude: 10, longitude: 10), Coordinate(latitude: 11, longitude: 11)]
        cache.store(SeaPath(points: wrong, notes: ["ice"]), for: key)
        #expect(cache.path(for: key, from: wrong[0], to: wrong[1]) == SeaPath(points: wrong, notes: ["ice"]))
        #expect(cache.path(for: key, from: Self.latakia.coordinate, to: Self.tartus.coordinate) == nil)
    }

    @Test("the cache folder comes from MOVEMAP_CACHE, then XDG_CACHE_HOME, then HOME; 'off' turns it off")
    func standardDirectory() {
        #expect(RouteCache.standardDirectory(environment: ["MOVEMAP_CACHE": "/tmp/x", "HOME": "/home/a"])?.path == "/tmp/x")
        #expect(RouteCache.standardDirectory(environment: ["MOVEMAP_CACHE": "off", "HOME": "/home/a"]) == nil)
        #expect(RouteCache.standardDirectory(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/home/a"])?.path == "/c/movemap")
        #expect(RouteCache.standardDirectory(environment: ["HOME": "/home/a"])?.path == "/home/a/.cache/movemap")
        #expect(RouteCache.standardDirectory(environment: [:]) == nil)
    }

    /// A ship's hop down the Syrian coast, drawn small.
    static let coastalHop = """
        title: Coastal hop
        map: {size: 240x180, resolution: crude}
        assets:
          - {id: ship, mode: sea}
        sightings:
          - {asset: ship, place: Latakia, kind: port, time: 2024-12-10, status: observed}
          - {asset: ship, place: Tartus, kind: port, time: 2024-12-11, status: reported}
        """

    @Test("render reuses routed voyages between runs, with the same bytes, and --no-route-cache leaves none",
          .enabled(if: CLIRunner.isAvailable))
    func renderWithCache() throws {
        let folder = try CLIRunner.folder()
        let scenario = Self.coastalHop
        try scenario.write(to: folder.appendingPathComponent("hop.yaml"), atomically: true, encoding: .utf8)
        let cache = folder.appendingPathComponent("cache")
        let environment = ["MOVEMAP_CACHE": cache.path]
        var outputs: [Data] = []
        for name in ["a.png", "b.png"] {
            let result = try CLIRunner.run(["render", "hop.yaml", "-o", name], in: folder, environment: environment)
            #expect(result.status == 0, "\(result.errors)")
            outputs.append(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        #expect(outputs[0] == outputs[1])
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: cache.appendingPathComponent("routes").path))?
            .filter { $0.hasSuffix(".bin") } ?? []
        #expect(entries.count == 1)

        let fresh = folder.appendingPathComponent("fresh")
        let result = try CLIRunner.run(["render", "hop.yaml", "-o", "c.png", "--no-route-cache"], in: folder,
                                       environment: ["MOVEMAP_CACHE": fresh.path])
        #expect(result.status == 0, "\(result.errors)")
        // No voyage is kept (the folder may hold the stamps of checked data files and the map's background).
        let kept = (try? FileManager.default.subpathsOfDirectory(atPath: fresh.appendingPathComponent("routes").path))?
            .filter { $0.hasSuffix(".bin") } ?? []
        #expect(kept.isEmpty)
        #expect(try Data(contentsOf: folder.appendingPathComponent("c.png")) == outputs[0])
    }
}
