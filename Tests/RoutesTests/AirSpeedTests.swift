import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight router: speed")
struct AirSpeedTests {
    @Test("the air bridge with ten closed countries is planned in well under a second, even unoptimized")
    func airBridgeSpeed() throws {
        let router = FlightRouter(countries: try #require(AirFixtures.countries))
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
    }
}
