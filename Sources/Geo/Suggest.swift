/// Closest-name suggestions by edit distance, for "did you mean" in every message that
/// names a mistyped passage, status, asset, column or setting.
public enum Suggest {
    /// Up to `limit` candidates within an edit distance of a third of the word's length.
    public static func closest(to word: String, in candidates: [String], limit: Int) -> [String] {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
            .filter { $0.1 <= max(2, lowered.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return scored.prefix(limit).map(\.0)
    }

    /// Levenshtein distance (``Levenshtein``).
    static func distance(_ a: String, _ b: String) -> Int {
        Levenshtein.distance(a, b)
    }
}
