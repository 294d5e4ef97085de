import ArgumentParser
import Foundation
import Geo
import Movemap

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
        let lookup = try PlaceLookup(query: query, limit: limit, kind: kind, country: country)
        let data = try DataStore()
        let readings = lookup.readings(gazetteer: data.gazetteer)
        if json {
            print(try readings.json())
        } else {
            print(readings.text, terminator: "")
        }
        if let refusal = readings.refusal { throw refusal }
    }
}
