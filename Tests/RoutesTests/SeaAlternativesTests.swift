import Foundation
import Testing
import Geo
@testable import Routes

/// The ways round a voyage's major passages: Suez or the Cape, the Turkish Straits or none.
@Suite("Sea routes: alternatives round major passages")
struct SeaAlternativesTests {
    static let router = SeaFixtures.router
    static let piraeus = SeaFixtures.port("Piraeus", 37.94, 23.62)
    static let mombasa = SeaFixtures.port("Mombasa", -4.06, 39.67)
    static let novorossiysk = SeaFixtures.port("Novorossiysk", 44.72, 37.79)
    static let tartus = SeaFixtures.port("Tartus", 34.89, 35.87)
    static let rotterdam = SeaFixtures.port("Rotterdam", 51.95, 4.05)
    static let tallinn = SeaFixtures.port("Tallinn", 59.45, 24.77)

    @Test("Piraeus to Mombasa: Suez first, then round the Cape of Good Hope, named so, 8,500–9,500 nm")
    func suezOrTheCape() throws {
        let found = try Self.router.alternatives([Self.piraeus, Self.mombasa])
        #expect(found.routes.count == 2)
        let shortest = found.shortest, cape = found.routes[1]
        #expect(shortest.label == "shortest")
        #expect(shortest.passages.contains("suez"))
        #expect(shortest.avoided.isEmpty)
        #expect(cape.label == "via Cape of Good Hope")
        #expect(cape.avoided == ["suez"])
        #expect(!cape.passages.contains("suez") && cape.passages.contains("gibraltar"))
        #expect((8_500...9_500).contains(cape.lengthNauticalMiles), "\(cape.lengthNauticalMiles) nm")
        // Round the Cape, not through Suez and back: the route goes south of 34°S.
        #expect((cape.points.map(\.latitude).min() ?? 0) < -34)
        #expect(shortest.lengthMeters < cape.lengthMeters)
        #expect(found.unroutable.isEmpty)
    }

    @Test("Novorossiysk to Tartus: the Black Sea has no way out but the Turkish Straits, and that is said")
    func turkishStraitsOrNone() throws {
        let found = try Self.router.alternatives([Self.novorossiysk, Self.tartus])
        #expect(found.routes.count == 1)
        let missing = try #require(found.unroutable.first)
        #expect(missing.label == "avoiding Turkish Straits")
        #expect(missing.avoided == ["bosporus", "dardanelles"])
        #expect(missing.reason.contains("Bosporus"))
    }

    @Test("round the Danish straits the way is the Kiel Canal, opened with a note; when shorter it comes first")
    func danishStraitsOrKiel() throws {
        let found = try Self.router.alternatives([Self.rotterdam, Self.tallinn])
        let kiel = try #require(found.routes.first { $0.passages.contains("kiel") })
        #expect(found.shortest == kiel)
        #expect(kiel.notes.contains { $0.contains("Kiel Canal is closed unless allowed") })
        let asRouted = try #require(found.routes.first { $0.avoided.isEmpty })
        #expect(asRouted.label != "shortest")
        #expect(asRouted.lengthMeters > kiel.lengthMeters)
        #expect(found.routes.map(\.lengthMeters) == found.routes.map(\.lengthMeters).sorted())
    }

    @Test("a passage the waypoints name is not avoided, and one already avoided is not tried again")
    func namedAndAvoidedPassagesStay() throws {
        let suez = SeaWaypoint(name: "Suez Canal", coordinate: Coordinate(latitude: 30.6, longitude: 32.33),
                               area: nil, passage: "suez")
        let named = try Self.router.alternatives([Self.piraeus, suez, Self.mombasa])
        #expect(!named.routes.contains { $0.avoided.contains("suez") })
        let avoided = try Self.router.alternatives([Self.piraeus, Self.mombasa], options: .init(avoid: ["suez"]))
        #expect(!avoided.shortest.passages.contains("suez"))
        #expect(!avoided.routes.contains { $0.avoided == ["suez"] })
    }

    @Test("a way round a cape far out at sea is named by the cape: Sydney to Rotterdam avoiding Suez")
    func capeRoundedFarOut() throws {
        let sydney = SeaFixtures.port("Sydney", -33.85, 151.25)
        let found = try Self.router.alternatives([sydney, Self.rotterdam])
        let cape = try #require(found.routes.first { $0.avoided == ["suez"] })
        #expect(cape.label == "via Cape of Good Hope")
        let nearest = cape.points.map { Geodesic.wgs84.distance(from: $0, to: Coordinate(latitude: -34.36, longitude: 18.47)) }.min() ?? 0
        #expect(nearest > 300_000, "this voyage passes the Cape far out: \(nearest) m")
        let landmark = try #require(RouteLandmark.all.first { $0.name == "Cape of Good Hope" })
        #expect(!landmark.isPassed(by: found.shortest.points), "through Suez is not round the Cape")
    }
}
