import Foundation
import Geo
import Testing

@Suite("Country polygons")
struct AirCountryShapesTests {
    @Test("country(containing:) finds Syria at Damascus, Russia at Moscow, France at Paris",
          arguments: [("SY", 33.513, 36.292), ("RU", 55.756, 37.617), ("FR", 48.857, 2.352),
                      ("IR", 35.689, 51.389), ("US", 40.713, -74.006), ("RU", 64.73, 177.5)])
    func countryContaining(code: String, latitude: Double, longitude: Double) throws {
        let countries = try #require(AirFixtures.countries)
        let country = countries.country(containing: Coordinate(latitude: latitude, longitude: longitude))
        #expect(country?.code == code)
    }

    @Test("the middle of the Mediterranean and the Caspian belong to no country",
          arguments: [(35.0, 18.0), (42.0, 51.0), (0.0, -30.0)])
    func openSea(latitude: Double, longitude: Double) throws {
        let countries = try #require(AirFixtures.countries)
        #expect(countries.country(containing: Coordinate(latitude: latitude, longitude: longitude)) == nil)
    }

    @Test("the binary index says what countries.json says: codes, names, bounds and rings")
    func indexMatchesJSON() throws {
        let countries = try #require(AirFixtures.countries)
        let url = try ResourceDirectory.file("countries").appendingPathComponent("countries.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let listed = try #require(json["countries"] as? [[String: Any]])
        let vertices = try Data(contentsOf: try ResourceDirectory.file("countries").appendingPathComponent("countries.bin"))
        #expect(listed.count == countries.all.count)
        for item in listed {
            let code = try #require(item["code"] as? String)
            let country = try #require(countries.country(code: code), "\(code)")
            #expect(country.name == item["name"] as? String)
            #expect(country.alpha3 == (item["alpha3"] as? String ?? ""))
            let bounds = try #require(item["bounds"] as? [Double])
            #expect([country.bounds.west, country.bounds.south, country.bounds.east, country.bounds.north]
                .enumerated().allSatisfy { abs($1 - bounds[$0]) < 1e-6 }, "\(code)")
            let rings = try #require(item["rings"] as? [[Int]])
            let kinds = [0: country.rings, 1: country.holes, 2: country.airspace]
            for kind in 0...2 {
                let expected = rings.filter { $0[2] == kind }
                let got = kinds[kind] ?? []
                #expect(expected.map { $0[1] } == got.map(\.count), "\(code) kind \(kind)")
                if let first = expected.first, let ring = got.first {
                    let longitude = vertices.withUnsafeBytes { Int32(littleEndian: $0.loadUnaligned(fromByteOffset: first[0] * 8, as: Int32.self)) }
                    #expect(abs(ring[0].longitude - Double(longitude) * 1e-6) < 1e-9, "\(code)")
                }
            }
        }
    }

    @Test("codes are found by alpha-2 and alpha-3 in any case")
    func lookupByCode() throws {
        let countries = try #require(AirFixtures.countries)
        #expect(countries.country(code: "sy")?.name == "Syria")
        #expect(countries.country(code: "TUR")?.code == "TR")
        #expect(countries.country(code: "XX") == nil)
        #expect(countries.all.count > 240)
    }

    @Test("Russia's box crosses the antimeridian and Chukotka east of 180° is inside")
    func antimeridianCountry() throws {
        let russia = try #require(AirFixtures.countries?.country(code: "RU"))
        #expect(russia.bounds.crossesAntimeridian)
        #expect(russia.contains(Coordinate(latitude: 66.0, longitude: -172.0)))
        #expect(!russia.contains(Coordinate(latitude: 64.8, longitude: -147.7)))  // Fairbanks
    }

    @Test("Lesotho is a hole in South Africa")
    func enclave() throws {
        let countries = try #require(AirFixtures.countries)
        let maseru = Coordinate(latitude: -29.6, longitude: 28.0)
        #expect(countries.country(containing: maseru)?.code == "LS")
        #expect(countries.country(code: "ZA")?.contains(maseru) == false)
    }

    @Test("airspace rings hold every vertex of the territory")
    func airspaceEnclosesTerritory() throws {
        let turkey = try #require(AirFixtures.countries?.country(code: "TR"))
        #expect(!turkey.airspace.isEmpty)
        for ring in turkey.rings {
            for vertex in ring {
                #expect(turkey.airspace.contains { Country.ring($0, contains: vertex) })
            }
        }
    }
}
