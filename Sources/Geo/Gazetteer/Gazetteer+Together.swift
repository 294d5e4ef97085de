extension Gazetteer {
    /// One place name of a scenario, with what its line says about it.
    public struct Mention: Sendable, Hashable {
        /// The text as written.
        public var text: String
        /// The scenario's `kind:` for it, if any: only these kinds.
        public var kinds: Set<PlaceKind>?
        /// Kinds its asset's mode makes likely (airfields for aircraft, ports for ships).
        public var preferred: Set<PlaceKind>
        /// Set when the scenario fixes the position itself (`places:` or `lon,lat`): it is then
        /// evidence for the others and not looked up.
        public var fixed: Coordinate?

        /// A mention of `text`, optionally restricted to `kinds`, leaning toward `preferred`,
        /// or fixed at a position in degrees that is then not looked up.
        public init(text: String, kinds: Set<PlaceKind>? = nil, preferred: Set<PlaceKind> = [], fixed: Coordinate? = nil) {
            self.text = text
            self.kinds = kinds
            self.preferred = preferred
            self.fixed = fixed
        }
    }

    /// Resolves all the place names of one scenario together: the scenario is evidence.
    ///
    /// A first pass resolves each name alone; the sure readings (and the fixed positions)
    /// become anchors, and their countries the scenario's countries. Two more passes resolve
    /// every name again with the anchors of the *other* names, so "Tripoli" beside "Beirut"
    /// is the Lebanese city and "Saki" beside "Sevastopol" the Crimean air base; a reading far
    /// from all of them becomes doubtful.
    ///
    /// - Returns: one resolution per mention, in order (a fixed mention gets a sure
    ///   resolution of its own position).
    /// - Complexity: each distinct lookup made once (a mention is read three times).
    public func resolve(mentions: [Mention]) -> [PlaceResolution] {
        // Each mention is read three times below, with the same lookups: they are made once.
        // Within a shared memo (``sharingLookups(_:)``) the same list is read once; a list
        // read by an earlier run of this build over this gazetteer comes from the store.
        LookupMemo.$current.withValue(LookupMemo.current ?? LookupMemo()) {
            LookupMemo.current!.resolutions(mentions) {
                if let kept = resolutionStore?.resolutions(for: mentions), kept.count == mentions.count { return kept }
                let read = resolveTogether(mentions)
                resolutionStore?.keep(read, for: mentions)
                return read
            }
        }
    }

    private func resolveTogether(_ mentions: [Mention]) -> [PlaceResolution] {
        // Each pass reads every distinct mention once, the readings spread over the cores:
        // within a pass they are independent, and the lookups they share are kept in the memo.
        let memo = LookupMemo.current
        var first: [Mention: Int] = [:]
        for (index, mention) in mentions.enumerated() where first[mention] == nil { first[mention] = index }
        let distinct = mentions.indices.filter { first[mentions[$0]] == $0 }
        func readEach(_ context: @escaping @Sendable (Int) -> PlaceContext?) -> [Int: PlaceResolution] {
            let read = Parallel.map(distinct) { [self] index -> PlaceResolution? in
                guard let context = context(index) else { return nil }
                return LookupMemo.$current.withValue(memo) { resolve(mentions[index].text, context: context) }
            }
            var byIndex: [Int: PlaceResolution] = [:]
            for (index, result) in zip(distinct, read) { if let result { byIndex[index] = result } }
            return byIndex
        }
        let alone = readEach { index in
            mentions[index].fixed == nil ? PlaceContext(kinds: mentions[index].kinds, preferred: mentions[index].preferred) : nil
        }
        var results = mentions.map { mention -> PlaceResolution in
            if let fixed = mention.fixed { return Self.fixedResolution(mention.text, at: fixed) }
            return alone[first[mention]!]!
        }
        var folded: [String: String] = [:]
        let keys = mentions.map { mention in
            if let key = folded[mention.text] { return key }
            let key = NameKey.fold(mention.text)
            folded[mention.text] = key
            return key
        }
        // A position reads the same whatever the rest says.
        let settled = mentions.map { $0.fixed != nil || Self.looksLikePosition($0.text.trimmingCharacters(in: .whitespacesAndNewlines)) }
        for _ in 0..<2 {
            let evidence = Evidence(keys: keys, results: results)
            // The same name with the same kinds reads the same with the same evidence: once.
            var contexts: [Int: PlaceContext] = [:]
            for index in distinct where !settled[index] {
                var context = evidence.context(excluding: keys[index])
                context.kinds = mentions[index].kinds
                context.preferred = mentions[index].preferred
                contexts[index] = context
            }
            let fixedContexts = contexts
            let read = readEach { fixedContexts[$0] }
            results = mentions.enumerated().map { index, mention in
                settled[index] ? results[index] : read[first[mention]!]!
            }
        }
        // A road's own reading is never an anchor (it is wide), so its others are all anchors.
        let anchors = results.compactMap { Self.evidence($0).anchor }
        return results.map { Self.placedOnRoad($0, near: anchors) }
    }

    /// The anchors and countries of a pass's readings, grouped by the folded name they come
    /// from, so that each name's context (everything the *other* names say) is made once.
    private struct Evidence {
        private var anchors: [Coordinate] = []
        private var anchorKeys: [Set<String>] = []
        private var countryKeys: [String: Set<String>] = [:]
        /// Every anchor, each owned by the one name it comes from (−1 when several).
        private let index: AnchorIndex
        private let owner: [String: Int32]

        init(keys: [String], results: [PlaceResolution]) {
            var slot: [Coordinate: Int] = [:]
            for (key, result) in zip(keys, results) {
                let item = Gazetteer.evidence(result)
                if let anchor = item.anchor {
                    if let known = slot[anchor] {
                        anchorKeys[known].insert(key)
                    } else {
                        slot[anchor] = anchors.count
                        anchors.append(anchor)
                        anchorKeys.append([key])
                    }
                }
                if let country = item.country { countryKeys[country, default: []].insert(key) }
            }
            var owner: [String: Int32] = [:]
            for key in keys where owner[key] == nil { owner[key] = Int32(owner.count) }
            self.owner = owner
            index = AnchorIndex(anchors, owners: anchorKeys.map { $0.count == 1 ? owner[$0.first!]! : -1 })
        }

        /// What the names other than `key` say: their anchors (indexed) and countries.
        func context(excluding key: String) -> PlaceContext {
            var context = PlaceContext(
                anchors: zip(anchors, anchorKeys).compactMap { $1 == [key] ? nil : $0 },
                countries: Set(countryKeys.compactMap { $1 == [key] ? nil : $0 }))
            context.anchorIndex = index.excluding(owner: owner[key] ?? -3)
            return context
        }
    }

    /// A road is a line: placed where it passes nearest the scenario's other places (the
    /// "E95" of a story about Pskov is near Pskov, not at the road's middle in Belarus). A
    /// road more than 300 km from all of them, or with nothing to place it by, is doubtful
    /// when it is longer than 400 km.
    static func placedOnRoad(_ result: PlaceResolution, near anchors: [Coordinate]) -> PlaceResolution {
        guard result.verdict != .refused, var match = result.match, match.place.kind == .road,
              let line = match.place.area, line.count >= 2 else { return result }
        var moved = result
        var near: Double?
        if let centre = Coordinate.centroid(anchors) {
            var best = (point: match.place.coordinate, distance: Double.infinity)
            for (start, end) in zip(line, line.dropFirst()) {
                for point in Geodesic.wgs84.line(from: start, to: end, maximumSpacing: 10_000) {
                    let distance = Geodesic.wgs84.distance(from: point, to: centre)
                    if distance < best.distance { best = (point, distance) }
                }
            }
            match.place.coordinate = Coordinate(latitude: best.point.latitude, longitude: Coordinate.wrap(best.point.longitude))
            near = anchors.map { Geodesic.wgs84.distance(from: match.place.coordinate, to: $0) }.min()
            moved.match = match
        }
        let length = Polyline(line).lengthMeters
        if length > 400_000, near.map({ $0 > 300_000 }) ?? true {
            moved.reasons.append("a road \(Int(length / 1000)) km long: where on it is not said")
            moved.verdict = .doubtful
            moved.confidence = min(moved.confidence, Gazetteer.sureConfidence - 0.01)
        }
        return moved
    }

    /// What a resolution tells about the scenario: a point near the action (not for the wide
    /// areas, whose representative point says little) and a country.
    public static func evidence(_ resolution: PlaceResolution) -> (anchor: Coordinate?, country: String?) {
        guard resolution.verdict == .sure, let place = resolution.place else { return (nil, nil) }
        let wide = place.kind == .country || place.area != nil && [.region, .sea, .road].contains(place.kind)
        return (wide ? nil : place.coordinate, place.country)
    }

    static func fixedResolution(_ text: String, at coordinate: Coordinate) -> PlaceResolution {
        let place = Place(id: text, name: text, kind: .region, coordinate: coordinate, prominence: 100)
        return PlaceResolution(query: text, match: PlaceMatch(place: place, matched: text, score: 1), confidence: 1,
                               verdict: .sure, reasons: [], candidates: [])
    }
}

extension Gazetteer {
    /// Runs `body` with one memo of lookups for every resolution in it and in the tasks it
    /// starts: a batch of scenarios that name the same places looks each name up once. A
    /// lookup answers the same with or without the memo; it only saves the repeats, and is
    /// dropped when `body` returns.
    public static func sharingLookups<Result: Sendable>(_ body: () async throws -> Result) async rethrows -> Result {
        try await LookupMemo.$current.withValue(LookupMemo.current ?? LookupMemo()) { try await body() }
    }
}
