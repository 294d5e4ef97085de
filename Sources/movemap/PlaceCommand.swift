import ArgumentParser
import Foundation
import Geo
import Movemap
import Scenario

struct PlaceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "place",
        abstract: "Look up a place as an analyst writes it: names, variants, codes, typos.",
        discussion: """
        Matching ignores case, accents and punctuation, knows transliteration variants
        (Khmeimim/Hmeimim/Hmeymim), ICAO/IATA/ISO codes (OSLK, LTK, SY), and forgives typos
        (Tartoud). Results are ranked best first with what matched and a score 0…1.

        Examples:
          movemap place Khmeimim
          movemap place OSLK --json
          movemap place Tartus --kind naval_base
        """)

    @Argument(help: "The name, alias or code to look up.")
    var query: String

    @Option(help: "How many matches to show.")
    var limit = 5

    @Option(help: ArgumentHelp("Only places of this kind: \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    var kind: String?

    @Option(help: "Only places in this country (ISO alpha-2 code).")
    var country: String?

    @Flag(help: "Print a JSON array: id, name, kind, lon, lat, country, matched, score.")
    var json = false

    func run() async throws {
        guard (1...1000).contains(limit) else { throw MovemapError.usage("--limit \(limit) is outside 1…1000") }
        var kinds: Set<PlaceKind>?
        if let kind {
            guard let parsed = PlaceKind(rawValue: kind.lowercased()) else {
                throw MovemapError.usage("--kind '\(kind)' is not one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds = [parsed]
        }
        let data = try DataStore()
        let matches = data.gazetteer.lookup(query, kinds: kinds, country: country?.uppercased(), limit: limit)
        if json {
            print(try PlaceJSON.encode(matches))
        } else {
            for match in matches {
                let place = match.place
                let country = place.country.map { ", \($0)" } ?? ""
                print("\(place.name) [\(place.kind.rawValue)\(country)] \(place.coordinate) — matched '\(match.matched)', score \(String(format: "%.2f", match.score)) (\(place.id))")
            }
        }
        guard !matches.isEmpty else {
            let suggestions = data.gazetteer.suggestions(for: query, limit: 5)
            throw MovemapError.usage("no place matches '\(query)'" + (suggestions.isEmpty ? "" : " — closest names: \(suggestions.joined(separator: ", "))"))
        }
    }
}

/// The `place --json` output: an array of matches, best first.
enum PlaceJSON {
    struct Entry: Encodable {
        var id: String
        var name: String
        var kind: String
        var lon: Double
        var lat: Double
        var country: String?
        var matched: String
        var score: Double
    }

    static func encode(_ matches: [PlaceMatch]) throws -> String {
        let entries = matches.map {
            Entry(id: $0.place.id, name: $0.place.name, kind: $0.place.kind.rawValue, lon: $0.place.coordinate.longitude,
                  lat: $0.place.coordinate.latitude, country: $0.place.country, matched: $0.matched,
                  score: ($0.score * 1000).rounded() / 1000)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
