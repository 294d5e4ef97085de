import Geo

extension Drafter {
    /// Resolves every place name of the reports together, each with its asset's mode.
    func resolveTogether(_ occurrences: inout [Occurrence], registry: AssetRegistry) {
        let mentions = occurrences.map { occurrence -> Gazetteer.Mention in
            var preferred: Set<PlaceKind> = []
            for asset in occurrence.assets {
                switch registry.entries[asset].kind {
                case .ship: preferred.formUnion(PlaceContext.seaKinds)
                case .aircraft: preferred.formUnion(PlaceContext.airfieldKinds)
                case .convoy: break
                }
            }
            // A kind word in the name ("Canary Islands", "Bering Strait") outweighs the mode.
            let written = occurrence.lookup.lowercased().split(separator: " ").last.map(String.init) ?? ""
            if preferred.isEmpty || !occurrence.mention.preferred.isEmpty || Lexicon.placeKindWords.contains(written) {
                preferred = occurrence.mention.preferred
            }
            return Gazetteer.Mention(text: occurrence.lookup, kinds: occurrence.mention.kinds, preferred: preferred)
        }
        // A long report names the same places again and again: each distinct mention is
        // resolved once (the others' evidence is the same set of places either way).
        var distinct: [Gazetteer.Mention] = []
        var slot: [Gazetteer.Mention: Int] = [:]
        let slots = mentions.map { mention -> Int in
            if let known = slot[mention] { return known }
            slot[mention] = distinct.count
            distinct.append(mention)
            return distinct.count - 1
        }
        let found = gazetteer.resolve(mentions: distinct)
        for index in occurrences.indices {
            var resolution = found[slots[index]]
            // Reports are edited text: a name read only as a misspelling, or only through a
            // code ("CIT" as an airport's IATA code), is not a place the draft puts down.
            if let match = resolution.match, resolution.verdict != .refused {
                // In a report, capitals alone ("CIT") are more often an organisation than an airport.
                let isCode = match.how == .code && match.place.kind != .country && occurrences[index].mention.preferred.isEmpty
                if match.how == .typo || match.score < 0.95 || isCode {
                    resolution.verdict = .refused
                    resolution.reasons.append(isCode ? "read only as a code" : "read only as a misspelling of '\(match.matched)'")
                }
            }
            occurrences[index].resolution = resolution
        }
    }

    /// A reading the draft uses: sure, or doubtful only because an ocean or a long road is
    /// large (which one it is, is sure).
    static func accepted(_ resolution: PlaceResolution?, farAllowed: Bool = false) -> Place? {
        guard let resolution, let place = resolution.place else { return nil }
        if resolution.verdict == .sure { return place }
        return resolution.verdict == .doubtful && (resolution.match?.score ?? 0) >= 0.95
            && resolution.reasons.allSatisfy { isAcceptedDoubt($0, farAllowed: farAllowed) } ? place : nil
    }

    /// Doubts a draft lives with: an ocean is large, a long road has no one point; and a
    /// well-known place named exactly may lie far from the rest of the story (said in a
    /// comment beside the line).
    static func isAcceptedDoubt(_ reason: String, farAllowed: Bool) -> Bool {
        reason.contains("only indicative") || reason.contains("where on it is not said")
            || farAllowed && reason.contains("from the scenario's other places")
    }

    /// "Moscow said", "which Washington criticized": a well-known city (prominence 60 and more,
    /// read surely) just before a verb of statement stands for its government, and the place
    /// where the statement was made is a marker of the story.
    func isVoiceOfCapital(_ occurrence: Occurrence, _ works: [ReportWork]) -> Bool {
        guard let resolution = occurrence.resolution, resolution.verdict == .sure,
              let place = resolution.place, place.kind == .city, place.prominence >= 60 else { return false }
        let tokens = works[occurrence.report].text.sentences[occurrence.sentence].tokens
        let next = occurrence.mention.last + 1
        return next < tokens.count && Lexicon.statementVerbs.contains(tokens[next].lower)
    }

    /// May this mention's reading lie far from the report's other places? When it is named
    /// exactly, is of the kind its words ask for, and is well known (a flight's airfield a
    /// little less so: flights are long).
    func farAllowed(_ occurrence: Occurrence, registry: AssetRegistry) -> Bool {
        guard let match = occurrence.resolution?.match, match.how == .exact || match.how == .variant else { return false }
        let preferred = occurrence.mention.preferred
        if !preferred.isEmpty, !preferred.contains(match.place.kind) { return false }
        let flight = occurrence.assets.contains { registry.entries[$0].kind == .aircraft }
        return match.place.prominence >= (flight ? 50 : 60)
    }

    /// The doubts worth a comment beside the line ("4,100 km from the report's other places");
    /// an ocean's size goes without saying.
    static func doubts(_ resolution: PlaceResolution) -> [String] {
        guard resolution.verdict == .doubtful else { return [] }
        return resolution.reasons.filter { $0.contains("from the scenario's other places") }
            .map { $0.replacingOccurrences(of: "the scenario's other places", with: "the report's other places") }
    }

    /// "Vladivostok, Russia", "Darwin in Australia's Northern Territory": a country or region
    /// after a place inside it qualifies that place; it is no stop of its own.
    func markQualifiers(_ occurrences: inout [Occurrence]) {
        for index in occurrences.indices.dropFirst() {
            guard let place = Self.accepted(occurrences[index].resolution), place.kind == .country || place.kind == .region else { continue }
            var previous = index - 1
            while previous >= 0, occurrences[previous].mention.isPossessive, occurrences[previous].sentence == occurrences[index].sentence { previous -= 1 }
            guard previous >= 0, occurrences[previous].report == occurrences[index].report,
                  occurrences[previous].mention.last + 3 >= occurrences[index].mention.first || occurrences[index - 1].mention.isPossessive,
                  occurrences[previous].sentence == occurrences[index].sentence,
                  let before = Self.accepted(occurrences[previous].resolution) else { continue }
            let sameCountry = before.country != nil && before.country == place.country
            let near = place.kind == .region && Geodesic.wgs84.distance(from: before.coordinate, to: place.coordinate) < 1_000_000
            if sameCountry || near {
                occurrences[index].isQualifier = true
                occurrences[index].assets = []
                occurrences[index].role = nil
            }
        }
    }
}
