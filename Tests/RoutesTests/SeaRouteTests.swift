import Foundation
import Testing
import Geo
@testable import Routes

/// Seed voyages, computed once and shared by the tests below.
enum SeedVoyages {
    static let baltiyskTartus = try! SeaFixtures.router.route([SeaFixtures.baltiysk, SeaFixtures.tartus])
    static let latakiaTartus = try! SeaFixtures.router.route([SeaFixtures.latakia, SeaFixtures.tartus])
    static let severomorskTartus = try! SeaFixtures.router.route(
        [SeaFixtures.severomorsk, SeaFixtures.norwegianSea, SeaFixtures.englishChannel, SeaFixtures.tartus])
    static let stPetersburgTartus = try! SeaFixtures.router.route([SeaFixtures.stPetersburg, SeaFixtures.tartus])
    static let novorossiyskTartus = try! SeaFixtures.router.route([SeaFixtures.novorossiysk, SeaFixtures.tartus])
    static let shanghaiLosAngeles = try! SeaFixtures.router.route([SeaFixtures.shanghai, SeaFixtures.losAngeles])

    static let all: [(String, SeaRoute)] = [
        ("Latakia → Tartus", latakiaTartus), ("Baltiysk → Tartus", baltiyskTartus),
        ("Severomorsk → Norwegian Sea → English Channel → Tartus", severomorskTartus),
        ("St Petersburg → Tartus", stPetersburgTartus), ("Novorossiysk → Tartus", novorossiyskTartus),
        ("Shanghai → Los Angeles", shanghaiLosAngeles),
    ]
}

@Suite("Sea routes")
struct SeaRouteTests {
    static let basemap = try! Basemap.load(.intermediate)

    /// Samples every geodesic segment each 500 m and returns the land points outside canal gates.
    static func landPoints(of route: SeaRoute) -> [Coordinate] {
        let canals = SeaFixtures.router.passages.filter(\.isCanal).map { AreaPolygon($0.gate) }
        var found: [Coordinate] = []
        for leg in route.legs {
            for (a, b) in zip(leg.points, leg.points.dropFirst()) {
                for point in Geodesic.wgs84.line(from: a, to: b, maximumSpacing: 500) {
                    let p = point.normalized
                    if basemap.isLand(p) && !canals.contains(where: { $0.contains(p) }) { found.append(p) }
                }
            }
        }
        return found
    }

    @Test("every seed voyage stays on water of the intermediate coastline", arguments: SeedVoyages.all.map(\.0))
    func waterOnly(_ name: String) {
        let route = SeedVoyages.all.first { $0.0 == name }!.1
        let land = Self.landPoints(of: route)
        #expect(land.isEmpty, "\(name) touches land at \(land.prefix(5))")
    }

    @Test("the land check sees land on a straight line from Baltiysk to Tartus")
    func landCheckCanFail() {
        let straight = SeaLeg(from: "Baltiysk", to: "Tartus",
                              points: [SeaFixtures.baltiysk.coordinate, SeaFixtures.tartus.coordinate],
                              lengthMeters: 0, startSnapMeters: 0, endSnapMeters: 0)
        #expect(Self.landPoints(of: SeaRoute(legs: [straight], lengthMeters: 0, passages: [])).count > 1000)
    }

    @Test("Severomorsk → Norwegian Sea → English Channel → Tartus goes through Dover and Gibraltar, not west of Ireland")
    func channelNotIreland() {
        let route = SeedVoyages.severomorskTartus
        #expect(route.legs.count == 1)
        let points = route.legs[0].points
        let dover = points.contains { $0.latitude > 50.8 && $0.latitude < 51.2 && $0.longitude > 1.2 && $0.longitude < 1.8 }
        #expect(dover)
        let westOfIreland = points.contains { $0.longitude < -11 && $0.latitude > 48 && $0.latitude < 56 }
        #expect(!westOfIreland)
        #expect(route.passages.firstIndex(of: "dover")! < route.passages.firstIndex(of: "gibraltar")!)
    }

    @Test("Novorossiysk → Tartus passes the Bosporus and Dardanelles in order")
    func blackSeaExit() {
        #expect(SeedVoyages.novorossiyskTartus.passages.starts(with: ["bosporus", "dardanelles"]))
    }

    @Test("closing the Bosporus leaves no water path out of the Black Sea and names it")
    func bosporusClosed() {
        #expect {
            try SeaFixtures.router.route([SeaFixtures.novorossiysk, SeaFixtures.tartus],
                                         options: SeaRouteOptions(avoid: ["bosporus"]))
        } throws: { error in
            guard case let RouteError.noWaterPath(from, to, reason) = error else { return false }
            return from == "Novorossiysk" && to == "Tartus" && reason.contains("bosporus")
        }
    }

    @Test("Shanghai → Los Angeles is continuous across the antimeridian")
    func transpacificContinuous() {
        let points = SeedVoyages.shanghaiLosAngeles.legs[0].points
        let jumps = zip(points, points.dropFirst()).filter {
            abs($0.latitude - $1.latitude) > 1 || abs($0.longitude - $1.longitude) > 1
        }
        #expect(jumps.isEmpty)
        #expect(points.first!.longitude > 120 && points.last!.longitude > 180, "longitudes are unwrapped")
    }

    @Test("an unknown passage is refused with suggestions and the list of passages, seasonal ones too")
    func unknownPassage() {
        let known = SeaFixtures.router.passages.map(\.id)
        #expect(known.contains("northern-sea-route") && known.contains("suez"))
        #expect(throws: RouteError.unknownPassage("bosphorus", suggestions: ["bosporus"], known: known)) {
            try SeaFixtures.router.route([SeaFixtures.latakia, SeaFixtures.tartus],
                                         options: SeaRouteOptions(avoid: ["bosphorus"]))
        }
        let message = "\(RouteError.unknownPassage("bosphorus", suggestions: ["bosporus"], known: known))"
        #expect(message.hasPrefix("unknown passage 'bosphorus' — did you mean bosporus? (passages: gibraltar, dover,"))
        #expect(message.contains("northern-sea-route, northwest-passage)"))
    }

    @Test("one waypoint is too few")
    func tooFew() {
        #expect(throws: RouteError.tooFewWaypoints) { try SeaFixtures.router.route([SeaFixtures.tartus]) }
    }

    @Test("snap distances are reported and small for coastal ports")
    func snapping() {
        let leg = SeedVoyages.latakiaTartus.legs[0]
        #expect(leg.startSnapMeters < 10_000 && leg.endSnapMeters < 10_000)
        #expect(leg.lengthMeters > 60_000 && leg.lengthMeters < 90_000)
    }

    @Test("a port up a river snaps past water the grid cuts off from the sea: Hamburg → Antwerp")
    func riverPort() throws {
        let route = try SeaFixtures.router.route([SeaFixtures.port("Hamburg", 53.54, 9.97), SeaFixtures.port("Antwerp", 51.23, 4.40)])
        let leg = route.legs[0]
        // The Elbe is narrower than the grid up to its estuary: the snap says how far that is.
        #expect(leg.startSnapMeters > 10_000 && leg.startSnapMeters < 100_000, "\(leg.startSnapMeters) m")
        #expect(route.lengthMeters > 450_000 && route.lengthMeters < 700_000)
        #expect(Self.landPoints(of: route).isEmpty)
    }

    @Test("the Caspian is a sea of its own: Baku → Tartus and Tartus → Baku have no water path",
          arguments: [true, false])
    func caspian(outward: Bool) {
        let baku = SeaFixtures.port("Baku", 40.35, 49.87)
        let stops = outward ? [baku, SeaFixtures.tartus] : [SeaFixtures.tartus, baku]
        #expect {
            try SeaFixtures.router.route(stops)
        } throws: { error in
            guard case let RouteError.noWaterPath(from, to, reason) = error else { return false }
            return from == stops[0].name && to == stops[1].name && reason.contains("no navigable passage joins")
        }
    }

    @Test("a closed sea is seen whole from its side: the walk from Baku meets no ocean, the walk from Tartus is cut short")
    func cutOff() throws {
        let navigable = SeaFixtures.router.navigableWater(closed: [])
        let vectors = CellVectors(grid: SeaFixtures.router.water)
        let baku = try #require(navigable.nearestOpen(to: Coordinate(latitude: 40.35, longitude: 49.87)))
        let tartus = try #require(navigable.nearestOpen(to: SeaFixtures.tartus.coordinate))
        var coarse = CorridorSearch(graph: BlockGraph(water: navigable, channels: [], areas: [], vectors: vectors))
        let fromBaku = coarse.isCutOff(tartus, from: baku, limit: SeaRouter.closedSeaNodes)
        let fromTartus = coarse.isCutOff(baku, from: tartus, limit: SeaRouter.closedSeaNodes)
        #expect(fromBaku)
        #expect(!fromTartus)
    }

    @Test("without the shoreline beside the navigation data, routing names the missing file")
    func missingShoreline() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("movemap-no-shoreline-\(getpid())/navigation")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        for name in ["water.bin", "passages.json", "water.bin.sha256", "passages.json.sha256"] {
            try FileManager.default.copyItem(at: SeaFixtures.navigation.appendingPathComponent(name),
                                             to: folder.appendingPathComponent(name))
        }
        let router = try SeaRouter.load(from: folder)
        #expect {
            try router.route([SeaFixtures.latakia, SeaFixtures.tartus])
        } throws: { error in
            "\(error)".contains("basemap/land-i.mmb") && "\(error)".contains("build_basemap.py")
        }
    }

    @Test("a flipped byte in water.bin is refused, naming the file and make resources")
    func damagedWater() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-damaged-water-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SeaFixtures.navigation, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("water.bin")
        var bytes = [UInt8](try Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: url)
        #expect {
            try SeaRouter.load(from: folder)
        } throws: { error in
            "\(error)".contains("water.bin") && "\(error)".contains("make resources")
        }
    }

    @Test("Kiel is closed by default, Suez and Panama open")
    func defaults() {
        let byId = Dictionary(uniqueKeysWithValues: SeaFixtures.router.passages.map { ($0.id, $0) })
        #expect(byId["kiel"]?.openByDefault == false)
        #expect(byId["suez"]?.openByDefault == true && byId["panama"]?.openByDefault == true)
        #expect(byId["bosporus"]?.openByDefault == true)
    }
}
