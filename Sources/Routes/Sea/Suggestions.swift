import Geo
/// Closest names to a misspelt one, by Levenshtein distance.
enum Suggestions {
    static func closest(to word: String, among names: [String], limit: Int = 3) -> [String] {
        let scored = names.map { ($0, Levenshtein.distance(word.lowercased(), $0)) }
        return scored.filter { $0.1 <= max(2, word.count / 2) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit).map(\.0)
    }
}
