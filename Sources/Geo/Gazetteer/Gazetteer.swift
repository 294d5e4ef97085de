import Foundation

/// Every place movemap knows by name: bases, airfields, ports, cities, regions, countries,
/// seas, straits and canals, with aliases and codes, and a lookup that survives case,
/// diacritics, punctuation, transliteration variants, codes and typos.
///
/// Load once with ``load(from:)`` (an immutable value, safe to share across tasks) and pass it on.
///
/// ```swift
/// let gazetteer = try Gazetteer.load()
/// gazetteer.resolve("Khmeimim")?.place.id          // "airbase:hmeimim"
/// gazetteer.lookup("Tartus", kinds: [.navalBase])  // the naval base only
/// ```
public struct Gazetteer: Sendable {
    let table: PlaceTable
    let index: NameIndex
    /// Country of each demonym and short form analysts put before "airspace" or "waters"
    /// (folded key → ISO alpha-2): "estonian" → EE, "uk" → GB.
    let demonyms: [String: String]
    /// Where whole scenarios' readings are kept between runs, if anywhere (``keepingResolutions(in:)``).
    var resolutionStore: (any ResolutionStore)?

    /// A gazetteer over `places`; their order breaks ties between equally good matches.
    public init(places: [Place], demonyms: [String: String] = [:]) {
        let bytes = MappedBytes(copying: GazetteerFile.encode(places))
        do {
            let (table, index) = try GazetteerFile.read(bytes, path: "(gazetteer built in memory)")
            self.init(table: table, index: index, demonyms: demonyms)
        } catch {
            preconditionFailure("the gazetteer encoder wrote a file its reader refuses: \(error)")
        }
    }

    init(table: PlaceTable, index: NameIndex, demonyms: [String: String]) {
        self.table = table
        self.index = index
        self.demonyms = Dictionary(demonyms.map { (NameKey.fold($0.key), $0.value.uppercased()) }, uniquingKeysWith: { first, _ in first })
    }

    /// Gives back the memory the gazetteer file's pages hold (some 12 MB once a scenario's
    /// names are resolved). Lookups still work; the pages they touch are read in again. A
    /// command calls it when its names are resolved and the rest of its work (drawing) needs
    /// the memory more.
    public func releaseResidentPages() {
        table.kinds.owner.releaseResidentPages()
    }

    /// Every place, in priority order (earlier wins ties between equal matches).
    ///
    /// - Complexity: O(n), creating every place's strings; prefer ``lookup(_:kinds:country:limit:)``,
    ///   ``place(id:)`` or ``place(at:)`` when you need a few.
    public var places: [Place] { (0..<count).map(table.place(at:)) }

    /// Number of places.
    public var count: Int { table.count }

    /// The ISO code of the country a demonym names ("Estonian" → "EE"), if it is one.
    public func demonymCountry(_ word: String) -> String? { demonyms[NameKey.fold(word)] }

    /// The place at position `index` (0 ..< ``count``) in priority order.
    public func place(at index: Int) -> Place { table.place(at: index) }

    /// The place with identifier `id` (e.g. `airbase:hmeimim`), or `nil`.
    /// - Complexity: O(log n).
    public func place(id: String) -> Place? {
        table.index(ofID: id).map(table.place(at:))
    }

    /// Places matching `query`, best first, at most `limit`.
    ///
    /// - Parameters:
    ///   - query: a name, alias, code (ICAO, IATA, ISO alpha-2/alpha-3) or a misspelling of one,
    ///     optionally with a descriptor ("Tartus naval base", "port of Aden").
    ///   - kinds: keep only places of these kinds; `nil` keeps all.
    ///   - country: keep only places in this ISO alpha-2 country (case-insensitive).
    ///   - limit: the most matches returned.
    /// - Complexity: one or two hash lookups, plus a trigram-filtered edit-distance scan when
    ///   fewer than `limit` exact or variant matches exist; well under a millisecond.
    public func lookup(_ query: String, kinds: Set<PlaceKind>? = nil, country: String? = nil, limit: Int = 5) -> [PlaceMatch] {
        guard limit > 0 else { return [] }
        func look() -> [PlaceMatch] {
            var search = MatchSearch(gazetteer: self, kinds: kinds, country: country?.uppercased())
            search.run(query, limit: limit)
            return search.ranked(limit: limit)
        }
        guard let memo = LookupMemo.current else { return look() }
        return memo.matches(LookupMemo.Key(query: query, kinds: kinds, country: country, limit: limit), look: look)
    }

    /// The reading of `query` that ``resolve(_:context:)`` accepts (sure or doubtful), or `nil`
    /// when it refuses; use ``resolve(_:context:)`` to learn how sure the reading is.
    public func resolve(_ query: String, kinds: Set<PlaceKind>? = nil, country: String? = nil) -> PlaceMatch? {
        let resolution = resolve(query, context: PlaceContext(kinds: kinds, country: country))
        return resolution.verdict == .refused ? nil : resolution.match
    }

    /// Display names of the places whose names are spelled most like `query`, nearest first;
    /// what to offer when ``resolve(_:kinds:country:)`` finds nothing. `kinds` and `country`
    /// keep only places of those kinds and that ISO alpha-2 country.
    public func suggestions(for query: String, kinds: Set<PlaceKind>? = nil, country: String? = nil, limit: Int = 5) -> [String] {
        guard limit > 0 else { return [] }
        let skeleton = Array(NameKey.skeleton(folded: NameKey.fold(query)).utf8)
        guard !skeleton.isEmpty else { return [] }
        let budget = max(2, skeleton.count / 2)
        let near = index.fuzzy(skeleton, maxDistance: budget, keepClosest: 400)
        let country = country?.uppercased()
        var best: [Int32: (distance: Int, place: Int32)] = [:]
        for (id, distance) in near {
            index.forEachSkeleton(id: id) { entry in
                let place = Int(entry.place)
                if let kinds, !kinds.contains(table.kind(at: place)) { return }
                if let country, table.country(at: place)?.uppercased() != country { return }
                if let current = best[entry.place], current.distance <= distance { return }
                best[entry.place] = (distance, entry.place)
            }
        }
        let ordered = best.values.sorted { lhs, rhs in
            if lhs.distance != rhs.distance { return lhs.distance < rhs.distance }
            let left = table.prominence(at: Int(lhs.place)), right = table.prominence(at: Int(rhs.place))
            return left != right ? left > right : lhs.place < rhs.place
        }
        var names: [String] = []
        for candidate in ordered {
            let name = table.name(at: Int(candidate.place))
            if !names.contains(name) { names.append(name) }
            if names.count == limit { break }
        }
        return names
    }

    /// The readings of `query` best first — the one ``resolve(_:context:)`` chooses, then the
    /// others it weighed, then further matches — with that resolution.
    public func readings(_ query: String, context: PlaceContext = .none, limit: Int = 5) -> (resolution: PlaceResolution, matches: [PlaceMatch]) {
        let resolution = resolve(query, context: context)
        var matches = (resolution.match.map { [$0] } ?? []) + resolution.candidates
        if !QueryForm.looksLikeCoordinate(query) {   // a position is never matched as a name
            for match in lookup(query, kinds: context.kinds, country: context.country, limit: limit) where matches.count < limit {
                if !matches.contains(where: { $0.place.id == match.place.id }) { matches.append(match) }
            }
        }
        return (resolution, Array(matches.prefix(limit)))
    }

    /// The string an index entry stands for.
    func text(of entry: NameIndex.Entry) -> String {
        let place = Int(entry.place)
        switch entry.field {
        case .name: return table.name(at: place)
        case .shortName: return table.shortName(at: place)
        case .alias: return table.alias(at: place, Int(entry.item))
        case .code: return table.code(at: place, Int(entry.item))
        }
    }
}

extension Gazetteer: CustomStringConvertible {
    /// A one-line summary with the number of places, `Gazetteer(N places)`.
    public var description: String { "Gazetteer(\(count) places)" }
}
