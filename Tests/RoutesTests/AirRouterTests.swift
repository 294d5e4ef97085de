import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight router")
struct AirRouterTests {
    /// Expected lengths from GeographicLib 2.0 (Python), e.g.
    /// `python3 -c "from geographiclib.geodesic import Geodesic; print(Geodesic.WGS84.Inverse(55.878, 38.062, 35.401, 35.949)['s12'])"`
    @Test("a single leg's length matches GeographicLib to 1 mm",
          arguments: [(AirFixtures.chkalovsky, AirFixtures.hmeimim, 2_281_587.4902),
                      (AirFixtures.anchorage, AirFixtures.petropavlovsk, 3_150_975.6608),
                      (AirFixtures.mozdok, AirFixtures.hmeimim, 1_185_270.3966)])
    func legLength(from: FlightWaypoint, to: FlightWaypoint, expected: Double) throws {
        let route = try FlightRouter(countries: AirFixtures.countries).route([from, to])
        #expect(route.legs.count == 1)
        #expect(abs(route.lengthMeters - expected) < 0.001)
        let leg = try #require(route.legs.first)
        #expect(leg.from == from.name && leg.to == to.name)
        #expect(leg.points.first == from.coordinate)
    }

    @Test("legs are densified to the requested spacing")
    func densified() throws {
        let options = FlightOptions(maximumSpacingMeters: 20_000)
        let route = try FlightRouter(countries: AirFixtures.countries).route([AirFixtures.chkalovsky, AirFixtures.hmeimim], options: options)
        let points = try #require(route.legs.first?.points)
        #expect(points.count >= 115)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(Geodesic.wgs84.distance(from: a, to: b) <= 20_000.001)
        }
        let last = try #require(points.last)
        #expect(abs(last.latitude - 35.401) < 1e-9 && abs(last.longitude - 35.949) < 1e-9)
    }

    @Test("Anchorage to Petropavlovsk-Kamchatsky crosses the antimeridian in one continuous line")
    func antimeridianFlight() throws {
        let route = try FlightRouter(countries: AirFixtures.countries)
            .route([AirFixtures.anchorage, AirFixtures.petropavlovsk], options: FlightOptions(maximumSpacingMeters: 25_000))
        let points = route.legs[0].points
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(abs(b.longitude - a.longitude) < 2)
        }
        // Unrolled: the line ends at 158.454°E written as −201.546°.
        #expect(abs(points.last!.longitude - (158.454 - 360)) < 1e-9)
        #expect(points.contains { $0.longitude < -180 })
    }

    @Test("a waypoint sequence makes one leg per pair and sums their lengths")
    func multiLeg() throws {
        let route = try FlightRouter(countries: AirFixtures.countries)
            .route([AirFixtures.chkalovsky, AirFixtures.mozdok, AirFixtures.hmeimim])
        #expect(route.legs.map(\.from) == ["Chkalovsky", "Mozdok"])
        #expect(route.legs.map(\.to) == ["Mozdok", "Hmeimim"])
        #expect(abs(route.lengthMeters - route.legs.reduce(0) { $0 + $1.lengthMeters }) < 1e-6)
    }

    @Test("fewer than two waypoints is an error")
    func tooFew() {
        #expect(throws: FlightRouteError.tooFewWaypoints) {
            try FlightRouter(countries: AirFixtures.countries).route([AirFixtures.hmeimim])
        }
    }
}
