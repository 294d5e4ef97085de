/// Posting lists from letter trigrams to keys, for finding typo candidates quickly.
///
/// Each key is padded as `^key$`; its distinct trigrams point back to it. An edit changes at
/// most three trigrams, so a key within edit distance *d* of a query shares at least
/// *t − 3d* of the query's *t* trigrams (Ukkonen 1992, q-gram lemma). Postings are stored
/// in one flat byte array with per-trigram byte offsets (compressed sparse rows). A list holds
/// its ascending key ids: the first as a varint; when there are more, a byte `k` (the floor of
/// log₂ of their mean gap less one), then each further gap less one as a Rice code — the
/// quotient `gap >> k` in unary (one bits closed by a zero), then the `k` low bits, least
/// significant bit first, the last byte padded with one bits (about 1.06 bytes a posting).
struct TrigramIndex: Sendable, Equatable {
    /// Byte offset of each trigram's postings (`gramCount + 1` entries).
    let offsets: Column<UInt32>
    /// The posting lists, trigram after trigram.
    let postings: Column<UInt8>
    static let alphabet = 40
    static let gramCount = alphabet * alphabet * alphabet

    /// The postings of `keys` (key id = position), as stored in the gazetteer file: per-trigram
    /// byte offsets and the lists.
    static func encode(keys: [[UInt8]]) -> (offsets: [UInt32], postings: [UInt8]) {
        var counts = [UInt32](repeating: 0, count: Self.gramCount + 1)
        var scratch: [Int32] = []
        for key in keys {
            Self.grams(key, 0, key.count, into: &scratch)
            for gram in scratch { counts[Int(gram) + 1] += 1 }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var fill = counts
        var lists = [UInt32](repeating: 0, count: Int(counts[Self.gramCount]))
        for (number, key) in keys.enumerated() {
            Self.grams(key, 0, key.count, into: &scratch)
            for gram in scratch {
                lists[Int(fill[Int(gram)])] = UInt32(number)
                fill[Int(gram)] += 1
            }
        }
        var offsets: [UInt32] = [0]
        var postings: [UInt8] = []
        offsets.reserveCapacity(Self.gramCount + 1)
        postings.reserveCapacity(lists.count * 11 / 10)
        for gram in 0..<Self.gramCount {
            let list = lists[Int(counts[gram])..<Int(counts[gram + 1])]
            if let first = list.first {
                GazetteerFile.appendVarint(Int(first), to: &postings)
                if list.count > 1 { appendRice(list, to: &postings) }
            }
            offsets.append(UInt32(postings.count))
        }
        return (offsets, postings)
    }

    /// The gaps of `list` after its first key, Rice-coded (see the type).
    private static func appendRice(_ list: ArraySlice<UInt32>, to out: inout [UInt8]) {
        var total = 0
        for (before, key) in zip(list, list.dropFirst()) { total += Int(key - before - 1) }
        let mean = total / (list.count - 1)
        let k = mean == 0 ? 0 : Int.bitWidth - mean.leadingZeroBitCount - 1
        out.append(UInt8(k))
        var writer = BitWriter()
        for (before, key) in zip(list, list.dropFirst()) {
            let gap = Int(key - before - 1)
            var quotient = gap >> k
            while quotient > 0 {
                let run = min(quotient, 48)
                writer.put((1 << UInt64(run)) - 1, run)
                quotient -= run
            }
            writer.put(0, 1)
            if k > 0 { writer.put(UInt64(gap & (1 << k - 1)), k) }
        }
        out += writer.finish(padding: 0xFF)
    }

    /// The distinct trigram codes of `^key$` for `bytes[start..<end]`.
    static func grams<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int, into result: inout [Int32])
    where Bytes.Element == UInt8, Bytes.Index == Int {
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

    /// Calls `body` with every key id that contains `gram`, ascending.
    @inline(__always)
    func forEachKey(containing gram: Int32, _ body: (Int32) -> Void) {
        var position = Int(offsets[Int(gram)])
        let end = min(Int(offsets[Int(gram) + 1]), postings.count)
        guard position < end else { return }
        var key = postings.varint(at: &position)
        body(Int32(truncatingIfNeeded: key))
        guard position < end else { return }
        let k = Int(postings[position])
        guard k < 32 else { return }
        var reader = BitReader(postings: postings, position: position + 1, end: end)
        while let quotient = reader.unary(), let low = reader.bits(k) {
            key += (quotient << k | Int(low)) + 1
            body(Int32(truncatingIfNeeded: key))
        }
    }
}

/// Reads the bits of `postings[position..<end]`, least significant first.
private struct BitReader {
    let postings: Column<UInt8>
    var position: Int
    let end: Int
    private var buffer: UInt64 = 0
    private var available = 0

    init(postings: Column<UInt8>, position: Int, end: Int) {
        self.postings = postings
        self.position = position
        self.end = end
    }

    @inline(__always)
    private mutating func refill() {
        while available <= 56 && position < end {
            buffer |= UInt64(postings[position]) << UInt64(available)
            position += 1
            available += 8
        }
    }

    /// The number of one bits before the next zero bit (consumed), or `nil` at the end.
    @inline(__always)
    mutating func unary() -> Int? {
        var count = 0
        while true {
            if available == 0 { refill() }
            guard available > 0 else { return nil }
            let ones = min((~buffer).trailingZeroBitCount, available)
            if ones < available {
                count += ones
                buffer = ones + 1 == 64 ? 0 : buffer >> UInt64(ones + 1)
                available -= ones + 1
                return count
            }
            count += ones
            buffer = 0
            available = 0
        }
    }

    /// The next `count` bits (≤ 32) as a number, or `nil` at the end.
    @inline(__always)
    mutating func bits(_ count: Int) -> UInt64? {
        guard count > 0 else { return 0 }
        if available < count { refill() }
        guard available >= count else { return nil }
        let value = buffer & (1 << UInt64(count) - 1)
        buffer >>= UInt64(count)
        available -= count
        return value
    }
}
