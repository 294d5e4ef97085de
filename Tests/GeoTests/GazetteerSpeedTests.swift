import Foundation
import Testing
import Geo

/// Prints load and lookup times; the bars themselves belong to benchmarks, not unit tests.
/// Run in release for meaningful figures:
/// `swift test -c release -Xswiftc -enable-testing --filter GazetteerSpeedTests`.
struct GazetteerSpeedTests {
    static let queries = [
        "Hmeimim", "Khmeimim", "OSLK", "Tartoud", "Tartus naval base", "Bamako–Sénou", "St. Petersburg",
        "Novorossisk", "Sevastapol", "Straits of Hormuz", "Bab al-Mandab", "Nord-Ostsee-Kanal", "Murmnask",
        "Severomorks", "Dardanells", "Gibralter", "Xqzvwplk", "Petropavlovsk-Kamchatskiy", "Rotterdm", "Incirlick",
    ]

    @Test("loading the full gazetteer and fuzzy lookups are timed and reported")
    func timings() throws {
        let clock = ContinuousClock()
        var gazetteer: Gazetteer?
        let load = try clock.measure { gazetteer = try Gazetteer.load(from: GazetteerFixture.resources) }
        let loaded = try #require(gazetteer)
        let rebuild = clock.measure { _ = Gazetteer(places: loaded.places) }
        let rounds = 20
        var found = 0
        let lookups = clock.measure {
            for _ in 0..<rounds {
                for query in Self.queries { found += loaded.lookup(query).count }
            }
        }
        let perQuery = lookups / (rounds * Self.queries.count)
        var sure = 0
        let resolutions = clock.measure {
            for _ in 0..<rounds {
                for query in Self.queries where loaded.resolve(query, context: .none).verdict == .sure { sure += 1 }
            }
        }
        let perResolution = resolutions / (rounds * Self.queries.count)
        let suggest = clock.measure { _ = loaded.suggestions(for: "Severomorskaya Guba") }
        print("gazetteer: \(loaded.count) places, load \(load) (index build alone \(rebuild)), lookup \(perQuery) per query, resolution with its verdict \(perResolution) per query (\(Self.queries.count) mixed queries × \(rounds)), suggestions \(suggest)")
        #expect(found > 0 && sure > 0)
    }
}
