import Geo
import Testing
@testable import Routes

/// A sea or region between two stops of a flight is passed through where the way is
/// shortest — on the direct arc when it crosses the area, else on the area's nearest edge.
@Suite("Flights through areas: the shortest passing point")
struct FlightAreaTests {
    /// A box 10° wide, 55–65°N, 10°W–10°E; its centre is 60°N 0°.
    static let sea: [Coordinate] = [Coordinate(latitude: 55, longitude: -10), Coordinate(latitude: 55, longitude: 10),
                                    Coordinate(latitude: 65, longitude: 10), Coordinate(latitude: 65, longitude: -10)]
    static let centre = Coordinate(latitude: 60, longitude: 0)

    @Test("a flight whose arc crosses the area keeps its arc: the via lies on the direct path, not at the centre")
    func crossingKeepsTheArc() throws {
        let a = Coordinate(latitude: 52, longitude: 5), b = Coordinate(latitude: 68, longitude: 5)
        let point = try #require(AreaPassage.point(in: Self.sea, from: a, to: b))
        #expect(RingContainment.contains(Self.sea, point))
        let direct = Geodesic.wgs84.distance(from: a, to: b)
        let through = Geodesic.wgs84.distance(from: a, to: point) + Geodesic.wgs84.distance(from: point, to: b)
        #expect(through - direct < 10, "within 10 m of the direct great circle: \(through - direct) m")
        #expect(Geodesic.wgs84.distance(from: point, to: Self.centre) > 250_000, "not the centre: \(point)")
    }

    @Test("a flight that misses the area touches its nearest edge, at the shortest point")
    func missingTouchesTheEdge() throws {
        let a = Coordinate(latitude: 50, longitude: 20), b = Coordinate(latitude: 70, longitude: 25)
        let point = try #require(AreaPassage.point(in: Self.sea, from: a, to: b))
        #expect(abs(point.longitude - 10) < 1e-3, "on the eastern edge: \(point)")
        #expect(point.latitude > 55 && point.latitude < 65)
        func length(_ p: Coordinate) -> Double {
            Geodesic.wgs84.distance(from: a, to: p) + Geodesic.wgs84.distance(from: p, to: b)
        }
        // No point of the edge, sampled every 0.01°, is shorter by more than a metre.
        let best = length(point)
        for step in 0...1000 {
            let other = Coordinate(latitude: 55 + Double(step) * 0.01, longitude: 10)
            #expect(length(other) > best - 1, "\(other) is shorter than \(point)")
        }
        #expect(length(point) < length(Self.centre) - 100_000, "far shorter than through the centre")
    }

    @Test("the area's corner is taken when it is the nearest point")
    func corner() throws {
        let a = Coordinate(latitude: 40, longitude: 20), b = Coordinate(latitude: 45, longitude: 30)
        let point = try #require(AreaPassage.point(in: Self.sea, from: a, to: b))
        #expect(Geodesic.wgs84.distance(from: point, to: Coordinate(latitude: 55, longitude: 10)) < 500)
    }

    @Test("an area across the antimeridian is passed on its own side, longitudes wrapped")
    func antimeridian() throws {
        let bering: [Coordinate] = [Coordinate(latitude: 55, longitude: 170), Coordinate(latitude: 55, longitude: 195),
                                    Coordinate(latitude: 62, longitude: 195), Coordinate(latitude: 62, longitude: 170)]
        let a = Coordinate(latitude: 45, longitude: 175), b = Coordinate(latitude: 45, longitude: -170)
        let point = try #require(AreaPassage.point(in: bering, from: a, to: b))
        #expect(abs(point.latitude - 55) < 0.01, "on the southern edge: \(point)")
        #expect(point.longitude >= -180 && point.longitude <= 180)
        #expect(abs(Coordinate.wrap(point.longitude + 177.5)) < 0.01, "halfway, at 182.5°E: \(point)")
    }

    @Test("the flight router passes an area waypoint on the area, close to the direct great circle when it straddles it")
    func routerPassesThrough() throws {
        let router = FlightRouter(countries: AirFixtures.countries)
        // The Black Sea box lies across the arc from Hmeimim to Chkalovsky.
        let blackSea: [Coordinate] = [Coordinate(latitude: 41, longitude: 28), Coordinate(latitude: 41, longitude: 41.5),
                                      Coordinate(latitude: 46.5, longitude: 41.5), Coordinate(latitude: 46.5, longitude: 28)]
        let via = FlightWaypoint(name: "Black Sea", coordinate: Coordinate(latitude: 43.4, longitude: 34.0), area: blackSea)
        let route = try router.route([AirFixtures.hmeimim, via, AirFixtures.chkalovsky])
        let direct = try router.route([AirFixtures.hmeimim, AirFixtures.chkalovsky])
        #expect(route.legs.count == 2)
        #expect(route.legs[0].to == "Black Sea")
        let passed = try #require(route.legs[0].points.last)
        #expect(RingContainment.contains(blackSea, passed), "\(passed)")
        #expect(Geodesic.wgs84.distance(from: passed, to: via.coordinate) > 50_000, "not the area's point: \(passed)")
        #expect(abs(route.lengthMeters - direct.lengthMeters) < 100, "\(route.lengthMeters - direct.lengthMeters) m longer")
    }

    @Test("an area a flight misses is touched on its edge; its centre is not flown to")
    func routerTouchesTheEdge() throws {
        let router = FlightRouter(countries: AirFixtures.countries)
        let via = FlightWaypoint(name: "Test Sea", coordinate: Self.centre, area: Self.sea)
        let a = FlightWaypoint(name: "A", coordinate: Coordinate(latitude: 50, longitude: 20))
        let b = FlightWaypoint(name: "B", coordinate: Coordinate(latitude: 70, longitude: 25))
        let route = try router.route([a, via, b])
        let passed = try #require(route.legs[0].points.last)
        #expect(abs(passed.longitude - 10) < 1e-3 && passed.latitude > 55 && passed.latitude < 65, "on the eastern edge: \(passed)")
        let throughCentre = try router.route([a, FlightWaypoint(name: "centre", coordinate: Self.centre), b])
        #expect(route.lengthMeters < throughCentre.lengthMeters - 100_000)
    }

    @Test("the first and last waypoints are points even with an area")
    func endsArePoints() throws {
        let router = FlightRouter(countries: AirFixtures.countries)
        let start = FlightWaypoint(name: "Test Sea", coordinate: Self.centre, area: Self.sea)
        let route = try router.route([start, AirFixtures.hmeimim])
        let first = try #require(route.legs[0].points.first)
        #expect(Geodesic.wgs84.distance(from: first, to: Self.centre) < 1)
    }

    @Test("two areas in a row are each passed on the way between their neighbours")
    func consecutiveAreas() {
        let east: [Coordinate] = Self.sea.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + 40) }
        let a = Coordinate(latitude: 40, longitude: 0), b = Coordinate(latitude: 40, longitude: 40)
        let points = AreaPassage.points([(a, nil), (Self.centre, Self.sea), (Coordinate(latitude: 60, longitude: 40), east), (b, nil)])
        #expect(points[0] == a && points[3] == b)
        #expect(abs(points[1].latitude - 55) < 1e-3 && points[1].longitude > 0 && points[1].longitude <= 10, "southern edge: \(points[1])")
        #expect(abs(points[2].latitude - 55) < 1e-3 && points[2].longitude >= 30 && points[2].longitude < 40, "southern edge: \(points[2])")
    }
}
