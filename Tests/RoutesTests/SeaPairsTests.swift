import Foundation
import Testing
import Geo
@testable import Routes

/// Route lengths against the independent check (bench/sea_check.py: a 3′ guide search on the
/// GSHHG intermediate shoreline, a 30″ water-only search in a corridor around it, pulled taut
/// with exact shoreline tests; figures in bench/sea_check.json, produced by
/// `python3 bench/sea_check.py`). The check shares no code or data file with the router.
@Suite("Sea route lengths against the independent check")
struct SeaPairsTests {
    static let pairs: [(String, [SeaWaypoint])] = [
        ("Latakia → Tartus", [SeaFixtures.latakia, SeaFixtures.tartus]),
        ("Baltiysk → Tartus", [SeaFixtures.baltiysk, SeaFixtures.tartus]),
        ("Severomorsk → Tartus", [SeaFixtures.severomorsk, SeaFixtures.tartus]),
        ("St Petersburg → Tartus", [SeaFixtures.stPetersburg, SeaFixtures.tartus]),
        ("Novorossiysk → Tartus", [SeaFixtures.novorossiysk, SeaFixtures.tartus]),
        ("Piraeus → Jeddah", [SeaFixtures.piraeus, SeaFixtures.jeddah]),
        ("Port Said → Djibouti", [SeaFixtures.port("Port Said", 31.27, 32.31), SeaFixtures.port("Djibouti", 11.60, 43.14)]),
        ("Murmansk → Vladivostok", [SeaFixtures.port("Murmansk", 68.97, 33.08), SeaFixtures.port("Vladivostok", 43.10, 131.88)]),
        ("Shanghai → Los Angeles", [SeaFixtures.shanghai, SeaFixtures.losAngeles]),
        ("Rotterdam → Singapore", [SeaFixtures.port("Rotterdam", 51.95, 4.05), SeaFixtures.port("Singapore", 1.26, 103.84)]),
        ("New York → Rotterdam", [SeaFixtures.port("New York", 40.60, -74.03), SeaFixtures.port("Rotterdam", 51.95, 4.05)]),
        ("Yokohama → Sydney", [SeaFixtures.port("Yokohama", 35.44, 139.66), SeaFixtures.port("Sydney", -33.84, 151.28)]),
        ("Santos → Cape Town", [SeaFixtures.port("Santos", -23.98, -46.30), SeaFixtures.port("Cape Town", -33.90, 18.43)]),
        ("Mumbai → Jebel Ali", [SeaFixtures.port("Mumbai", 18.93, 72.83), SeaFixtures.port("Jebel Ali", 25.01, 55.06)]),
        ("Kingston → Callao", [SeaFixtures.port("Kingston", 17.96, -76.80), SeaFixtures.port("Callao", -12.05, -77.15)]),
        ("Severomorsk → Norwegian Sea → English Channel → Tartus",
         [SeaFixtures.severomorsk, SeaFixtures.norwegianSea, SeaFixtures.englishChannel, SeaFixtures.tartus]),
    ]

    /// Voyages through a seasonal passage, routed as in its season.
    static let options: [String: SeaRouteOptions] = [
        "Murmansk → Vladivostok": SeaRouteOptions(allow: ["northern-sea-route"]),
    ]

    /// Kilometers, port to port, from bench/sea_check.json (`python3 bench/sea_check.py`). The
    /// via voyage is checked through one point in each area (bench/sea_pairs.py), so its figure
    /// can only be longer than the shortest path through the areas.
    static let independent: [String: Double] = [
        "Latakia → Tartus": 71.4,
        "Baltiysk → Tartus": 7739.5,
        "Severomorsk → Tartus": 9003.5,
        "St Petersburg → Tartus": 8464.2,
        "Novorossiysk → Tartus": 2330.8,
        "Piraeus → Jeddah": 2398.7,
        "Port Said → Djibouti": 2504.8,
        "Murmansk → Vladivostok": 9919.8,
        "Shanghai → Los Angeles": 10529.4,
        "Rotterdam → Singapore": 15263.2,
        "New York → Rotterdam": 6041.1,
        "Yokohama → Sydney": 7950.8,
        "Santos → Cape Town": 6312.7,
        "Mumbai → Jebel Ali": 2087.5,
        "Kingston → Callao": 3549.9,
        "Severomorsk → Norwegian Sea → English Channel → Tartus": 9066.4,
    ]

    @Test("route lengths are within 2% of the independent shortest water path", arguments: pairs.map(\.0))
    func withinTwoPercent(_ name: String) throws {
        let stops = Self.pairs.first { $0.0 == name }!.1
        let route = try SeaFixtures.router.route(stops, options: Self.options[name] ?? .init())
        // port to port, as the check measures: the snaps plus the water path
        let km = (route.lengthMeters + route.legs[0].startSnapMeters + route.legs.last!.endSnapMeters) / 1000
        #expect(SeaRouteTests.landPoints(of: route).isEmpty, "\(name) touches land")
        let reference = try #require(Self.independent[name])
        let allowed = reference * 2 / 100
        #expect(abs(km - reference) <= allowed, "\(name): \(km) km against \(reference) km")
    }

    @Test("the router loads every passage of the navigation data")
    func loadsPassages() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        #expect(router.passages.count >= 15)
        #expect(router.passages.contains { $0.id == "suez" } && router.passages.contains { $0.id == "northern-sea-route" })
    }
}
