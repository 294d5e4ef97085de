import Foundation
import Testing
import Geo
@testable import Routes

/// Seasonal Arctic passages, winter ice, passages named as waypoints, no doubling back.
@Suite("Sea routes: seasons, named passages, no doubling back")
struct SeaSeasonTests {
    static let router = SeaFixtures.router
    static let rotterdam = SeaFixtures.port("Rotterdam", 51.95, 4.05)
    static let busan = SeaFixtures.port("Busan", 35.08, 129.05)
    static let kiel = SeaFixtures.port("Kiel", 54.33, 10.15)
    static let oulu = SeaFixtures.port("Oulu", 65.02, 25.40)
    static let portSaid = SeaFixtures.port("Port Said", 31.27, 32.31)
    static let mombasa = SeaFixtures.port("Mombasa", -4.06, 39.67)
    static let capeOfGoodHope = SeaFixtures.port("Cape of Good Hope", -34.36, 18.47)

    static func day(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)!
    }

    /// A via naming one of the router's passages, as a scenario's canal stop gives it: its
    /// gazetteer point and a 50 km disc.
    static func namedPassage(_ name: String, _ latitude: Double, _ longitude: Double, id: String) -> SeaWaypoint {
        let point = Coordinate(latitude: latitude, longitude: longitude)
        return SeaWaypoint(name: name, coordinate: point, area: Stop.disc(center: point, radius: 50_000), passage: id)
    }

    /// The highest latitude a route reaches.
    static func northernmost(_ route: SeaRoute) -> Double {
        route.legs.flatMap(\.points).map(\.latitude).max() ?? -90
    }

    @Test("the way to a sea along a line is the geodesic length up to its first point inside; nil when none is")
    func distanceToSea() {
        let square = AreaPolygon([Coordinate(latitude: 10, longitude: 10), Coordinate(latitude: 10, longitude: 12),
                                  Coordinate(latitude: 12, longitude: 12), Coordinate(latitude: 12, longitude: 10)])
        let line = [Coordinate(latitude: 11, longitude: 5), Coordinate(latitude: 11, longitude: 7),
                    Coordinate(latitude: 11, longitude: 9), Coordinate(latitude: 11, longitude: 11),
                    Coordinate(latitude: 11, longitude: 13)]
        let geodesic = Geodesic.wgs84
        let expected = geodesic.distance(from: line[0], to: line[1]) + geodesic.distance(from: line[1], to: line[2])
            + geodesic.distance(from: line[2], to: line[3])
        #expect(SeaRouter.distanceTo(square, along: line) == expected)
        #expect(SeaRouter.distanceTo(square, along: [line[3], line[4]]) == 0)
        #expect(SeaRouter.distanceTo(square, along: Array(line.prefix(3))) == nil)
    }

    @Test("the passages file gives the Northern Sea Route and the Northwest Passage their seasons and sources")
    func seasonsAreLoaded() throws {
        let nsr = try #require(Self.router.passages.first { $0.id == "northern-sea-route" })
        let season = try #require(nsr.season)
        #expect(season.description == "1 Jul–15 Nov")
        #expect(!season.source.isEmpty)
        #expect(season.contains(Self.day("2025-08-01")))
        #expect(!season.contains(Self.day("2025-12-01")))
        #expect(!nsr.openByDefault)
        let nwp = try #require(Self.router.passages.first { $0.id == "northwest-passage" })
        #expect(nwp.season?.description == "1 Aug–10 Oct")
        // A window over the new year, like the Baltic's ice.
        let ice = try #require(Self.router.ice.first { $0.name == "Gulf of Bothnia" })
        #expect(ice.season.contains(Self.day("2025-01-15")))
        #expect(ice.season.contains(Self.day("2025-12-20")))
        #expect(!ice.season.contains(Self.day("2025-07-01")))
    }

    @Test("Rotterdam → Busan with no date goes by Suez, never over the pole, and says the Northern Sea Route would be shorter")
    func noDateKeepsSeasonalPassagesClosed() throws {
        let route = try Self.router.route([Self.rotterdam, Self.busan])
        #expect(route.passages.contains("suez"))
        #expect(!route.passages.contains("northern-sea-route"))
        #expect(Self.northernmost(route) < 72)
        #expect(route.notes.contains { $0.hasPrefix("Northern Sea Route closed: no departure date") && $0.contains("nm shorter") })
    }

    @Test("departing Rotterdam on 1 August, the ship takes the Northern Sea Route in its season, south of the pack ice")
    func inSeasonOpensTheNorthernSeaRoute() throws {
        let options = SeaRouteOptions(departure: Self.day("2025-08-01"))
        let route = try Self.router.route([Self.rotterdam, Self.busan], options: options)
        #expect(route.passages.contains("northern-sea-route"))
        #expect(route.passages.contains("bering"))
        #expect(route.lengthNauticalMiles > 6_500 && route.lengthNauticalMiles < 7_700)
        // The central Arctic is never a route: the NSR keeps to the Siberian shelf.
        #expect(Self.northernmost(route) < 79)
        #expect(route.notes.contains { $0.hasPrefix("Northern Sea Route open when the ship reaches it on") })
    }

    @Test("departing on 10 November at 14 kn, the ship would reach the Northern Sea Route after it closes: it goes by Suez")
    func outOfSeasonAtArrivalClosesIt() throws {
        let options = SeaRouteOptions(departure: Self.day("2025-11-10"))
        let route = try Self.router.route([Self.rotterdam, Self.busan], options: options)
        #expect(route.passages.contains("suez"))
        #expect(!route.passages.contains("northern-sea-route"))
        #expect(route.notes.contains { $0.hasPrefix("Northern Sea Route closed when the ship would reach it on 1") && $0.contains("Nov 2025") })
    }

    @Test("leaving on 20 October, a 3 kn ship reaches the Northern Sea Route after it closes and an 18 kn ship before")
    func speedDecidesTheDay() throws {
        let slow = try Self.router.route([Self.rotterdam, Self.busan],
                                         options: SeaRouteOptions(departure: Self.day("2025-10-20"), speedKnots: 3))
        #expect(!slow.passages.contains("northern-sea-route"))
        let fast = try Self.router.route([Self.rotterdam, Self.busan],
                                         options: SeaRouteOptions(departure: Self.day("2025-10-20"), speedKnots: 18))
        #expect(fast.passages.contains("northern-sea-route"))
    }

    @Test("allowing the Northern Sea Route opens it with no date, and the note gives its season")
    func allowOpensIt() throws {
        let route = try Self.router.route([Self.rotterdam, Self.busan], options: SeaRouteOptions(allow: ["northern-sea-route"]))
        #expect(route.passages.contains("northern-sea-route"))
        #expect(route.notes == ["Northern Sea Route open as asked; it is navigable 1 Jul–15 Nov only"])
    }

    @Test("the Gulf of Bothnia's winter ice is noted in January and not in July; the route is the same")
    func balticIceIsNotedNotClosed() throws {
        let winter = try Self.router.route([Self.kiel, Self.oulu], options: SeaRouteOptions(departure: Self.day("2025-01-10")))
        let summer = try Self.router.route([Self.kiel, Self.oulu], options: SeaRouteOptions(departure: Self.day("2025-07-10")))
        #expect(winter.lengthMeters == summer.lengthMeters)
        #expect(winter.notes.contains { $0.contains("Gulf of Bothnia") && $0.contains("ice season") })
        #expect(!summer.notes.contains { $0.contains("Gulf of Bothnia") })
    }

    @Test("Port Said → Suez Canal → Red Sea passes the canal from its north end to its south end")
    func namedCanalIsPassedThrough() throws {
        let canal = Self.namedPassage("Suez Canal", 30.6, 32.33, id: "suez")
        let redSea = SeaFixtures.port("Red Sea", 20.0, 38.5)
        let route = try Self.router.route([Self.portSaid, canal, redSea])
        #expect(route.passages == ["suez"])
        let points = route.legs.flatMap(\.points)
        // Through Suez (29.9°N) and past the Gulf of Suez, no way round.
        #expect(points.contains { abs($0.latitude - 29.95) < 0.1 && abs($0.longitude - 32.55) < 0.1 })
        #expect(route.lengthNauticalMiles < 1_000)
    }

    @Test("naming the Kiel Canal opens it for the voyage, with a note; avoiding it too is an error")
    func namedClosedCanalOpens() throws {
        let canal = Self.namedPassage("Kiel Canal", 54.2, 9.6, id: "kiel")
        let hamburgBight = SeaFixtures.port("Elbe mouth", 53.95, 8.6)
        let route = try Self.router.route([hamburgBight, canal, Self.kiel])
        #expect(route.passages == ["kiel"])
        #expect(route.notes == ["Kiel Canal is closed unless allowed; opened for this voyage, which names it"])
        #expect(throws: RouteError.namedPassageAvoided(name: "Kiel Canal", passage: "kiel")) {
            try Self.router.route([hamburgBight, canal, Self.kiel], options: SeaRouteOptions(avoid: ["kiel"]))
        }
    }

    @Test("Piraeus → Cape of Good Hope → Mombasa goes west round Africa, not down the east coast and back")
    func noDoublingBack() throws {
        let route = try Self.router.route([SeaFixtures.piraeus, Self.capeOfGoodHope, Self.mombasa])
        #expect(route.passages.contains("gibraltar"))
        #expect(!route.passages.contains("suez"))
        // The first leg stays west of Africa's east coast: never east of 25°E south of the equator.
        #expect(!route.legs[0].points.contains { $0.latitude < 0 && $0.longitude > 25 })
        #expect(route.notes.contains { $0.hasPrefix("not through the Suez Canal between Piraeus and Mombasa") })
        #expect(DoubledWater.find(on: route) == nil)
    }

    @Test("a round trip the waypoints force keeps its way, with no note")
    func forcedDoublingStays() throws {
        let route = try Self.router.route([SeaFixtures.novorossiysk, SeaFixtures.tartus, SeaFixtures.novorossiysk])
        #expect(route.passages.filter { $0 == "bosporus" }.count == 1 || route.legs.allSatisfy { $0.passages.contains("bosporus") })
        #expect(route.notes.isEmpty)
    }

    @Test("a voyage into an ice-bound sea is noted in its season and not out of it; through the Northern Sea Route its seas are not noted again")
    func arcticAndOkhotskIce() throws {
        let vladivostok = SeaFixtures.port("Vladivostok", 43.10, 131.90)
        let magadan = SeaFixtures.port("Magadan", 59.55, 150.80)
        let winter = try Self.router.route([vladivostok, magadan], options: .init(departure: Self.day("2025-01-10")))
        #expect(winter.notes.contains { $0.hasPrefix("the ship reaches the Sea of Okhotsk on 1") && $0.contains("(1 Dec–30 Apr)") },
                "\(winter.notes)")
        let summer = try Self.router.route([vladivostok, magadan], options: .init(departure: Self.day("2025-08-10")))
        #expect(!summer.notes.contains { $0.contains("Okhotsk") })
        let tiksi = SeaFixtures.port("Tiksi", 71.65, 128.90)
        let murmansk = SeaFixtures.port("Murmansk", 68.97, 33.08)
        let nsr = try Self.router.route([murmansk, tiksi], options: .init(allow: ["northern-sea-route"]))
        #expect(nsr.passages.contains("northern-sea-route"))
        #expect(!nsr.notes.contains { $0.contains("Laptev") || $0.contains("Kara") })
    }

    @Test("a voyage only a closed season could open fails naming the passage and its months")
    func noSeasonOpens() throws {
        let tiksi = SeaFixtures.port("Tiksi", 71.65, 128.90)
        let murmansk = SeaFixtures.port("Murmansk", 68.97, 33.08)
        do {
            _ = try Self.router.route([murmansk, tiksi], options: .init(avoid: ["bering"]))
            Issue.record("routed without the Northern Sea Route or the Bering Strait")
        } catch let error as RouteError {
            let message = "\(error)"
            #expect(message.contains("northern-sea-route (Northern Sea Route, navigable 1 Jul–15 Nov)"), "\(message)")
            #expect(message.contains("give a departure that reaches it in season"))
        }
    }

    @Test("a canal as a voyage's end is taken at its end toward the voyage, with the distance in a note")
    func canalAsEnd() throws {
        let suez = SeaWaypoint(name: "Suez Canal", coordinate: Coordinate(latitude: 30.45, longitude: 32.35), passage: "suez")
        let piraeus = SeaFixtures.port("Piraeus", 37.94, 23.62)
        let north = try Self.router.route([suez, piraeus])
        let start = try #require(north.legs.first?.points.first)
        #expect(Geodesic.wgs84.distance(from: start, to: Self.portSaid.coordinate) < 25_000, "\(start)")
        #expect(north.notes.contains { $0.hasPrefix("Suez Canal as an end of the voyage: taken at its end toward Piraeus, ") })
        let south = try Self.router.route([SeaFixtures.port("Jeddah", 21.48, 39.15), suez])
        let end = try #require(south.legs.last?.points.last)
        #expect(end.latitude < 30.2, "the southern end, toward Jeddah: \(end)")
    }
}
