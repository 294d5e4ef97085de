/// Posting lists from letter trigrams to keys, for finding typo candidates quickly.
///
/// Each key is padded as `^key$`; its distinct trigrams point back to it. An edit changes at
/// most three trigrams, so a key within edit distance *d* of a query shares at least
/// *t − 3d* of the query's *t* trigrams (Ukkonen 1992, q-gram lemma). Postings are stored
/// in one flat array with per-trigram offsets (compressed sparse rows).
struct TrigramIndex: Sendable {
    private var offsets: [Int32]
    private var postings: [Int32]
    private static let alphabet = 40
    private static let gramCount = alphabet * alphabet * alphabet

    /// Indexes `keyCount` keys whose bytes are `bytes[offsets[k]..<offsets[k+1]]`.
    init(bytes: [UInt8], keyOffsets: [Int32]) {
        let keyCount = keyOffsets.count - 1
        var counts = [Int32](repeating: 0, count: Self.gramCount + 1)
        var scratch: [Int32] = []
        for key in 0..<keyCount {
            Self.grams(bytes, Int(keyOffsets[key]), Int(keyOffsets[key + 1]), into: &scratch)
            for gram in scratch { counts[Int(gram) + 1] += 1 }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var fill = counts
        var postings = [Int32](repeating: 0, count: Int(counts[Self.gramCount]))
        for key in 0..<keyCount {
            Self.grams(bytes, Int(keyOffsets[key]), Int(keyOffsets[key + 1]), into: &scratch)
            for gram in scratch {
                postings[Int(fill[Int(gram)])] = Int32(key)
                fill[Int(gram)] += 1
            }
        }
        self.offsets = counts
        self.postings = postings
    }

    /// The distinct trigram codes of `^key$` for `bytes[start..<end]`.
    static func grams(_ bytes: [UInt8], _ start: Int, _ end: Int, into result: inout [Int32]) {
        result.removeAll(keepingCapacity: true)
        let length = end - start + 2
        guard length >= 3 else { return }
        func code(_ position: Int) -> Int32 {
            if position == 0 { return 37 }
            if position == length - 1 { return 38 }
            let byte = bytes[start + position - 1]
            switch byte {
            case 0x61...0x7A: return Int32(byte - 0x60)
            case 0x30...0x39: return Int32(byte - 0x30 + 27)
            default: return 39
            }
        }
        var a = code(0), b = code(1)
        for position in 2..<length {
            let c = code(position)
            let gram = (a * 40 + b) * 40 + c
            if !result.contains(gram) { result.append(gram) }
            a = b
            b = c
        }
    }

    /// Calls `body` with every key id that contains `gram`.
    @inline(__always)
    func forEachKey(containing gram: Int32, _ body: (Int32) -> Void) {
        let start = Int(offsets[Int(gram)]), end = Int(offsets[Int(gram) + 1])
        var index = start
        while index < end {
            body(postings[index])
            index += 1
        }
    }
}
