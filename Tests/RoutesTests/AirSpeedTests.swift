import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight router: speed")
struct AirSpeedTests {
    @Test("country polygons load, and the load time is printed")
    func loadSpeed() throws {
        let clock = ContinuousClock()
        var shapes: CountryShapes?
        let elapsed = try clock.measure { shapes = try CountryShapes.load(from: AirFixtures.countriesFolder) }
        print("country polygons: \(shapes?.all.count ?? 0) loaded in \(elapsed)")
        #expect(shapes?.all.count ?? 0 > 200)
    }

    @Test("the air bridge with ten closed countries is planned, and its time per route is printed")
    func airBridgeSpeed() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: countries)
        let options = FlightOptions(avoidAirspace: AirFixtures.closedToRussia)
        let clock = ContinuousClock()
        var route: FlightRoute?
        let elapsed = try clock.measure {
            for _ in 0..<5 {
                route = try router.route([AirFixtures.chkalovsky, AirFixtures.hmeimim], options: options)
            }
        }
        let perRoute = elapsed / 5
        let corners = route.map { AirFixtures.corners(of: $0) } ?? []
        print("air bridge: \(perRoute) per route, \(String(format: "%.1f", (route?.lengthMeters ?? 0) / 1000)) km, corners \(corners)")

        let closed = AirFixtures.closedToRussia.sorted().compactMap { router.countries?.country(code: $0) }
        var obstacles: AirspaceObstacles?
        let preparation = clock.measure { for _ in 0..<5 { obstacles = AirspaceObstacles(countries: closed) } } / 5
        let search = clock.measure {
            for _ in 0..<5 { _ = obstacles?.shortestPath(from: AirFixtures.chkalovsky.coordinate, to: AirFixtures.hmeimim.coordinate) }
        } / 5
        print("air bridge: preparing \(obstacles?.corners.count ?? 0) corners on \(obstacles?.rings.count ?? 0) rings \(preparation), search \(search)")
    }
}
