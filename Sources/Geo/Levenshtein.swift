/// Edit distance between two strings (Levenshtein 1966): the fewest single-character
/// insertions, deletions and substitutions that turn one into the other. Used for "did you
/// mean" suggestions everywhere a name can be mistyped.
public enum Levenshtein {
    /// The distance between `a` and `b`, compared by Character. Complexity: O(|a|·|b|).
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }
}
