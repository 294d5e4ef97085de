import Testing
@testable import Geo

@Suite("Geometry stream stages")
struct StreamTests {
    @Test("antimeridian cut splits a Kamchatka→Alaska line in two at ±180")
    func cutLine() {
        let line = Geodesic.wgs84.line(from: Coordinate(latitude: 53.0, longitude: 158.6),
                                       to: Coordinate(latitude: 61.2, longitude: -150.0), maximumSpacing: 100_000)
        let pieces = Polyline(line).pieces(cutAt: 0, clearance: 1e-7).map(\.points)
        #expect(pieces.count == 2)
        #expect(abs(pieces[0].last!.longitude - 180) < 1e-6)
        #expect(abs(pieces[1].first!.longitude + 180) < 1e-6)
        #expect(abs(pieces[0].last!.latitude - pieces[1].first!.latitude) < 1e-9)
    }

    @Test("the same line is one piece on a map centred on the Pacific")
    func cutLinePacific() {
        let line = Geodesic.wgs84.line(from: Coordinate(latitude: 53.0, longitude: 158.6),
                                       to: Coordinate(latitude: 61.2, longitude: -150.0), maximumSpacing: 100_000)
        #expect(Polyline(line).pieces(cutAt: 180, clearance: 1e-7).count == 1)
    }

    @Test("a ring across the seam of a map centred at 20°E is clipped into the strip on both sides")
    func cutRing() {
        // A box from 150°W to 170°W sits across the seam at 160°W when the centre is 20°E.
        let ring = [Coordinate(latitude: 50, longitude: -170), Coordinate(latitude: 50, longitude: -150),
                    Coordinate(latitude: 60, longitude: -150), Coordinate(latitude: 60, longitude: -170)]
        let pieces = AntimeridianCut(centralMeridian: 20).cut(ring: ring)
        #expect(pieces.count == 2)
        for piece in pieces {
            #expect(piece.allSatisfy { abs($0.longitude) <= 180 })
        }
    }

    @Test("rectangle clipping keeps the inside of a triangle and drops an outside segment")
    func planarClip() {
        let clip = PlanarClip(minimumX: 0, minimumY: 0, maximumX: 10, maximumY: 10)
        let ring = clip.clip(ring: [ProjectedPoint(x: -5, y: 5), ProjectedPoint(x: 5, y: -5), ProjectedPoint(x: 15, y: 15)])
        #expect(ring.allSatisfy { clip.contains($0) })
        #expect(ring.count >= 4)
        let lines = clip.clip(line: [ProjectedPoint(x: -5, y: 5), ProjectedPoint(x: 5, y: 5), ProjectedPoint(x: 5, y: 20),
                                     ProjectedPoint(x: 20, y: 20)])
        #expect(lines.count == 1)
        #expect(lines[0].first == ProjectedPoint(x: 0, y: 5))
        #expect(lines[0].last == ProjectedPoint(x: 5, y: 10))
    }

    @Test("enclosing box of points either side of the dateline crosses it")
    func enclosing() throws {
        let box = try #require(BoundingBox.enclosing([Coordinate(latitude: 50, longitude: 170),
                                                      Coordinate(latitude: 60, longitude: -170)]))
        #expect(box.crossesAntimeridian)
        #expect(box.longitudeSpan == 20)
        #expect(box.contains(Coordinate(latitude: 55, longitude: 180)))
    }
}

@Suite("Bounding boxes")
struct BoundingBoxTests {
    @Test("padding a box that reaches all the way round gives the whole circle, not an empty box")
    func paddedWholeCircle() {
        let box = BoundingBox(west: -175, south: 60, east: 175, north: 90).padded(by: 0.1)
        #expect(box.west == -180 && box.east == 180)
        #expect(box.longitudeSpan == 360)
        #expect(box.south < 60)
    }
}
