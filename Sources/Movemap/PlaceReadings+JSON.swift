import Foundation
import Geo

extension PlaceReadings {
    /// One match in `place --json`: `lon` and `lat` in degrees, the score to 0.001, and for
    /// the reading used its confidence and verdict.
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

    /// The matches as a pretty-printed JSON array, best first: id, name, kind, lon, lat,
    /// country, matched, score, and for the reading used confidence and verdict.
    public func json() throws -> String {
        let entries = matches.enumerated().map { index, match in
            let resolved = index == 0 && resolution.match?.place.id == match.place.id
            return Entry(id: match.place.id, name: match.place.name, kind: match.place.kind.rawValue,
                         lon: match.place.coordinate.longitude, lat: match.place.coordinate.latitude,
                         country: match.place.country, matched: match.matched, score: (match.score * 1000).rounded() / 1000,
                         confidence: resolved ? resolution.confidence : nil, verdict: resolved ? resolution.verdict.rawValue : nil)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }
}
