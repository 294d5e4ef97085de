import Geo
import Testing
@testable import Routes

/// A voyage that cannot be routed names the waypoint it breaks at, not just its ends.
@Suite("Sea route failures name the waypoint")
struct SeaFailureTests {
    static let caspian = SeaFixtures.area("Caspian Sea", [(49, 38.5), (53, 38.5), (53, 44.5), (49, 44.5)])
    static let caspianPoint = SeaFixtures.port("Caspian point", 42.0, 50.5)

    func failure(_ waypoints: [SeaWaypoint]) throws -> RouteFailure {
        try #require(throws: RouteFailure.self) { try SeaFixtures.router.locatedRoute(waypoints) }
    }

    @Test("a via-sea no passage joins is the waypoint the voyage breaks at")
    func viaArea() throws {
        let failure = try failure([SeaFixtures.baltiysk, Self.caspian, SeaFixtures.tartus])
        #expect(failure.index == 1)
        guard case let RouteError.noWaterPath(from, to, _) = failure.error else {
            Issue.record("\(failure.error)")
            return
        }
        #expect(from == "Baltiysk" && to == "Tartus", "the leg's ends, as before")
    }

    @Test("the second of two via-seas is blamed when the first is on the way")
    func secondVia() throws {
        let failure = try failure([SeaFixtures.baltiysk, SeaFixtures.englishChannel, Self.caspian, SeaFixtures.tartus])
        #expect(failure.index == 2)
    }

    @Test("a point stop in enclosed water is the waypoint a leg cannot reach")
    func enclosedEnd() throws {
        #expect(try failure([SeaFixtures.baltiysk, Self.caspianPoint, SeaFixtures.tartus]).index == 1)
    }

    @Test("a start in enclosed water is blamed on the start")
    func enclosedStart() throws {
        #expect(try failure([Self.caspianPoint, SeaFixtures.piraeus, SeaFixtures.tartus]).index == 0)
    }

    @Test("route(_:options:) still throws the router's error itself")
    func plainError() {
        let error = #expect(throws: RouteError.self) {
            try SeaFixtures.router.route([SeaFixtures.baltiysk, Self.caspianPoint])
        }
        if case .noWaterPath = error {} else { Issue.record("\(String(describing: error))") }
    }
}
