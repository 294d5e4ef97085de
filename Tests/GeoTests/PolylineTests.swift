import Testing
import Geo

@Suite("Polyline")
struct PolylineTests {
    let pacific = [Coordinate(latitude: 10, longitude: 170), Coordinate(latitude: 12, longitude: -175),
                   Coordinate(latitude: 14, longitude: -160)]

    @Test("unwrapping runs a line across the antimeridian on past 180° without a jump")
    func unwrap() {
        let line = Polyline(pacific).unwrapped()
        #expect(line.points.map(\.longitude) == [170, 185, 200])
        #expect(Coordinate(latitude: 0, longitude: -179).unwrapped(near: 179).longitude == 181)
        #expect(Coordinate.turns(from: 350, to: -5) == -360)
    }

    @Test("joining keeps the shared point once and shifts the next part to follow on")
    func join() {
        let first = Polyline([Coordinate(latitude: 0, longitude: 175), Coordinate(latitude: 0, longitude: 185)])
        let second = Polyline([Coordinate(latitude: 0, longitude: -175), Coordinate(latitude: 1, longitude: -170)])
        let joined = Polyline.joined([first, Polyline(), second])
        #expect(joined.points.map(\.longitude) == [175, 185, 190])
        #expect(joined.points.map(\.latitude) == [0, 0, 1])
    }

    @Test("densifying splits a 5° step into 1° steps, and a ring's closing edge too")
    func densify() {
        let line = Polyline([Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 5)])
        #expect(line.densified(maximumDegrees: 1).points.map(\.longitude) == [0, 1, 2, 3, 4, 5])
        let ring = Polyline([Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 2),
                             Coordinate(latitude: 2, longitude: 2)])
        #expect(ring.densified(maximumDegrees: 1, closed: true).points.count == 3 + 1 + 1 + 1)
    }

    @Test("a line across the antimeridian is cut into two pieces that meet on ±180° at the same latitude")
    func cut() {
        let pieces = Polyline(pacific).pieces()
        #expect(pieces.count == 2)
        // 170°E → 175°W is 15° of longitude; the seam is 10° along it, two thirds of the 2° climb.
        #expect(pieces[0].points.last?.longitude == 180)
        #expect(pieces[1].points.first?.longitude == -180)
        let crossing: Double = 10 + 2.0 * 10 / 15
        let latitude = pieces[0].points.last?.latitude ?? 0
        #expect(abs(latitude - crossing) < 1e-12)
        #expect(pieces[0].points.last?.latitude == pieces[1].points.first?.latitude)
        #expect(pieces[1].points.last == Coordinate(latitude: 14, longitude: -160))
        // On a map centred on the Pacific the same line is one piece, in relative longitudes.
        let relative = Polyline(pacific).pieces(cutAt: 180)
        #expect(relative.count == 1)
        #expect(relative[0].points.map(\.longitude) == [-10, 5, 20])
    }

    @Test("clipping keeps the pieces inside a box, ending on its sides")
    func clip() {
        let line = Polyline([Coordinate(latitude: 0, longitude: -10), Coordinate(latitude: 0, longitude: 10),
                             Coordinate(latitude: 20, longitude: 10)])
        let pieces = line.clipped(to: BoundingBox(west: 0, south: -5, east: 20, north: 5))
        #expect(pieces.count == 1)
        #expect(pieces[0].points == [Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 10),
                                     Coordinate(latitude: 5, longitude: 10)])
    }

    @Test("simplifying drops vertices closer than the tolerance to the last kept one, never the ends")
    func simplify() {
        let line = Polyline([0, 0.01, 0.02, 1, 1.005].map { Coordinate(latitude: 0, longitude: $0) })
        #expect(line.simplified(tolerance: 0.1).points.map(\.longitude) == [0, 1, 1.005])
        #expect(Polyline([Coordinate(latitude: 0, longitude: 0)]).simplified(tolerance: 1).points.count == 1)
    }

    @Test("a degree of the equator is 111.3 km on WGS84")
    func length() {
        let line = Polyline([Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 0, longitude: 1)])
        #expect(abs(line.lengthMeters - 111_319.5) < 1)
        #expect(Polyline().lengthMeters == 0)
    }

    @Test("the auxiliary sphere reduces latitude: 45°N sits lower than on the geocentric sphere")
    func auxiliarySphere() {
        let point = Coordinate(latitude: 45, longitude: 30)
        let geocentric = UnitVector(point), auxiliary = UnitVector(auxiliary: point)
        #expect(abs(geocentric.latitude - 45) < 1e-12)
        #expect(abs(auxiliary.latitude - 44.904) < 0.001)
        #expect(abs(auxiliary.longitude - 30) < 1e-12)
        #expect(abs(geocentric.angle(to: UnitVector(Coordinate(latitude: 45, longitude: 31))) - 0.012341) < 1e-5)
    }
}
