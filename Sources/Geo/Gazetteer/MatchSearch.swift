/// One lookup in progress: gathers the best-scoring entry per place through the stages
/// exact → transliteration skeleton → descriptor stripped → typo, then ranks them.
///
/// Scores: an exact name, short name or code 1.0, an exact alias (or an airport's short name) 0.95; a skeleton (variant
/// spelling) hit 0.95 on a name, 0.93 on an alias, times 0.97 when only one side carries an
/// article ("al-", "the"); a typo 0.85 × (1 − d / (n + 1)) for d
/// edits in an n-letter skeleton. A stripped descriptor ("naval base") multiplies by 0.96
/// and by a further 0.8 for places not of the kind it names.
struct MatchSearch {
    let gazetteer: Gazetteer
    let kinds: Set<PlaceKind>?
    let country: String?
    private var best: [Int32: (score: Double, entry: NameIndex.Entry, how: PlaceMatch.How, kindWord: Set<PlaceKind>?)] = [:]

    init(gazetteer: Gazetteer, kinds: Set<PlaceKind>?, country: String?) {
        self.gazetteer = gazetteer
        self.kinds = kinds
        self.country = country
    }

    mutating func run(_ query: String, limit: Int) {
        var folded: [UInt8] = []
        NameKey.fold(query, into: &folded)
        guard !folded.isEmpty else { return }
        var skeleton: [UInt8] = []
        NameKey.skeleton(folded: folded, into: &skeleton)
        collect(folded: folded, skeleton: skeleton, factor: 1, hint: nil)
        let stripped = NameKey.strippingDescriptor(folded: String(decoding: folded, as: UTF8.self))
        var strippedSkeleton: [UInt8] = []
        if let (rest, hint) = stripped {
            let restBytes = Array(rest.utf8)
            NameKey.skeleton(folded: restBytes, into: &strippedSkeleton)
            collect(folded: restBytes, skeleton: strippedSkeleton, factor: 0.96, hint: hint)
        }
        if best.count < limit {
            typos(skeleton, factor: 1, hint: nil)
            if let (_, hint) = stripped {
                typos(strippedSkeleton, factor: 0.96, hint: hint)
            }
        }
    }

    private mutating func collect(folded: [UInt8], skeleton: [UInt8], factor: Double, hint: Set<PlaceKind>?) {
        let index = gazetteer.index
        // Every string filed under the query's skeleton, with its folded key: those whose key is
        // the query's are exact hits (with the codes that fold to it), all are variant hits.
        var variants: [(entry: NameIndex.Entry, key: [UInt8])] = []
        if let id = index.skeletonID(skeleton) {
            index.forEachSkeleton(id: id) { entry in
                var key: [UInt8] = []
                NameKey.fold(gazetteer.text(of: entry), into: &key)
                variants.append((entry, key))
            }
        }
        var exact = variants.filter { $0.key == folded }.map(\.entry)
        var entryKey: [UInt8] = []
        index.forEachCodeCandidate(folded) { entry in
            NameKey.fold(gazetteer.text(of: entry), into: &entryKey)
            if entryKey == folded { exact.append(entry) }
        }
        exact.sort { $0.value < $1.value }   // the order the strings were added in
        for entry in exact {
            let score = entry.field == .alias || derivedShortName(entry) ? 0.95 : 1.0
            consider(entry, score: score * factor, hint: hint, how: entry.field == .code ? .code : .exact)
        }
        guard !variants.isEmpty else { return }
        let queryHasArticle = NameKey.hasArticle(folded: folded)
        for (entry, entryKey) in variants {
            var score = entry.field == .alias || derivedShortName(entry) ? 0.93 : 0.95
            if NameKey.hasArticle(folded: entryKey) != queryHasArticle {
                score *= 0.97   // "el-Khadim" is nearer "Al Khadim" than "Hadim"
            }
            consider(entry, score: score * factor, hint: hint, how: .variant)
        }
    }

    /// An airfield's short name is its name without kind words ("Mitiga" for "Mitiga
    /// International Airport"): a handle, not a name, so a city of that name outranks it.
    private func derivedShortName(_ entry: NameIndex.Entry) -> Bool {
        entry.field == .shortName && gazetteer.table.kind(at: Int(entry.place)) == .airport
    }

    private mutating func typos(_ skeleton: [UInt8], factor: Double, hint: Set<PlaceKind>?) {
        let length = skeleton.count
        let budget = length < 4 ? 0 : length < 6 ? 1 : length < 12 ? 2 : 3
        guard budget > 0 else { return }
        let index = gazetteer.index
        for (id, distance) in index.fuzzy(skeleton, maxDistance: budget) where distance > 0 {
            let base = 0.85 * (1 - Double(distance) / Double(length + 1))
            index.forEachSkeleton(id: id) { entry in
                let score = entry.field == .alias ? base * 0.98 : base
                consider(entry, score: score * factor, hint: hint, how: .typo)
            }
        }
    }

    private mutating func consider(_ entry: NameIndex.Entry, score: Double, hint: Set<PlaceKind>?, how: PlaceMatch.How) {
        let table = gazetteer.table
        let kind = table.kind(at: Int(entry.place))
        if let kinds, !kinds.contains(kind) { return }
        if let country, table.country(at: Int(entry.place))?.uppercased() != country { return }
        var score = score
        if let hint, !hint.contains(kind) { score *= 0.8 }   // "Port Sudan" is not Sudan
        if let current = best[entry.place], current.score >= score { return }
        best[entry.place] = (score, entry, how, hint)
    }

    /// The best `limit` matches: score, then kind (``PlaceKind/tieBreakRank``), then gazetteer order.
    func ranked(limit: Int) -> [PlaceMatch] {
        let table = gazetteer.table
        let ordered = best.sorted { lhs, rhs in
            if lhs.value.score != rhs.value.score { return lhs.value.score > rhs.value.score }
            let left = table.kind(at: Int(lhs.key)).tieBreakRank, right = table.kind(at: Int(rhs.key)).tieBreakRank
            return left != right ? left < right : lhs.key < rhs.key
        }
        return ordered.prefix(limit).map { key, value in
            var match = PlaceMatch(place: table.place(at: Int(key)), matched: gazetteer.text(of: value.entry),
                                   score: (value.score * 1000).rounded() / 1000, how: value.how)
            match.kindWord = value.kindWord
            return match
        }
    }
}
