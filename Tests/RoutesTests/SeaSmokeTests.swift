import Foundation
import Testing
import Geo
@testable import Routes

@Suite("Sea router smoke")
struct SeaSmokeTests {
    @Test("seed voyages print")
    func printVoyages() throws {
        let r = SeaFixtures.router
        let cases: [[SeaWaypoint]] = [
            [SeaFixtures.latakia, SeaFixtures.tartus],
            [SeaFixtures.baltiysk, SeaFixtures.tartus],
            [SeaFixtures.severomorsk, SeaFixtures.tartus],
            [SeaFixtures.severomorsk, SeaFixtures.norwegianSea, SeaFixtures.tartus],
            [SeaFixtures.stPetersburg, SeaFixtures.tartus],
            [SeaFixtures.novorossiysk, SeaFixtures.tartus],
            [SeaFixtures.shanghai, SeaFixtures.losAngeles],
        ]
        for c in cases {
            let t = Date()
            guard let route = try? r.route(c) else { print("ROUTE failed", c.map(\.name)); continue }
            print("ROUTE", c.map(\.name), Int(route.lengthMeters / 1000), "km", route.passages, route.legs.map(\.points.count), String(format: "%.2fs", Date().timeIntervalSince(t)))
        }
    }
}
