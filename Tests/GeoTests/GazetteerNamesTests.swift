import Foundation
import Testing
import Geo

/// Display names read like English briefings, and harbour points sit on the water's edge.
struct GazetteerNamesTests {
    @Test("cities show their conventional English names and keep the native spelling as an alias",
          arguments: [("city:tartus-sy", "Tartus", "Ţarţūs"), ("city:latakia-sy", "Latakia", nil),
                      ("city:saint-petersburg-ru", "Saint Petersburg", nil), ("city:urumqi-cn", "Urumqi", "Ürümqi"),
                      ("city:al-hasakah-sy", "Al Hasakah", "Al Ḩasakah"), ("city:sao-paulo-br", "São Paulo", nil)])
    func englishNames(id: String, name: String, native: String?) throws {
        let place = try #require(GazetteerFixture.shared.place(id: id))
        #expect(place.name == name)
        #expect(place.shortName == name)
        if let native { #expect(place.aliases.contains(native)) }
    }

    @Test("Qamishli and Tartus resolve to places displayed without transliteration marks")
    func resolvedDisplayNames() throws {
        let gazetteer = GazetteerFixture.shared
        #expect(gazetteer.resolve("Qamishli", kinds: [.city])?.place.shortName == "Qamishli")
        #expect(gazetteer.resolve("Ţarţūs", kinds: [.city])?.place.name == "Tartus")
        #expect(gazetteer.resolve("Tartus", kinds: [.city])?.place.name == "Tartus")
    }

    @Test("a bare shared name still returns the city, the naval base and the port, city first")
    func sharedNamesKeepEveryKind() {
        let gazetteer = GazetteerFixture.shared
        let tartus = gazetteer.lookup("Tartus", limit: 5).map(\.place.id)
        #expect(Array(tartus.prefix(3)) == ["city:tartus-sy", "navalbase:tartus", "port:tartus"])
        let baltiysk = gazetteer.lookup("Baltiysk", limit: 5).map(\.place.id)
        #expect(Set(baltiysk.prefix(3)) == ["city:baltiysk-ru", "navalbase:baltiysk", "port:baltiysk"])
        let severomorsk = gazetteer.lookup("Severomorsk", limit: 5).map(\.place.id)
        #expect(severomorsk.contains("navalbase:severomorsk") && severomorsk.contains { $0.hasPrefix("city:severomorsk") })
    }

    static let harbours = ["navalbase:tartus", "port:tartus", "port:latakia", "navalbase:baltiysk", "port:baltiysk",
                           "port:st-petersburg", "navalbase:severomorsk", "port:murmansk", "navalbase:novorossiysk",
                           "port:novorossiysk", "navalbase:sevastopol", "port:sevastopol", "navalbase:kronstadt",
                           "port:rotterdam", "port:piraeus", "port:port-said", "port:jeddah", "port:djibouti",
                           "port:singapore", "port:shanghai", "port:los-angeles", "navalbase:vladivostok",
                           "port:vladivostok", "port:petropavlovsk"]

    @Test("major ports and naval bases lie within 2 km of water on the intermediate basemap")
    func harboursNearWater() throws {
        let basemap = try Basemap.load(.intermediate, from: GazetteerFixture.resources.appendingPathComponent("basemap"))
        let gazetteer = GazetteerFixture.shared
        var dry: [String] = []
        for id in Self.harbours {
            let place = try #require(gazetteer.place(id: id), "\(id) missing")
            let ring = (0..<16).map { Geodesic.wgs84.destination(from: place.coordinate, azimuth: Double($0) * 22.5, distance: 2_000) }
            if basemap.isLand(place.coordinate) && ring.allSatisfy(basemap.isLand) { dry.append(id) }
        }
        #expect(dry.isEmpty, "more than 2 km from water: \(dry)")
    }
}
