import Foundation
import Testing
@testable import Geo

/// The committed data: coverage, seed places at their sourced coordinates, usable areas.
struct GazetteerDataTests {
    let gazetteer = GazetteerFixture.shared

    /// Seed places and where their sources put them (airportsdata / GeoNames / Wikipedia), with tolerances.
    static let seeds: [(id: String, latitude: Double, longitude: Double, toleranceKm: Double)] = [
        ("airbase:hmeimim", 35.4011, 35.9487, 0.1),            // airportsdata OSLK
        ("navalbase:tartus", 34.915, 35.874, 1),               // Wikipedia, Russian naval facility in Tartus
        ("city:tartus-sy", 34.88902, 35.88659, 0.1),           // GeoNames 163345
        ("city:latakia-sy", 35.53125, 35.79088, 0.1),          // GeoNames 173576
        ("airbase:al-khadim", 31.9985, 21.1918, 0.1),          // airportsdata HL59
        ("airbase:bamako-senou", 12.5335, -7.94994, 0.1),      // airportsdata GABS
        ("airbase:chkalovsky", 55.8783, 38.0617, 0.1),         // airportsdata UUMU
        ("city:qamishli", 37.0206, 41.1914, 10),               // near airportsdata OSKL
        ("navalbase:baltiysk", 54.65, 19.9, 5),                // GeoNames 2609906 Baltiysk
        ("city:saint-petersburg-ru", 59.93863, 30.31413, 0.1), // GeoNames 498817
        ("navalbase:severomorsk", 69.0689, 33.4162, 5),        // GeoNames 496278 Severomorsk
        ("airbase:camp-lemonnier", 11.54361, 43.14861, 0.1),   // Wikipedia, Camp Lemonnier
    ]

    @Test("seed places lie at their sourced coordinates")
    func seedCoordinates() throws {
        for seed in Self.seeds {
            let place = try #require(gazetteer.place(id: seed.id), "\(seed.id) missing")
            let distance = GazetteerFixture.kilometres(place.coordinate, Coordinate(latitude: seed.latitude, longitude: seed.longitude))
            #expect(distance <= seed.toleranceKm, "\(seed.id) is \(distance) km off")
        }
    }

    @Test("the gazetteer covers every ICAO airfield, cities, countries and curated places")
    func coverage() {
        var counts: [PlaceKind: Int] = [:]
        for place in gazetteer.places { counts[place.kind, default: 0] += 1 }
        #expect(gazetteer.count > 60_000)
        #expect(counts[.airport, default: 0] + counts[.airBase, default: 0] > 28_000)
        #expect(counts[.city, default: 0] > 30_000)
        #expect(counts[.country, default: 0] > 200)
        #expect(counts[.port, default: 0] >= 100)
        #expect(counts[.navalBase, default: 0] >= 40)
        #expect(counts[.airBase, default: 0] >= 60)
        #expect(counts[.sea, default: 0] + counts[.strait, default: 0] + counts[.canal, default: 0] >= 90)
        #expect(Set(gazetteer.places.map(\.id)).count == gazetteer.count)
    }

    @Test("every sea, strait and canal, and every region drawn as an area, has a 4–20 vertex area around its point")
    func areas() {
        for place in gazetteer.places where [.sea, .strait, .canal, .region].contains(place.kind) {
            guard let area = place.area else {
                if place.kind != .region { Issue.record("\(place.id) has no area") }
                continue
            }
            #expect((4...20).contains(area.count), "\(place.id): \(area.count) vertices")
            #expect(GazetteerFixture.contains(area, place.coordinate), "\(place.id) point outside its area")
        }
    }

    @Test("the Norwegian Sea area covers the waters off Norway and not the Channel")
    func norwegianSeaArea() throws {
        let area = try #require(gazetteer.place(id: "sea:norwegian-sea")?.area)
        #expect(GazetteerFixture.contains(area, Coordinate(latitude: 66, longitude: 5)))
        #expect(!GazetteerFixture.contains(area, Coordinate(latitude: 50, longitude: -1)))
        let channel = try #require(gazetteer.place(id: "strait:english-channel")?.area)
        #expect(GazetteerFixture.contains(channel, Coordinate(latitude: 50.2, longitude: -1.0)))
    }

    @Test("the Bering Sea area crosses the antimeridian with continuous longitudes")
    func beringSea() throws {
        let area = try #require(gazetteer.place(id: "sea:bering-sea")?.area)
        #expect(area.map(\.longitude).max()! > 180)
        #expect(GazetteerFixture.contains(area, Coordinate(latitude: 58, longitude: -178)))
    }

    @Test("countries carry ISO alpha-2 and alpha-3 codes and a point inside the country")
    func countries() throws {
        let russia = try #require(gazetteer.place(id: "country:RU"))
        #expect(russia.codes == ["RU", "RUS"])
        let mali = try #require(gazetteer.place(id: "country:ML"))
        #expect(mali.coordinate.latitude > 10 && mali.coordinate.latitude < 25)
        #expect(mali.coordinate.longitude > -12 && mali.coordinate.longitude < 4)
    }
}
