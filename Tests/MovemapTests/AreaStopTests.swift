import Foundation
import Testing
@testable import Movemap
import Geo
import Routes
import Scenario

/// Areas are areas: a flight "to Libya" ends where it reaches Libya, not at its centre.
@Suite("Country stops")
struct AreaStopTests {
    static func plan(_ text: String) throws -> MapPlan {
        let data = try DataStore()
        var reader = ScenarioReader(file: "areas.yaml")
        var resolver = ScenarioResolver(gazetteer: data.gazetteer)
        let scenario = try resolver.resolve(try reader.parse(text))
        return try MapPlan(scenario: scenario, linker: try Routing.linker(data: data))
    }

    @Test("a flight from Hmeimim to Libya ends on Libya's edge nearest Syria, and one to Russia at Russia's southern edge")
    func flightsEndAtTheBorder() throws {
        let plan = try Self.plan("""
            assets:
              - {id: cargo, mode: air}
              - {id: bridge, mode: air}
            sightings:
              - {asset: cargo, place: Hmeimim, status: observed}
              - {asset: cargo, place: Libya, status: reported}
              - {asset: bridge, place: Hmeimim, status: observed}
              - {asset: bridge, place: Russia, status: reported}
            """)
        let data = try DataStore()
        let libya = try #require(data.countries().country(code: "LY"))
        let toLibya = try #require(plan.legs.first { $0.asset.id == "cargo" }?.points.last)
        // On Libya's outline (within 10 km), in its east: not the centre, 1,000 km further west.
        #expect(toLibya.longitude > 23 && toLibya.longitude < 26, "\(toLibya)")
        let edge = try #require(libya.nearestPoint(to: toLibya))
        #expect(Geodesic.wgs84.distance(from: edge, to: toLibya) < 10_000)
        let toRussia = try #require(plan.legs.first { $0.asset.id == "bridge" }?.points.last)
        #expect(toRussia.latitude < 47, "Russia's southern edge, not Siberia: \(toRussia)")
        #expect(Geodesic.wgs84.distance(from: Coordinate(latitude: 35.40, longitude: 35.95), to: toRussia) < 1_500_000)
    }

    @Test("a voyage from Tartus to Russia ends on Russia's Black Sea shore, one from the Gulf to Venezuela on its Atlantic coast")
    func voyagesEndAtTheShore() throws {
        let plan = try Self.plan("""
            assets:
              - {id: home, mode: sea}
              - {id: west, mode: sea}
            sightings:
              - {asset: home, place: Tartus, status: observed}
              - {asset: home, place: Russia, status: planned}
              - {asset: west, place: Bandar Abbas, status: observed}
              - {asset: west, place: Venezuela, status: planned}
            """)
        let toRussia = try #require(plan.legs.first { $0.asset.id == "home" }?.points.last)
        // The Black Sea coast between the Kerch Strait and Abkhazia, not Russia's centre in Siberia.
        #expect(toRussia.latitude > 43 && toRussia.latitude < 46.5 && toRussia.longitude > 36 && toRussia.longitude < 40.5, "\(toRussia)")
        let toVenezuela = try #require(plan.legs.first { $0.asset.id == "west" }?.points.last)
        #expect(toVenezuela.latitude > 7.5 && toVenezuela.latitude < 12.5 && toVenezuela.longitude > -73 && toVenezuela.longitude < -59.5,
                "\(toVenezuela)")
    }

    @Test("a flight from an air base to the country it is in draws no line to the country's centre")
    func flightWithinItsCountry() throws {
        let plan = try Self.plan("""
            assets:
              - {id: local, mode: air}
            sightings:
              - {asset: local, place: Al Khadim, status: observed}
              - {asset: local, place: Libya, status: reported}
            """)
        let points = try #require(plan.legs.first { $0.asset.id == "local" }?.points)
        let base = Coordinate(latitude: 32.00, longitude: 21.19)
        #expect(points.allSatisfy { Geodesic.wgs84.distance(from: $0, to: base) < 25_000 }, "\(points)")
    }
}
