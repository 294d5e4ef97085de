/// Posting lists from letter trigrams to keys, for finding typo candidates quickly.
///
/// Each key is padded as `^key$`; its distinct trigrams point back to it. An edit changes at
/// most three trigrams, so a key within edit distance *d* of a query shares at least
/// *t − 3d* of the query's *t* trigrams (Ukkonen 1992, q-gram lemma). Postings are stored
/// in one flat byte array with per-trigram byte offsets (compressed sparse rows); each list
/// holds the gaps between its ascending key ids as LEB128 varints (about 1.3 bytes a posting).
struct TrigramIndex: Sendable, Equatable {
    /// Byte offset of each trigram's postings (`gramCount + 1` entries).
    var offsets: [UInt32]
    /// Varint gaps between ascending key ids, trigram after trigram.
    var postings: [UInt8]
    static let alphabet = 40
    static let gramCount = alphabet * alphabet * alphabet

    /// An empty index.
    init() {
        offsets = [UInt32](repeating: 0, count: Self.gramCount + 1)
        postings = []
    }

    /// An index read from the gazetteer file.
    init(offsets: [UInt32], postings: [UInt8]) {
        self.offsets = offsets
        self.postings = postings
    }

    /// Indexes `keyCount` keys whose bytes are `bytes[offsets[k]..<offsets[k+1]]`.
    init(bytes: [UInt8], keyOffsets: [UInt32]) {
        let keyCount = keyOffsets.count - 1
        var counts = [UInt32](repeating: 0, count: Self.gramCount + 1)
        var scratch: [Int32] = []
        for key in 0..<keyCount {
            Self.grams(bytes, Int(keyOffsets[key]), Int(keyOffsets[key + 1]), into: &scratch)
            for gram in scratch { counts[Int(gram) + 1] += 1 }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var fill = counts
        var lists = [UInt32](repeating: 0, count: Int(counts[Self.gramCount]))
        for key in 0..<keyCount {
            Self.grams(bytes, Int(keyOffsets[key]), Int(keyOffsets[key + 1]), into: &scratch)
            for gram in scratch {
                lists[Int(fill[Int(gram)])] = UInt32(key)
                fill[Int(gram)] += 1
            }
        }
        var offsets: [UInt32] = [0]
        var postings: [UInt8] = []
        offsets.reserveCapacity(Self.gramCount + 1)
        postings.reserveCapacity(lists.count * 3 / 2)
        for gram in 0..<Self.gramCount {
            var previous: UInt32 = 0
            for key in lists[Int(counts[gram])..<Int(counts[gram + 1])] {
                var gap = key - previous
                previous = key
                while gap >= 0x80 {
                    postings.append(UInt8(gap & 0x7F) | 0x80)
                    gap >>= 7
                }
                postings.append(UInt8(gap))
            }
            offsets.append(UInt32(postings.count))
        }
        self.offsets = offsets
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
        var index = Int(offsets[Int(gram)])
        let end = Int(offsets[Int(gram) + 1])
        var key: UInt32 = 0
        while index < end {
            var gap: UInt32 = 0, shift: UInt32 = 0
            while true {
                let byte = postings[index]
                index += 1
                gap |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            key += gap
            body(Int32(bitPattern: key))
        }
    }
}
