/// The lookup structures behind ``Gazetteer``: folded-key and skeleton-key hash maps for
/// exact and variant hits, and a trigram index over skeletons for typos.
///
/// Entries sharing a key are chained through `next` in one flat array, so building the
/// index allocates a handful of arrays, not one per key.
struct NameIndex: Sendable {
    /// Which of a place's strings an entry stands for.
    enum Field: UInt8, Sendable { case name, shortName, alias, code }

    struct Entry: Sendable {
        var place: Int32
        var field: Field
        var item: UInt16
        var next: Int32
    }

    private(set) var foldedHeads: [UInt64: Int32] = [:]
    private(set) var foldedEntries: [Entry] = []
    private(set) var skeletonIDs: [UInt64: Int32] = [:]
    private(set) var skeletonHeads: [Int32] = []
    private(set) var skeletonEntries: [Entry] = []
    private(set) var skeletonBytes: [UInt8] = []
    private(set) var skeletonOffsets: [Int32] = [0]
    private(set) var trigrams: TrigramIndex

    /// Keys are stored as 64-bit hashes of their bytes (``NameKey/hash(_:)``); with some
    /// 10⁵ keys a collision has a chance of about 10⁻⁹, so hits are not re-verified.
    init(places: [Place]) {
        var folded: [UInt64: Int32] = [:]
        folded.reserveCapacity(places.count * 3)
        var foldedEntries: [Entry] = []
        foldedEntries.reserveCapacity(places.count * 3)
        var skeletonIDs: [UInt64: Int32] = [:]
        skeletonIDs.reserveCapacity(places.count * 3)
        var skeletonHeads: [Int32] = []
        var skeletonEntries: [Entry] = []
        var skeletonBytes: [UInt8] = []
        var skeletonOffsets: [Int32] = [0]
        var key: [UInt8] = []
        var skeleton: [UInt8] = []
        key.reserveCapacity(64)
        skeleton.reserveCapacity(64)

        func add(_ text: String, place: Int32, field: Field, item: Int) {
            NameKey.fold(text, into: &key)
            guard !key.isEmpty else { return }
            let entryIndex = Int32(foldedEntries.count)
            let next = folded.updateValue(entryIndex, forKey: NameKey.hash(key)) ?? -1
            foldedEntries.append(Entry(place: place, field: field, item: UInt16(clamping: item), next: next))
            guard field != .code else { return }
            NameKey.skeleton(folded: key, into: &skeleton)
            guard !skeleton.isEmpty else { return }
            let hash = NameKey.hash(skeleton)
            let id: Int32
            if let existing = skeletonIDs[hash] {
                id = existing
            } else {
                id = Int32(skeletonHeads.count)
                skeletonIDs[hash] = id
                skeletonHeads.append(-1)
                skeletonBytes.append(contentsOf: skeleton)
                skeletonOffsets.append(Int32(skeletonBytes.count))
            }
            skeletonEntries.append(Entry(place: place, field: field, item: UInt16(clamping: item),
                                         next: skeletonHeads[Int(id)]))
            skeletonHeads[Int(id)] = Int32(skeletonEntries.count - 1)
        }

        for (index, place) in places.enumerated() {
            let placeIndex = Int32(index)
            add(place.name, place: placeIndex, field: .name, item: 0)
            if place.shortName != place.name {
                add(place.shortName, place: placeIndex, field: .shortName, item: 0)
            }
            for (item, alias) in place.aliases.enumerated() {
                add(alias, place: placeIndex, field: .alias, item: item)
            }
            for (item, code) in place.codes.enumerated() {
                add(code, place: placeIndex, field: .code, item: item)
            }
        }
        self.foldedHeads = folded
        self.foldedEntries = foldedEntries
        self.skeletonIDs = skeletonIDs
        self.skeletonHeads = skeletonHeads
        self.skeletonEntries = skeletonEntries
        self.skeletonBytes = skeletonBytes
        self.skeletonOffsets = skeletonOffsets
        self.trigrams = TrigramIndex(bytes: skeletonBytes, keyOffsets: skeletonOffsets)
    }

    /// Number of distinct skeleton keys (the fuzzy search space).
    var skeletonCount: Int { skeletonHeads.count }

    /// Calls `body` for every entry whose folded key equals `key`.
    func forEachFolded(_ key: [UInt8], _ body: (Entry) -> Void) {
        var index = foldedHeads[NameKey.hash(key)] ?? -1
        while index >= 0 {
            let entry = foldedEntries[Int(index)]
            body(entry)
            index = entry.next
        }
    }

    /// The id of skeleton `key`, if any place has it.
    func skeletonID(_ key: [UInt8]) -> Int32? {
        skeletonIDs[NameKey.hash(key)]
    }

    /// Calls `body` for every entry under skeleton key id `id`.
    func forEachSkeleton(id: Int32, _ body: (Entry) -> Void) {
        var index = skeletonHeads[Int(id)]
        while index >= 0 {
            let entry = skeletonEntries[Int(index)]
            body(entry)
            index = entry.next
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
