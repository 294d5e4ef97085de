import Foundation
import Testing
import Geo
@testable import Routes

@Suite("Sea route JSON")
struct SeaRouteJSONTests {
    @Test("the --json object carries length_nm, length_km, legs with hours and eta, and a LineString")
    func summaryFields() throws {
        let route = SeedVoyages.latakiaTartus
        let departure = Date(timeIntervalSince1970: 1_734_000_000)
        let data = try JSONEncoder().encode(route.summary(speedKnots: 10, departure: departure))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nm = try #require(object["length_nm"] as? Double)
        #expect(abs(nm - route.lengthMeters / 1852) < 1e-6)
        #expect(abs((object["length_km"] as? Double ?? 0) - route.lengthMeters / 1000) < 1e-6)
        let legs = try #require(object["legs"] as? [[String: Any]])
        #expect(legs.first?["from"] as? String == "Latakia")
        #expect(abs((legs.first?["hours"] as? Double ?? 0) - nm / 10) < 1e-6)
        #expect((legs.first?["eta"] as? String)?.hasPrefix("2024-12-12") == true)
        let geometry = try #require(object["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "LineString")
        let first = try #require((geometry["coordinates"] as? [[Double]])?.first)
        #expect(abs(first[0] - route.legs[0].points[0].longitude) < 1e-9, "longitude first")
    }

    @Test("a transpacific geometry is split at the antimeridian into a MultiLineString")
    func antimeridianSplit() {
        let line = GeoJSONLine(points: [Coordinate(latitude: 40, longitude: 170), Coordinate(latitude: 42, longitude: 190)])
        #expect(line.type == "MultiLineString")
        #expect(line.coordinates.count == 2)
        #expect(line.coordinates[0].last! == [180, 41])
        #expect(line.coordinates[1].first! == [-180, 41])
        #expect(line.coordinates[1].last! == [-170, 42])
    }
}
