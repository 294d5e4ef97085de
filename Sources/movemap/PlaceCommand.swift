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
        Matching ignores case, accents and punctuation, knows transliteration variants \
        (Khmeimim/Hmeymim/Хмеймим), ICAO/IATA/ISO codes (OSLK, LTK, SY), qualifiers \
        ("Tartus, Syria"), kind words ("Saki air base", "port of Aden") and country area \
        phrases ("Estonian airspace"), and forgives typos (Tartoud). The first line is the \
        reading movemap would use, with its confidence: sure, doubtful (a scenario would get \
        a warning, and why) or refused (exit 2). Other readings follow.

        A position is lon,lat in degrees; a negative one is written as it is \
        (-5.35,36.0). Several words are read as one query, so quotes are optional.

        Examples:
          movemap place Khmeimim
          movemap place OSLK --json
          movemap place Tartus --kind naval_base
          movemap place "Portland, Maine"
          movemap place -5.35,36.0
        """)

    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("The name, alias, code or lon,lat to look up.", valueName: "query"))
    var words: [String]

    /// The query: the words, joined by spaces.
    var query: String { words.joined(separator: " ") }

    mutating func validate() throws {
        words = try DashedValues.validated(words)
        guard !words.isEmpty else { throw ValidationError("Missing expected argument '<query>'") }
    }

    @Option(help: "How many matches to show.")
    var limit = 5

    @Option(help: ArgumentHelp("Only places of this kind: \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KIND"))
    var kind: String?

    @Option(help: "Only places in this country (ISO alpha-2 code).")
    var country: String?

    @Flag(help: "Print a JSON array, best first: id, name, kind, lon, lat, country, matched, score, confidence, verdict.")
    var json = false

    func run() async throws {
        guard (1...1000).contains(limit) else { throw MovemapError.usage("--limit \(limit) is outside 1…1000") }
        var kinds: Set<PlaceKind>?
        if let kind {
            guard let parsed = PlaceKind(parsing: kind) else {
                throw MovemapError.usage("--kind '\(kind)' is not one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds = [parsed]
        }
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw MovemapError.usage("--country '\(country)' is not an ISO alpha-2 code — write e.g. --country SY")
        }
        let data = try DataStore()
        let result = data.gazetteer.readings(query, context: PlaceContext(kinds: kinds, country: country), limit: limit)
        if json {
            print(try PlaceJSON.encode(result.matches, resolution: result.resolution))
        } else {
            for (index, match) in result.matches.enumerated() {
                let place = match.place
                let country = place.country.map { ", \($0)" } ?? ""
                var line = "\(place.name) [\(place.kind.rawValue)\(country)] \(place.coordinate) — matched '\(match.matched)', score \(String(format: "%.2f", match.score)) (\(place.id))"
                if index == 0, result.resolution.match?.place.id == place.id {
                    line += " — \(result.resolution.verdict.rawValue), confidence \(String(format: "%.2f", result.resolution.confidence))"
                    if !result.resolution.reasons.isEmpty { line += ": \(result.resolution.reasons.joined(separator: "; "))" }
                }
                print(line)
            }
        }
        if result.resolution.verdict == .refused {
            let why = result.resolution.reasons.first.map { " (\($0))" } ?? ""
            let suggestions = result.matches.isEmpty && !Gazetteer.looksLikePosition(query)
                ? data.gazetteer.suggestions(for: query, kinds: kinds, country: country) : []
            throw MovemapError.usage("'\(query)' is not a place movemap can put on the map with confidence\(why)"
                + (suggestions.isEmpty ? "" : " — closest names: \(suggestions.joined(separator: ", "))"))
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
        var confidence: Double?
        var verdict: String?
    }

    static func encode(_ matches: [PlaceMatch], resolution: PlaceResolution? = nil) throws -> String {
        let entries = matches.enumerated().map { index, match in
            let resolved = index == 0 && resolution?.match?.place.id == match.place.id
            return Entry(id: match.place.id, name: match.place.name, kind: match.place.kind.rawValue,
                         lon: match.place.coordinate.longitude, lat: match.place.coordinate.latitude,
                         country: match.place.country, matched: match.matched, score: (match.score * 1000).rounded() / 1000,
                         confidence: resolved ? resolution?.confidence : nil, verdict: resolved ? resolution?.verdict.rawValue : nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
