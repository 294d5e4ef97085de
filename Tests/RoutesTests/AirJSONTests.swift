import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight route JSON")
struct AirJSONTests {
    @Test("--json carries length_nm, length_km, legs and a lon/lat LineString")
    func summary() throws {
        let route = try FlightRouter(countries: AirFixtures.countries).route([AirFixtures.mozdok, AirFixtures.hmeimim])
        let object = try #require(JSONSerialization.jsonObject(with: route.jsonData()) as? [String: Any])
        #expect(object["length_km"] as? Double == 1185.27)
        #expect(object["length_nm"] as? Double == 639.99)
        let legs = try #require(object["legs"] as? [[String: Any]])
        #expect(legs.count == 1 && legs[0]["from"] as? String == "Mozdok" && legs[0]["to"] as? String == "Hmeimim")
        let geometry = try #require(object["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "LineString")
        let coordinates = try #require(geometry["coordinates"] as? [[Double]])
        #expect(coordinates.first == [44.65, 43.7])
        #expect(coordinates.last == [35.949, 35.401])
    }

    @Test("--geojson is a Feature whose properties hold the lengths")
    func feature() throws {
        let route = try FlightRouter(countries: AirFixtures.countries).route([AirFixtures.mozdok, AirFixtures.hmeimim])
        let data = try route.geoJSONData()
        let feature = try JSONDecoder().decode(FlightRoute.Feature.self, from: data)
        #expect(feature.type == "Feature")
        #expect(feature.properties.lengthKilometers == 1185.27)
        #expect(feature.geometry == route.summary.geometry)
        #expect(try route.geoJSONData() == data)
    }

    @Test("a flight across the antimeridian becomes a MultiLineString split at ±180°")
    func antimeridian() throws {
        let route = try FlightRouter(countries: AirFixtures.countries).route([AirFixtures.anchorage, AirFixtures.petropavlovsk])
        guard case let .multiLineString(parts) = route.summary.geometry else {
            Issue.record("expected a MultiLineString, got \(route.summary.geometry)")
            return
        }
        #expect(parts.count == 2)
        #expect(parts[0].last?[0] == -180 && parts[1].first?[0] == 180)
        #expect(parts[0].last?[1] == parts[1].first?[1])
        #expect(parts.joined().allSatisfy { abs($0[0]) <= 180 })
        #expect(parts[1].last == [158.454, 53.167])
    }
}
