import Foundation
import Geo

/// What a ``PlaceLookup`` found: the matches best first, the resolution movemap would use,
/// and the names closest to a query that matched nothing.
public struct PlaceReadings: Sendable {
    /// The query as written.
    public var query: String
    /// The reading movemap would use, with its confidence and verdict.
    public var resolution: PlaceResolution
    /// The matches, best first.
    public var matches: [PlaceMatch]
    /// For a refused query with no match: the closest names in the gazetteer.
    public var suggestions: [String]

    /// Readings of `query`: its `resolution`, its `matches` best first and `suggestions`.
    public init(query: String, resolution: PlaceResolution, matches: [PlaceMatch], suggestions: [String] = []) {
        self.query = query
        self.resolution = resolution
        self.matches = matches
        self.suggestions = suggestions
    }

    /// One line per match, each ending in a newline; the first, when it is the reading
    /// used, with its verdict, confidence and reasons:
    ///
    /// ```
    /// Tartus [port, SY] 34.8950°N 35.8660°E — matched 'Tartus', score 1.00 (…) — sure, confidence 0.97
    /// ```
    ///
    /// Empty when nothing matched.
    public var text: String {
        matches.enumerated().map { index, match in
            let place = match.place
            let country = place.country.map { ", \($0)" } ?? ""
            var line = "\(place.name) [\(place.kind.rawValue)\(country)] \(place.coordinate) — matched '\(match.matched)', score \(String(format: "%.2f", match.score)) (\(place.id))"
            if index == 0, resolution.match?.place.id == place.id {
                line += " — \(resolution.verdict.rawValue), confidence \(String(format: "%.2f", resolution.confidence))"
                if !resolution.reasons.isEmpty { line += ": \(resolution.reasons.joined(separator: "; "))" }
            }
            return line + "\n"
        }.joined()
    }

    /// When movemap refuses every reading: a usage error (exit 2) saying why, with the
    /// closest names; `nil` when the query is a place it can use.
    public var refusal: MovemapError? {
        guard resolution.verdict == .refused else { return nil }
        let why = resolution.reasons.first.map { " (\($0))" } ?? ""
        return MovemapError.usage("'\(query)' is not a place movemap can put on the map with confidence\(why)"
            + (suggestions.isEmpty ? "" : " — closest names: \(suggestions.joined(separator: ", "))"))
    }
}
