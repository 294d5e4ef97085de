import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight router: speed")
struct AirSpeedTests {
    @Test("country polygons load in well under a second")
    func loadSpeed() throws {
        let clock = ContinuousClock()
        var shapes: CountryShapes?
        let elapsed = try clock.measure { shapes = try CountryShapes.load(from: AirFixtures.countriesFolder) }
        print("country polygons: \(shapes?.all.count ?? 0) loaded in \(elapsed)")
        #expect(elapsed < .seconds(2))
    }

    @Test("the air bridge with ten closed countries is planned in well under a second, even unoptimized")
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
        #expect(perRoute < .seconds(1))

        let closed = AirFixtures.closedToRussia.sorted().compactMap { router.countries?.country(code: $0) }
        var obstacles: AirspaceObstacles?
        let preparation = clock.measure { for _ in 0..<5 { obstacles = AirspaceObstacles(countries: closed) } } / 5
        let search = clock.measure {
            for _ in 0..<5 { _ = obstacles?.shortestPath(from: AirFixtures.chkalovsky.coordinate, to: AirFixtures.hmeimim.coordinate) }
        } / 5
        print("air bridge: preparing \(obstacles?.corners.count ?? 0) corners on \(obstacles?.rings.count ?? 0) rings \(preparation), search \(search)")
    }
}
