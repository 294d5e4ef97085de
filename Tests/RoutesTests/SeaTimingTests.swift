import Foundation
import Testing
import Geo
@testable import Routes

@Suite("Sea route timing")
struct SeaTimingTests {
    @Test("Baltiysk, Severomorsk and Shanghai voyages route; times print with MOVEMAP_SEA_REPORT=1 (bars live in bench/)")
    func timing() throws {
        for stops in [[SeaFixtures.baltiysk, SeaFixtures.tartus], [SeaFixtures.severomorsk, SeaFixtures.tartus],
                      [SeaFixtures.shanghai, SeaFixtures.losAngeles]] {
            let start = Date()
            let route = try SeaFixtures.router.route(stops)
            let seconds = Date().timeIntervalSince(start)
            if ProcessInfo.processInfo.environment["MOVEMAP_SEA_REPORT"] != nil {
                print("SEATIME \(stops[0].name)\t\(route.lengthMeters / 1000)\t\(seconds)")
            }
            #expect(route.lengthMeters > 0)
        }
    }
}
