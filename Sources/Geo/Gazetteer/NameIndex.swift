/// The lookup structures behind ``Gazetteer``: folded-key and skeleton-key tables for exact
/// and variant hits, and a trigram index over skeletons for typos.
///
/// Everything is a flat array, so the whole index is read from the gazetteer file by copying
/// buffers (``GazetteerFile``) or built from places here; both give identical arrays. Keys are
/// stored as 64-bit hashes (``NameKey/hash(_:)``), ascending, each with a range of entries;
/// with some 10⁵ keys a collision has a chance of about 10⁻⁹, so hits are not re-verified.
/// An entry is two `UInt32`s: place, field << 16 | item. Entries under a key keep the order
/// in which the places' strings were added (place order; name, short name, aliases, codes).
struct NameIndex: Sendable, Equatable {
    /// Which of a place's strings an entry stands for.
    enum Field: UInt8, Sendable { case name, shortName, alias, code }

    struct Entry: Sendable {
        var place: Int32
        var field: Field
        var item: UInt16
    }

    var foldedHashes: [UInt64] = []
    var foldedStarts: [UInt32] = [0]
    var foldedEntries: [UInt32] = []
    var skeletonHashes: [UInt64] = []
    var skeletonSortedIDs: [UInt32] = []
    /// Entry range of each skeleton id (ids number skeletons in order of first appearance).
    var skeletonStarts: [UInt32] = [0]
    var skeletonEntries: [UInt32] = []
    var skeletonOffsets: [UInt32] = [0]
    var skeletonBytes: [UInt8] = []
    var trigrams = TrigramIndex()

    init() {}

    init(places: [Place]) {
        var folded: [UInt64: [UInt32]] = [:]
        var foldedOrder: [UInt64] = []
        var skeletonIDs: [UInt64: Int] = [:]
        var skeletonLists: [[UInt32]] = []
        var key: [UInt8] = [], skeleton: [UInt8] = []

        func add(_ text: String, place: Int, field: Field, item: Int) {
            NameKey.fold(text, into: &key)
            guard !key.isEmpty else { return }
            let entry = [UInt32(place), UInt32(field.rawValue) << 16 | UInt32(UInt16(clamping: item))]
            let hash = NameKey.hash(key)
            if folded[hash] == nil { foldedOrder.append(hash) }
            folded[hash, default: []] += entry
            guard field != .code else { return }
            NameKey.skeleton(folded: key, into: &skeleton)
            guard !skeleton.isEmpty else { return }
            let skeletonHash = NameKey.hash(skeleton)
            let id: Int
            if let existing = skeletonIDs[skeletonHash] {
                id = existing
            } else {
                id = skeletonLists.count
                skeletonIDs[skeletonHash] = id
                skeletonLists.append([])
                skeletonBytes += skeleton
                skeletonOffsets.append(UInt32(skeletonBytes.count))
            }
            skeletonLists[id] += entry
        }

        for (index, place) in places.enumerated() {
            add(place.name, place: index, field: .name, item: 0)
            if place.shortName != place.name { add(place.shortName, place: index, field: .shortName, item: 0) }
            for (item, alias) in place.aliases.enumerated() { add(alias, place: index, field: .alias, item: item) }
            for (item, code) in place.codes.enumerated() { add(code, place: index, field: .code, item: item) }
        }
        foldedHashes = foldedOrder.sorted()
        for hash in foldedHashes {
            foldedEntries += folded[hash]!
            foldedStarts.append(UInt32(foldedEntries.count / 2))
        }
        let sortedSkeletons = skeletonIDs.sorted { $0.key < $1.key }
        skeletonHashes = sortedSkeletons.map(\.key)
        skeletonSortedIDs = sortedSkeletons.map { UInt32($0.value) }
        for list in skeletonLists {
            skeletonEntries += list
            skeletonStarts.append(UInt32(skeletonEntries.count / 2))
        }
        trigrams = TrigramIndex(bytes: skeletonBytes, keyOffsets: skeletonOffsets)
    }

    /// Number of distinct skeleton keys (the fuzzy search space).
    var skeletonCount: Int { skeletonOffsets.count - 1 }

    @inline(__always)
    private static func entry(_ entries: [UInt32], _ index: Int) -> Entry {
        let meta = entries[2 * index + 1]
        return Entry(place: Int32(bitPattern: entries[2 * index]), field: Field(rawValue: UInt8(meta >> 16)) ?? .alias,
                     item: UInt16(truncatingIfNeeded: meta))
    }

    /// Calls `body` for every entry whose folded key equals `key`.
    func forEachFolded(_ key: [UInt8], _ body: (Entry) -> Void) {
        let hash = NameKey.hash(key)
        let position = SortedSearch.lowerBound(foldedHashes, hash)
        guard position < foldedHashes.count, foldedHashes[position] == hash else { return }
        for index in Int(foldedStarts[position])..<Int(foldedStarts[position + 1]) {
            body(Self.entry(foldedEntries, index))
        }
    }

    /// The id of skeleton `key`, if any place has it.
    func skeletonID(_ key: [UInt8]) -> Int32? {
        let hash = NameKey.hash(key)
        let position = SortedSearch.lowerBound(skeletonHashes, hash)
        guard position < skeletonHashes.count, skeletonHashes[position] == hash else { return nil }
        return Int32(skeletonSortedIDs[position])
    }

    /// Calls `body` for every entry under skeleton key id `id`.
    func forEachSkeleton(id: Int32, _ body: (Entry) -> Void) {
        for index in Int(skeletonStarts[Int(id)])..<Int(skeletonStarts[Int(id) + 1]) {
            body(Self.entry(skeletonEntries, index))
        }
    }

    /// Skeleton key ids within `maxDistance` edits of `skeleton`, with their distances.
    ///
    /// With `keepClosest` set, the trigram filter is relaxed and the candidates sharing the
    /// most trigrams are checked instead: used for suggestions, where nothing is close.
    func fuzzy(_ skeleton: [UInt8], maxDistance: Int, keepClosest: Int? = nil) -> [(id: Int32, distance: Int)] {
        var grams: [Int32] = []
        TrigramIndex.grams(skeleton, 0, skeleton.count, into: &grams)
        guard !grams.isEmpty else { return [] }
        var shared = [UInt8](repeating: 0, count: skeletonCount)
        var touched: [Int32] = []
        for gram in grams {
            trigrams.forEachKey(containing: gram) { key in
                guard Int(key) < shared.count else { return }
                if shared[Int(key)] == 0 { touched.append(key) }
                shared[Int(key)] &+= 1
            }
        }
        var candidates: [Int32]
        if let keep = keepClosest {
            candidates = touched.sorted { shared[Int($0)] > shared[Int($1)] || (shared[Int($0)] == shared[Int($1)] && $0 < $1) }
            if candidates.count > keep { candidates.removeLast(candidates.count - keep) }
        } else {
            let minimum = max(1, grams.count - 3 * maxDistance)
            candidates = touched.filter { Int(shared[Int($0)]) >= minimum }
        }
        var distance = EditDistance()
        var result: [(id: Int32, distance: Int)] = []
        for key in candidates {
            let start = Int(skeletonOffsets[Int(key)]), end = Int(skeletonOffsets[Int(key) + 1])
            if let d = distance.distance(skeleton, skeletonBytes, start, end, cutoff: maxDistance) {
                result.append((key, d))
            }
        }
        return result
    }
}
