/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) with a cutoff.
///
/// Counts insertions, deletions, substitutions and swaps of neighbours, each costing one
/// (Damerau 1964; the restricted form that never edits a substring twice). Work stops as
/// soon as every cell of a row exceeds the cutoff, so far-off candidates cost little.
struct EditDistance {
    private var previous2: [Int] = []
    private var previous: [Int] = []
    private var current: [Int] = []

    /// The distance between `a` and `b[bStart..<bEnd]`, or `nil` when it exceeds `cutoff`.
    mutating func distance<Bytes: RandomAccessCollection>(_ a: [UInt8], _ b: Bytes, _ bStart: Int, _ bEnd: Int, cutoff: Int) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let n = a.count, m = bEnd - bStart
        if abs(n - m) > cutoff { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        if previous.count < m + 1 {
            previous2 = [Int](repeating: 0, count: m + 1)
            previous = previous2
            current = previous2
        }
        for column in 0...m { previous[column] = column }
        for row in 1...n {
            current[0] = row
            var rowMinimum = row
            let ai = a[row - 1]
            for column in 1...m {
                let bj = b[bStart + column - 1]
                let cost = ai == bj ? 0 : 1
                var value = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1 && column > 1 && ai == b[bStart + column - 2] && a[row - 2] == bj {
                    value = min(value, previous2[column - 2] + 1)
                }
                current[column] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > cutoff { return nil }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        let result = previous[m]
        return result <= cutoff ? result : nil
    }
}
