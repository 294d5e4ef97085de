/// The lookup structures behind ``Gazetteer``, read in place from the gazetteer file: the
/// transliteration skeletons (``NameKey/skeleton(folded:)``) in byte order with the place strings
/// under each, a small table of codes, and a trigram index over the skeletons for typos.
///
/// An entry names one string of a place as a `UInt32`: place << 8 | field << 6 | item, so
/// entries sort in the order the strings were added (place order; name, short name, aliases,
/// codes). A skeleton is found by binary search over its group of 16 (each group starts with a
/// whole key) and compared byte for byte; a code through buckets of ``NameKey/hash(_:)``,
/// verified against the code's folded text, so no hash collision can return a wrong place.
///
/// Skeleton `k` (its number is its rank in byte order) lies in group `k / 16`, which starts at
/// `skeletonGroups[k / 16]` in ``skeletonRecords``. Each record: the length of the prefix it
/// shares with the key before it in the group (0 for the first), the length and bytes of the
/// rest, then `first << 1 | more` (varints; `first` its first entry); when `more`, the number of
/// further entries and their gaps, each from the entry before.
struct NameIndex: Sendable, Equatable {
    static let keyGroup = 16

    /// Which of a place's strings an entry stands for.
    enum Field: UInt8, Sendable { case name, shortName, alias, code }

    struct Entry: Sendable, Equatable {
        var place: Int32
        var field: Field
        var item: UInt16

        init(place: Int32, field: Field, item: UInt16) {
            self.place = place
            self.field = field
            self.item = item
        }

        init(_ value: UInt32) {
            self.init(place: Int32(value >> 8), field: Field(rawValue: UInt8(value >> 6 & 3)) ?? .alias,
                      item: UInt16(value & 63))
        }

        var value: UInt32 { UInt32(place) << 8 | UInt32(field.rawValue) << 6 | UInt32(item) }
    }

    let codeBuckets: Column<UInt32>
    let codeEntries: Column<UInt32>
    /// Byte offset of each group of ``keyGroup`` skeletons in ``skeletonRecords``, then its end.
    let skeletonGroups: Column<UInt32>
    let skeletonRecords: Column<UInt8>
    let trigrams: TrigramIndex
    /// Number of distinct skeleton keys (the fuzzy search space), counted when the file is checked.
    let skeletonCount: Int

    /// Applies the front-coded key at `position` to `text` (the key before it in its group) and
    /// returns the position of its entries.
    @inline(__always)
    private func readKey(at position: Int, into text: inout [UInt8]) -> Int {
        var position = position
        let shared = skeletonRecords.varint(at: &position)
        let length = skeletonRecords.varint(at: &position)
        if shared < text.count { text.removeLast(text.count - shared) }
        let end = min(position + length, skeletonRecords.count)
        skeletonRecords.append(position..<end, to: &text)
        return end
    }

    /// The position after the key at `position`, skipping its bytes.
    @inline(__always)
    private func skipKey(at position: Int) -> Int {
        var position = position
        _ = skeletonRecords.varint(at: &position)
        let length = skeletonRecords.varint(at: &position)
        return position + length
    }

    /// The position after the entries at `position`.
    @inline(__always)
    private func skipEntries(at position: Int) -> Int {
        var position = position
        if skeletonRecords.varint(at: &position) & 1 != 0 {
            let more = skeletonRecords.varint(at: &position)
            for _ in 0..<more { _ = skeletonRecords.varint(at: &position) }
        }
        return position
    }

    /// The position of skeleton `id`'s entries, its bytes read into `text`.
    func key(_ id: Int, into text: inout [UInt8]) -> Int {
        var position = Int(skeletonGroups[id / Self.keyGroup])
        text.removeAll(keepingCapacity: true)
        for _ in 0..<id % Self.keyGroup {
            position = skipEntries(at: readKey(at: position, into: &text))
        }
        return readKey(at: position, into: &text)
    }

    /// Where a walk through the keys in ascending order stands: the last key read, its text,
    /// and the position after its entries.
    struct KeyCursor {
        var id = -1
        var next = 0
        var text: [UInt8] = []
    }

    /// Like ``key(_:into:)``, but continues from `cursor` when `id` is later in the same
    /// group of keys, so reading keys in ascending order decodes each group once.
    func key(_ id: Int, cursor: inout KeyCursor) -> Int {
        if cursor.id < 0 || id <= cursor.id || id / Self.keyGroup != cursor.id / Self.keyGroup {
            cursor.id = id / Self.keyGroup * Self.keyGroup - 1
            cursor.next = Int(skeletonGroups[id / Self.keyGroup])
            cursor.text.removeAll(keepingCapacity: true)
        }
        while cursor.id + 1 < id {
            cursor.next = skipEntries(at: readKey(at: cursor.next, into: &cursor.text))
            cursor.id += 1
        }
        let entries = readKey(at: cursor.next, into: &cursor.text)
        cursor.next = skipEntries(at: entries)
        cursor.id = id
        return entries
    }

    /// The position of skeleton `id`'s entries, without reading its bytes.
    private func entries(of id: Int) -> Int {
        var position = Int(skeletonGroups[id / Self.keyGroup])
        for _ in 0..<id % Self.keyGroup { position = skipEntries(at: skipKey(at: position)) }
        return skipKey(at: position)
    }

    /// The first entry at `position` as its `UInt32` value: the order in which keys first
    /// appeared, which breaks ties between typo candidates.
    @inline(__always)
    private func firstEntry(at position: Int) -> Int {
        var position = position
        return skeletonRecords.varint(at: &position) >> 1
    }

    /// Calls `body` for every code entry filed under the hash of folded key `key` (the caller
    /// checks the code's text: a bucket holds other keys too).
    func forEachCodeCandidate(_ key: [UInt8], _ body: (Entry) -> Void) {
        let buckets = codeBuckets.count - 1
        guard buckets > 0 else { return }
        let bucket = Int(NameKey.hash(key) % UInt64(buckets))
        for position in Int(codeBuckets[bucket])..<Int(codeBuckets[bucket + 1]) {
            body(Entry(codeEntries[position]))
        }
    }

    /// The id of skeleton `key`, if any place has it.
    /// - Complexity: a binary search over the first keys of the groups, then one group.
    func skeletonID(_ key: [UInt8]) -> Int32? {
        let groups = skeletonGroups.count - 1
        guard groups > 0, !key.isEmpty else { return nil }
        var low = 0, high = groups   // the first group whose first key is after `key`
        while low < high {
            let middle = (low + high) / 2
            var position = Int(skeletonGroups[middle])
            _ = skeletonRecords.varint(at: &position)
            let length = skeletonRecords.varint(at: &position)
            if skeletonRecords.compare(position, position + length, key) <= 0 { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let group = low - 1
        var position = Int(skeletonGroups[group])
        var text: [UInt8] = []
        for id in group * Self.keyGroup..<min(skeletonCount, (group + 1) * Self.keyGroup) {
            position = readKey(at: position, into: &text)
            if text == key { return Int32(id) }
            if key.lexicographicallyPrecedes(text) { return nil }
            position = skipEntries(at: position)
        }
        return nil
    }

    /// Calls `body` for every entry under skeleton key id `id`, in entry order.
    func forEachSkeleton(id: Int32, _ body: (Entry) -> Void) {
        var position = entries(of: Int(id))
        let head = skeletonRecords.varint(at: &position)
        var value = head >> 1
        body(Entry(UInt32(truncatingIfNeeded: value)))
        guard head & 1 != 0 else { return }
        let more = skeletonRecords.varint(at: &position)
        for _ in 0..<more {
            value += skeletonRecords.varint(at: &position)
            body(Entry(UInt32(truncatingIfNeeded: value)))
        }
    }

    /// Skeleton key ids within `maxDistance` edits of `skeleton`, with their distances.
    ///
    /// Candidates are the keys sharing enough of the query's trigrams; they are checked, and
    /// returned, in the order of the first query trigram they share, then of their first entry.
    /// With `keepClosest` set, the trigram filter is relaxed and the candidates sharing the
    /// most trigrams (then earliest first entry) are checked instead: used for suggestions,
    /// where nothing is close.
    func fuzzy(_ skeleton: [UInt8], maxDistance: Int, keepClosest: Int? = nil) -> [(id: Int32, distance: Int)] {
        var grams: [Int32] = []
        TrigramIndex.grams(skeleton, 0, skeleton.count, into: &grams)
        guard !grams.isEmpty else { return [] }
        var shared = [UInt8](repeating: 0, count: skeletonCount)
        var touched: [Int32] = []
        var gramStarts: [Int] = []   // where each gram's newly touched keys begin in `touched`
        for gram in grams {
            gramStarts.append(touched.count)
            trigrams.forEachKey(containing: gram) { key in
                guard Int(key) < shared.count else { return }
                if shared[Int(key)] == 0 { touched.append(key) }
                shared[Int(key)] &+= 1
            }
        }
        var distance = EditDistance()
        // (order, id, distance): order is the first shared gram's number, then the first entry.
        var result: [(order: (Int, Int), id: Int32, distance: Int)] = []
        if let keep = keepClosest {
            var chosen = touched
            if touched.count > keep {
                var above = [Int](repeating: 0, count: 257)   // keys sharing more than s trigrams, by s
                for key in touched { above[Int(shared[Int(key)])] += 1 }
                var threshold = 255, count = above[255]
                while count < keep && threshold > 0 {
                    threshold -= 1
                    count += above[threshold]
                }
                chosen = touched.filter { Int(shared[Int($0)]) > threshold }
                let tied = touched.filter { Int(shared[Int($0)]) == threshold }
                    .map { (first: firstEntry(at: entries(of: Int($0))), key: $0) }
                    .sorted { $0.first < $1.first }
                chosen += tied.prefix(keep - chosen.count).map(\.key)
            }
            // Keys read in ascending order, so each group of keys is decoded once.
            var cursor = KeyCursor()
            for key in chosen.sorted() {
                let position = self.key(Int(key), cursor: &cursor)
                if let d = distance.distance(skeleton, cursor.text, 0, cursor.text.count, cutoff: maxDistance) {
                    result.append(((-Int(shared[Int(key)]), firstEntry(at: position)), key, d))
                }
            }
        } else {
            let minimum = max(1, grams.count - 3 * maxDistance)
            var gram = 0
            var candidates: [(key: Int32, gram: Int)] = []
            for (number, key) in touched.enumerated() {
                while gram + 1 < gramStarts.count && gramStarts[gram + 1] <= number { gram += 1 }
                guard Int(shared[Int(key)]) >= minimum else { continue }
                candidates.append((key, gram))
            }
            var cursor = KeyCursor()
            for (key, gram) in candidates.sorted(by: { $0.key < $1.key }) {
                let position = self.key(Int(key), cursor: &cursor)
                if let d = distance.distance(skeleton, cursor.text, 0, cursor.text.count, cutoff: maxDistance) {
                    result.append(((gram, firstEntry(at: position)), key, d))
                }
            }
        }
        result.sort { $0.order < $1.order }
        return result.map { ($0.id, $0.distance) }
    }
}
