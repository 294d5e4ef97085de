import Testing
@testable import Geo

/// Expected values from GeographicLib 2.1 (Python), computed once with:
///   python3 -c "from geographiclib.geodesic import Geodesic; print(Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2))"
@Suite("Geodesic agrees with GeographicLib")
struct GeodesicTests {
    static let cases: [(String, Double, Double, Double, Double, Double, Double, Double)] = [
        ("Hmeimim→Chkalovsky", 35.401, 35.949, 55.878, 38.062, 2281587.490174527, 3.3942243762180118, 4.929502391937657),
        ("Hmeimim→Al Khadim", 35.401, 35.949, 32.553, 20.888, 1425627.0903281318, -98.48890525224844, -106.94211236077219),
        ("Al Khadim→Bamako", 32.553, 20.888, 12.533, -7.95, 3681082.754342132, -120.331424769875, -131.7650524216709),
        ("near-antipodal", 0.0, 0.0, 0.5, 179.5, 19936288.578965314, 25.67187286829188, 154.3270854699416),
        ("antimeridian Anchorage→Petropavlovsk", 61.174, -149.996, 53.168, 158.454, 3150908.625186711, -82.76792451602725, -127.03793499610073),
        ("equatorial short", 0.0, 10.0, 0.0, 10.001, 111.31949079321188, 90.0, 90.0),
        ("pole to pole", 89.9, 0, -89.9, 180, 20003931.458625447, 0.0, 180.0),
    ]

    @Test("inverse distance within 1 mm and azimuths within 1e-9°", arguments: cases)
    func inverse(_ item: (String, Double, Double, Double, Double, Double, Double, Double)) {
        let (_, lat1, lon1, lat2, lon2, distance, azimuth1, azimuth2) = item
        let result = Geodesic.wgs84.inverse(from: Coordinate(latitude: lat1, longitude: lon1),
                                            to: Coordinate(latitude: lat2, longitude: lon2))
        #expect(abs(result.distance - distance) < 0.001)
        #expect(abs(result.initialAzimuth - azimuth1) < 1e-9)
        #expect(abs(result.finalAzimuth - azimuth2) < 1e-9)
    }

    @Test("direct problem: 1000 km at 45° from Hmeimim lands where GeographicLib says")
    func direct() {
        let end = Geodesic.wgs84.destination(from: Coordinate(latitude: 35.401, longitude: 35.949), azimuth: 45, distance: 1_000_000)
        // GeographicLib: lat2 41.48440110525663, lon2 44.41181942317094 (1e-9° ≈ 0.1 mm).
        #expect(abs(end.latitude - 41.48440110525663) < 1e-9)
        #expect(abs(end.longitude - 44.41181942317094) < 1e-9)
    }

    @Test("a densified line keeps its spacing and its length, and crosses the antimeridian continuously")
    func line() throws {
        let start = Coordinate(latitude: 61.174, longitude: -149.996)
        let end = Coordinate(latitude: 53.168, longitude: 158.454)
        let points = Geodesic.wgs84.line(from: start, to: end, maximumSpacing: 50_000)
        #expect(points.count == 65)  // 64 segments of at most 50 km
        #expect(abs(Geodesic.wgs84.length(of: points) - 3150908.625186711) < 0.01)
        for (a, b) in zip(points, points.dropFirst()) {
            #expect(abs(b.longitude - a.longitude) < 5)
            #expect(Geodesic.wgs84.distance(from: a, to: b) <= 50_000.001)
        }
        let last = try #require(points.last)
        #expect(abs(Coordinate.wrap(last.longitude) - 158.454) < 1e-9)
        #expect(last.longitude < -180)
    }
}
