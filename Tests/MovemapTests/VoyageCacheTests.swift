import Foundation
import Testing
@testable import Movemap
import Geo
import Routes

@Suite("Route cache: whole voyages for route sea, and the voyages validate links")
struct VoyageCacheTests {
    static let waypoints = [RouteCacheTests.latakia, RouteCacheTests.tartus].map { SeaWaypoint(stop: $0, isEnd: true) }

    @Test("a stored voyage reads back bit for bit; a damaged, cut or foreign entry reads as missing")
    func roundTrip() throws {
        let legs = [SeaLeg(from: "Latakia", to: "Banias", points: [Coordinate(latitude: 35.52, longitude: 35.77),
                                                                   Coordinate(latitude: -0.0, longitude: 181.000000000001)],
                           lengthMeters: 1234.5678901234, startSnapMeters: 0.1, endSnapMeters: 1e-300),
                    SeaLeg(from: "Banias", to: "Tartus ✓", points: [Coordinate(latitude: 35.2, longitude: 35.9),
                                                                    Coordinate(latitude: 34.89, longitude: 35.87)],
                           lengthMeters: 37_000.25, startSnapMeters: 0, endSnapMeters: 635.75)]
        let route = SeaRoute(legs: legs, lengthMeters: 38_234.7678901234, passages: ["bosporus", "suez"],
                             notes: ["Northern Sea Route closed: no departure date to judge its season by"])
        let secret = [UInt8](repeating: 7, count: 32)
        let bytes = RouteCache.encodeVoyage(route, key: "k", secret: secret)
        let back = try #require(RouteCache.decodeVoyage(bytes, key: "k", secret: secret))
        #expect(back == route)
        #expect(back.legs.flatMap(\.points).map(\.longitude.bitPattern) == legs.flatMap(\.points).map(\.longitude.bitPattern))
        #expect(RouteCache.decodeVoyage(Array(bytes.dropLast()), key: "k", secret: secret) == nil)
        #expect(RouteCache.decodeVoyage(bytes, key: "other key", secret: secret) == nil)
        #expect(RouteCache.decodeVoyage(bytes, key: "k", secret: [UInt8](repeating: 8, count: 32)) == nil)
        for bit in [0, 64 + 5, 8 * (bytes.count - 40)] {
            var flipped = bytes
            flipped[bit / 8] ^= UInt8(1 << (bit % 8))
            #expect(RouteCache.decodeVoyage(flipped, key: "k", secret: secret) == nil, "bit \(bit)")
        }
    }

    @Test("the voyage key follows the names, the waypoints, both passage lists and the departure")
    func keys() throws {
        let cache = try RouteCacheTests.cache()
        let key = cache.voyageKey(Self.waypoints, options: .init())
        var renamed = Self.waypoints
        renamed[1].name = "Tartous"
        #expect(cache.voyageKey(renamed, options: .init()) != key)
        #expect(cache.voyageKey(Self.waypoints, options: .init(avoid: ["suez"])) != key)
        #expect(cache.voyageKey(Self.waypoints, options: .init(allow: ["kiel"])) != key)
        #expect(cache.voyageKey(Self.waypoints, options: .init(departure: Date(timeIntervalSince1970: 1_735_689_600))) != key)
        #expect(cache.voyageKey(Self.waypoints, options: .init()) == key)
        #expect(key != cache.key(Self.waypoints, options: .init()))
    }

    @Test("a voyage routed once is read back the next time; a damaged entry or one with other ends is routed again")
    func engineReadsCache() throws {
        let cache = try RouteCacheTests.cache()
        let data = try DataStore()
        let routed = try Routing.seaRoute(Self.waypoints, data: data, cache: cache)
        #expect(routed == (try data.seaRouter().route(Self.waypoints)))
        let key = cache.voyageKey(Self.waypoints, options: .init())
        let file = cache.file(key)
        let secret = try #require(RouteCache.secret(in: cache.directory))
        // A sealed stand-in is returned as it is: the second call did not route.
        var marker = routed
        marker.legs[0].lengthMeters += 1
        try Data(RouteCache.encodeVoyage(marker, key: key, secret: secret)).write(to: file)
        #expect(try Routing.seaRoute(Self.waypoints, data: data, cache: cache) == marker)
        try Data([1, 2, 3]).write(to: file)
        #expect(try Routing.seaRoute(Self.waypoints, data: data, cache: cache) == routed)
        #expect(RouteCache.decodeVoyage([UInt8](try Data(contentsOf: file)), key: key, secret: secret) == routed)
        var elsewhere = routed
        elsewhere.legs[0].points[0] = Coordinate(latitude: 0, longitude: 0)
        try Data(RouteCache.encodeVoyage(elsewhere, key: key, secret: secret)).write(to: file)
        #expect(try Routing.seaRoute(Self.waypoints, data: data, cache: cache) == routed)
    }

    @Test("route sea prints the same bytes from the cache, and --no-route-cache leaves none",
          .enabled(if: CLIRunner.isAvailable))
    func routeSeaWithCache() throws {
        let folder = try CLIRunner.folder()
        let cache = folder.appendingPathComponent("cache")
        var outputs: [String] = []
        for format in ["--json", "--json", "--geojson", "--geojson"] {
            let result = try CLIRunner.run(["route", "sea", "Latakia", "Tartus", format], in: folder,
                                           environment: ["MOVEMAP_CACHE": cache.path])
            #expect(result.status == 0, "\(result.errors)")
            outputs.append(result.output)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[2] == outputs[3])
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: cache.path))?.filter { $0.hasSuffix(".bin") } ?? []
        #expect(entries.count == 1)
        let fresh = folder.appendingPathComponent("fresh")
        let result = try CLIRunner.run(["route", "sea", "Latakia", "Tartus", "--json", "--no-route-cache"], in: folder,
                                       environment: ["MOVEMAP_CACHE": fresh.path])
        #expect(result.output == outputs[0])
        // No voyage is kept (the folder may hold the stamps of checked data files).
        let kept = (try? FileManager.default.subpathsOfDirectory(atPath: fresh.path))?.filter { $0.hasSuffix(".bin") } ?? []
        #expect(kept.isEmpty)
    }

    @Test("validate keeps the voyages it links in the cache", .enabled(if: CLIRunner.isAvailable))
    func validateWithCache() throws {
        let folder = try CLIRunner.folder()
        let scenario = RouteCacheTests.coastalHop.replacingOccurrences(of: "map: {size: 240x180, resolution: crude}\n", with: "")
        try scenario.write(to: folder.appendingPathComponent("hop.yaml"), atomically: true, encoding: .utf8)
        let cache = folder.appendingPathComponent("cache")
        for _ in 0..<2 {
            let result = try CLIRunner.run(["validate", "hop.yaml"], in: folder, environment: ["MOVEMAP_CACHE": cache.path])
            #expect(result.status == 0, "\(result.errors)")
        }
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: cache.path))?.filter { $0.hasSuffix(".bin") } ?? []
        #expect(entries.filter { $0.hasPrefix("routes/") }.count == 1, "\(entries)")
        // And the scenario's place readings, once.
        #expect(entries.filter { $0.hasPrefix("places/") }.count == 1, "\(entries)")
    }
}