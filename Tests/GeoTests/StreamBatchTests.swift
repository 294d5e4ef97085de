import Testing
@testable import Geo

/// The flat-array stages the map frame uses for basemap rings and borders give the same
/// points as densifying and cutting `[Coordinate]` copies.
@Suite("Batched geometry stream stages")
struct StreamBatchTests {
    /// A ring with a 7.5° edge (densified at 2°) and a line with a 3° step (densified at 1°).
    let longitudes: [Double] = [10, 17.5, 17.5, 12.25, 10, 30, 31, 34, 34.5]
    let latitudes: [Double] = [40, 40, 45, 46.125, 44, 50, 50.5, 51, 52]

    @Test("a ring read in place is densified exactly as a densified Polyline on relative longitudes")
    func ringMatchesCopies() {
        let centralMeridian = 21.46
        var xs: [Double] = [], ys: [Double] = []
        Densify.appendRelative(longitudes, latitudes, range: 0..<5, offset: centralMeridian,
                               maximumDegrees: 2, closed: true, toLongitudes: &xs, latitudes: &ys)
        let ring = (0..<5).map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
        let expected = AntimeridianCut(centralMeridian: centralMeridian).cut(ring: ring)
            .flatMap { Polyline($0).densified(maximumDegrees: 2, closed: true).points }
        #expect(xs.count == expected.count)
        #expect(xs.count == 14)  // 5 corners + 3, 2, 2, 1 and 1 points on the edges longer than 2°
        #expect(xs == expected.map { $0.longitude + centralMeridian })
        #expect(ys == expected.map(\.latitude))
    }

    @Test("a line clear of the seam is densified and wrapped exactly as a Polyline densified then cut")
    func lineMatchesCopies() {
        let centralMeridian = 21.46
        var xs: [Double] = [], ys: [Double] = []
        let clear = Densify.appendSeamFree(longitudes, latitudes, range: 5..<9, centralMeridian: centralMeridian,
                                           maximumDegrees: 1, toLongitudes: &xs, latitudes: &ys)
        #expect(clear)
        let line = (5..<9).map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
        let pieces = Polyline(line).densified(maximumDegrees: 1).pieces(cutAt: centralMeridian, clearance: 1e-7).map(\.points)
        #expect(pieces.count == 1)
        #expect(xs == pieces[0].map { $0.longitude + centralMeridian })
        #expect(ys == pieces[0].map(\.latitude))
        #expect(xs.count == 6)  // 4 points + 2 on the 3° step
    }

    @Test("a border crossing the seam of a map centred at 20°E is refused so the caller cuts it")
    func lineAcrossSeamRefused() {
        // The seam is at 160°W; a line from 150°W to 170°W crosses it.
        var xs: [Double] = [], ys: [Double] = []
        let clear = Densify.appendSeamFree([-150, -170], [60, 60], range: 0..<2, centralMeridian: 20,
                                           maximumDegrees: 1, toLongitudes: &xs, latitudes: &ys)
        #expect(!clear)
    }

    @Test("clipping returns a ring inside the page unchanged and drops one wholly outside")
    func clipShortcuts() {
        let clip = PlanarClip(minimumX: 0, minimumY: 0, maximumX: 10, maximumY: 10)
        let inside = [ProjectedPoint(x: 1, y: 1), ProjectedPoint(x: 9, y: 1), ProjectedPoint(x: 5, y: 9)]
        #expect(clip.clip(ring: inside) == inside)
        #expect(clip.clip(line: inside) == [inside])
        let outside = inside.map { ProjectedPoint(x: $0.x + 20, y: $0.y) }
        #expect(clip.clip(ring: outside).isEmpty)
        #expect(clip.clip(line: outside).isEmpty)
        // A segment crossing the left edge is cut at x = 0.
        let pieces = clip.clip(line: [ProjectedPoint(x: -10, y: 5), ProjectedPoint(x: 10, y: 5)])
        #expect(pieces == [[ProjectedPoint(x: 0, y: 5), ProjectedPoint(x: 10, y: 5)]])
    }
}
