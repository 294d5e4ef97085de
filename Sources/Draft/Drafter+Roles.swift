import Geo

extension Drafter {
    static let cues = Lexicon.cues.sorted { $0.words.count > $1.words.count }
    static let listWords: Set<String> = [",", "and", "or", "the", "then", "a", "&"]
    /// Words that open an aside after a comma ("…, a gateway to the Pacific").
    static let asideStarts: Set<String> = ["a", "an", "which", "that", "who", "whose", "where", "one", "home", "its", "the"]
    static let conditional: Set<String> = ["would", "if", "hypothetical", "example"]
    static let plannedBefore: Set<String> = [
        "will", "expected", "scheduled", "due", "plans", "planned", "probably", "could", "may", "might", "likely",
        "believed", "possibly", "intends", "intended", "aims", "set to", "is to", "are to",
    ]

    /// Gives each place its role ("left X": from), the assets it belongs to (the nearest
    /// asset phrase before it, with those joined to it by "and"; else, in a sentence about
    /// movement, the assets of the sentence before), its status and its time.
    func assignRoles(_ occurrences: inout [Occurrence], works: [ReportWork], registry: AssetRegistry) {
        var current: [Int] = []
        var start = 0
        var lastReport = -1
        // Sentences without place names still move the subject on.
        while start < occurrences.count {
            let report = occurrences[start].report, sentenceIndex = occurrences[start].sentence
            if report != lastReport { current = []; lastReport = report }
            var end = start
            while end < occurrences.count, occurrences[end].report == report, occurrences[end].sentence == sentenceIndex { end += 1 }
            let work = works[report]
            let tokens = work.text.sentences[sentenceIndex].tokens
            let words = tokens.map(\.lower)
            let assets = work.assets[sentenceIndex].filter { $0.entry != nil }
            let hasMotion = words.contains { Lexicon.motionVerbs.contains($0) }
            let isConditional = words.contains { Self.conditional.contains($0) }
            let assetTokens = Set(assets.flatMap { Array($0.mention.first...$0.mention.last) })
            var used: [Int] = []
            for index in start..<end {
                occurrences[index].isLocative = Self.isLocative(occurrences[index].mention, tokens: tokens,
                                                               earlier: occurrences[start..<index].filter(\.isLocative).map(\.mention))
            }
            for index in start..<end {
                var occurrence = occurrences[index]
                let mention = occurrence.mention
                guard !mention.isPossessive else { continue }
                // The role: a cue before the name, or the role of the name it is listed after.
                var position = mention.first - 1, steps = 0
                var found: (role: Lexicon.Role, planned: Bool, at: Int)?
                scan: while position >= 0, steps < 7 {
                    let isDestinationColon = tokens[position].text == ":" && position > 0 && words[position - 1] == "destination"
                    if [";", ":", "(", ")", "\"", "“", "”", "."].contains(tokens[position].text) && !isDestinationColon || assetTokens.contains(position) { break }
                    if let other = (start..<index).last(where: { occurrences[$0].mention.last == position }) {
                        let gap = tokens[(occurrences[other].mention.last + 1)..<mention.first].map(\.lower)
                        if let role = occurrences[other].role, !gap.isEmpty, gap.allSatisfy({ Self.listWords.contains($0) }) {
                            found = (role, occurrences[other].planned, position)
                            break scan
                        }
                        position = occurrences[other].mention.first - 1
                        steps += 1
                        continue
                    }
                    for cue in Self.cues where position - cue.words.count + 1 >= 0 {
                        if Array(words[(position - cue.words.count + 1)...position]) == cue.words {
                            found = (cue.role, cue.planned, position - cue.words.count + 1)
                            break scan
                        }
                    }
                    position -= 1
                    steps += 1
                }
                if found == nil, mention.kinds == [.road] {
                    var before = mention.first - 1
                    if before >= 0, words[before] == "the" { before -= 1 }
                    if before >= 0, ["on", "along"].contains(words[before]) { found = (.at, false, before) }
                }
                guard let role = found else { continue }
                let cueWord = words[role.at]
                // The verb of movement the cue hangs on: the last one before it.
                let verb = words[0..<role.at].lastIndex { Lexicon.motionVerbs.contains($0) }
                if (role.role == .at || ["to", "for", "from", "into"].contains(cueWord)) && !hasMotion { continue }
                // "ambassador to Lebanon", "flights to X are banned": a bare "to" or "for" belongs
                // to a movement only after a verb of movement.
                if ["to", "for", "into", "towards", "toward"].contains(cueWord) {
                    // …and not across an aside: "sent X through the strait, a gateway to the Pacific".
                    guard let verb else { continue }
                    let aside = (verb..<role.at).contains { at in
                        at + 1 < role.at && tokens[at].text == "," && Self.asideStarts.contains(words[at + 1])
                    }
                    if aside { continue }
                }
                // "…to transport weapons from Syria": the cargo's origin, not a stop of the ship.
                if let verb, (verb..<role.at).contains(where: { $0 + 1 < role.at && words[$0] == "to" && Lexicon.cargoVerbs.contains(words[$0 + 1]) }) {
                    continue
                }
                // Its assets.
                var subjects: [Int] = []
                let before = assets.filter { $0.mention.last < mention.first }
                if let nearest = before.last {
                    subjects = [nearest.entry!]
                    var right = nearest.mention.first
                    for previous in before.dropLast().reversed() {
                        guard previous.mention.last < right else { break }
                        let gap = tokens[(previous.mention.last + 1)..<right].map(\.lower)
                        guard gap.contains("and"), gap.count <= 4 else { break }
                        subjects.insert(previous.entry!, at: 0)
                        right = previous.mention.first
                    }
                } else if role.role != .at, let after = assets.first {
                    subjects = [after.entry!]
                } else if role.role != .at, !isConditional, hasMotion {
                    // "…with equipment being returned to Russia": something else is moved.
                    let passive = verb.map { $0 > 0 && !words[$0].hasSuffix("ing")
                        && ["being", "been", "be", "is", "are", "was", "were"].contains(words[$0 - 1]) } ?? false
                    subjects = passive ? [] : current
                }
                guard !subjects.isEmpty else { continue }
                occurrence.role = role.role
                occurrence.planned = role.planned
                occurrence.assets = Array(Set(subjects)).sorted()
                // Status: an intention, then what was seen, then what was said.
                let earlier = words[0..<mention.first]
                // "is sailing to Y", "continue to move to Y": on the way, not there yet.
                let governing = Lexicon.motionVerbs.contains(words[role.at]) ? role.at
                    : role.at > 0 && Lexicon.motionVerbs.contains(words[role.at - 1]) ? role.at - 1 : nil
                let underway = role.role == .to && governing.map { words[$0].hasSuffix("ing") || $0 >= 2 && words[$0 - 1] == "to"
                    && ["continue", "continues", "continued", "continuing"].contains(words[$0 - 2]) } == true
                if role.planned || underway || earlier.contains(where: { Self.plannedBefore.contains($0) }) {
                    occurrence.status = "planned"
                } else if words.contains(where: { Lexicon.observed.contains($0) }) {
                    occurrence.status = "observed"
                } else {
                    occurrence.status = "reported"
                }
                occurrence.time = time(for: mention, role: role.role, planned: occurrence.status == "planned",
                                       in: work.times[sentenceIndex], tokens: tokens)
                occurrences[index] = occurrence
                used = occurrence.assets
            }
            if !used.isEmpty { current = used } else if let last = assets.last?.entry { current = [last] }
            start = end
        }
    }

    /// Is the name written as a place? A word of place before it (skipping "the" and
    /// direction words: "in the eastern Mediterranean"), a kind word in or around it, or
    /// a list that began with such a name ("the ports of Odesa, Chornomorsk and Pivdennyi").
    /// "the Kaga", "called Mosi", "according to CIT" are not.
    static func isLocative(_ mention: PlaceMention, tokens: [ReportText.Token], earlier: [PlaceMention]) -> Bool {
        if !mention.preferred.isEmpty || mention.kinds != nil { return true }
        let words = mention.text.lowercased().split(separator: " ").map(String.init)
        if let last = words.last, Lexicon.placeKindWords.contains(last) { return true }
        if let first = words.first, ["cape", "gulf", "sea", "port", "mount", "lake", "strait", "bay", "isle", "isla"].contains(first) { return true }
        var position = mention.first - 1
        while position >= 0, Lexicon.placeModifiers.contains(tokens[position].lower)
                || tokens[position].isWord && !tokens[position].isCapitalized && tokens[position].text.contains("-") {
            position -= 1
        }
        guard position >= 0 else { return false }
        let word = tokens[position].lower
        if Lexicon.placeWords.contains(word) {
            return !(word == "to" && position > 0 && ["according", "thanks", "due", "owing", "told", "said"].contains(tokens[position - 1].lower))
        }
        if let previous = earlier.last, previous.last < mention.first {
            let gap = tokens[(previous.last + 1)..<mention.first].map(\.lower)
            return !gap.isEmpty && gap.allSatisfy { listWords.contains($0) }
        }
        return false
    }

    /// The time expression of the mention's clause nearest to it; a planned destination
    /// takes only one written after it ("expected to reach Y in four days").
    func time(for mention: PlaceMention, role: Lexicon.Role, planned: Bool, in found: [TimeExpressions.Found],
              tokens: [ReportText.Token]) -> DraftTime? {
        func clause(_ index: Int) -> Int { tokens[0..<min(index, tokens.count)].filter { $0.text == ";" }.count }
        let here = clause(mention.first)
        var best: (distance: Int, time: DraftTime)?
        for expression in found where clause(expression.first) == here {
            if role == .to, planned, expression.first < mention.first { continue }
            let distance = expression.first > mention.last ? expression.first - mention.last : mention.first - expression.last
            if best == nil || distance < best!.distance { best = (distance, expression.time) }
        }
        return best?.time
    }

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
