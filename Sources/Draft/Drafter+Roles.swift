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
            let sentence = roleSentence(from: start, occurrences, works: works)
            if occurrences[start].report != lastReport { current = []; lastReport = occurrences[start].report }
            markLocatives(&occurrences, in: sentence)
            var used: [Int] = []
            for index in sentence.range {
                guard let occurrence = withRole(index, in: sentence, occurrences, current: current) else { continue }
                occurrences[index] = occurrence
                used = occurrence.assets
            }
            if !used.isEmpty { current = used } else if let last = sentence.assets.last?.entry { current = [last] }
            start = sentence.range.upperBound
        }
    }

    /// The sentence whose occurrences begin at `start`, with what the roles are read from.
    private func roleSentence(from start: Int, _ occurrences: [Occurrence], works: [ReportWork]) -> RoleSentence {
        let report = occurrences[start].report, sentenceIndex = occurrences[start].sentence
        var end = start
        while end < occurrences.count, occurrences[end].report == report, occurrences[end].sentence == sentenceIndex { end += 1 }
        let work = works[report]
        let tokens = work.text.sentences[sentenceIndex].tokens
        let words = tokens.map(\.lower)
        let assets = work.assets[sentenceIndex].filter { $0.entry != nil }
        return RoleSentence(range: start..<end, tokens: tokens, words: words, assets: assets,
                            assetTokens: Set(assets.flatMap { Array($0.mention.first...$0.mention.last) }),
                            times: work.times[sentenceIndex],
                            hasMotion: words.contains { Lexicon.motionVerbs.contains($0) },
                            isConditional: words.contains { Self.conditional.contains($0) })
    }

    /// Marks each of the sentence's occurrences written as a place (see ``isLocative(_:tokens:earlier:)``).
    private func markLocatives(_ occurrences: inout [Occurrence], in sentence: RoleSentence) {
        let start = sentence.range.lowerBound
        for index in sentence.range {
            occurrences[index].isLocative = Self.isLocative(occurrences[index].mention, tokens: sentence.tokens,
                                                           earlier: occurrences[start..<index].filter(\.isLocative).map(\.mention))
        }
    }

    /// The occurrence at `index` with its role, assets, status and time; nil when it takes no
    /// role (a possessive, no cue, a cue that is not about a movement, or no asset to move).
    private func withRole(_ index: Int, in sentence: RoleSentence, _ occurrences: [Occurrence], current: [Int]) -> Occurrence? {
        var occurrence = occurrences[index]
        let mention = occurrence.mention
        guard !mention.isPossessive, let cue = cue(before: index, in: sentence, occurrences) else { return nil }
        // The verb of movement the cue hangs on: the last one before it.
        let verb = sentence.words[0..<cue.at].lastIndex { Lexicon.motionVerbs.contains($0) }
        guard isMovementCue(cue, verb: verb, in: sentence) else { return nil }
        let subjects = subjects(of: mention, cue: cue, verb: verb, in: sentence, current: current)
        guard !subjects.isEmpty else { return nil }
        occurrence.role = cue.role
        occurrence.planned = cue.planned
        occurrence.assets = Array(Set(subjects)).sorted()
        occurrence.status = status(of: mention, cue: cue, in: sentence)
        occurrence.time = time(for: mention, role: cue.role, planned: occurrence.status == "planned",
                               in: sentence.times, tokens: sentence.tokens)
        return occurrence
    }

    /// The cue that gives the occurrence at `index` its role: a cue among the seven words or
    /// names before it, or the role of the name it is listed after ("from X and Y"); for a
    /// road, "on" or "along" before it. The look back stops at a punctuation mark or an asset.
    private func cue(before index: Int, in sentence: RoleSentence, _ occurrences: [Occurrence]) -> RoleCue? {
        let tokens = sentence.tokens, words = sentence.words, mention = occurrences[index].mention
        var position = mention.first - 1, steps = 0
        while position >= 0, steps < 7 {
            let isDestinationColon = tokens[position].text == ":" && position > 0 && words[position - 1] == "destination"
            if [";", ":", "(", ")", "\"", "“", "”", "."].contains(tokens[position].text) && !isDestinationColon || sentence.assetTokens.contains(position) { break }
            if let other = (sentence.range.lowerBound..<index).last(where: { occurrences[$0].mention.last == position }) {
                let gap = tokens[(occurrences[other].mention.last + 1)..<mention.first].map(\.lower)
                if let role = occurrences[other].role, !gap.isEmpty, gap.allSatisfy({ Self.listWords.contains($0) }) {
                    return RoleCue(role: role, planned: occurrences[other].planned, at: position)
                }
                position = occurrences[other].mention.first - 1
                steps += 1
                continue
            }
            for cue in Self.cues where position - cue.words.count + 1 >= 0 {
                if Array(words[(position - cue.words.count + 1)...position]) == cue.words {
                    return RoleCue(role: cue.role, planned: cue.planned, at: position - cue.words.count + 1)
                }
            }
            position -= 1
            steps += 1
        }
        guard mention.kinds == [.road] else { return nil }
        var before = mention.first - 1
        if before >= 0, words[before] == "the" { before -= 1 }
        return before >= 0 && ["on", "along"].contains(words[before]) ? RoleCue(role: .at, planned: false, at: before) : nil
    }

    /// Whether the cue speaks of the asset's movement: in a sentence with a verb of movement,
    /// a bare "to" or "for" only after that verb and not across an aside, and never the
    /// origin of a cargo ("…to transport weapons from Syria").
    private func isMovementCue(_ cue: RoleCue, verb: Int?, in sentence: RoleSentence) -> Bool {
        let words = sentence.words, cueWord = words[cue.at]
        if (cue.role == .at || ["to", "for", "from", "into"].contains(cueWord)) && !sentence.hasMotion { return false }
        // "ambassador to Lebanon", "flights to X are banned": a bare "to" or "for" belongs
        // to a movement only after a verb of movement.
        if ["to", "for", "into", "towards", "toward"].contains(cueWord) {
            // …and not across an aside: "sent X through the strait, a gateway to the Pacific".
            guard let verb else { return false }
            let aside = (verb..<cue.at).contains { at in
                at + 1 < cue.at && sentence.tokens[at].text == "," && Self.asideStarts.contains(words[at + 1])
            }
            if aside { return false }
        }
        // "…to transport weapons from Syria": the cargo's origin, not a stop of the ship.
        if let verb, (verb..<cue.at).contains(where: { $0 + 1 < cue.at && words[$0] == "to" && Lexicon.cargoVerbs.contains(words[$0 + 1]) }) {
            return false
        }
        return true
    }

    /// The assets a place belongs to: the nearest asset phrase before it, with those joined to
    /// it by "and"; else, for a place moved to, from or through, the first asset after it, or
    /// in a sentence about a real movement the assets of the sentence before (`current`).
    private func subjects(of mention: PlaceMention, cue: RoleCue, verb: Int?, in sentence: RoleSentence, current: [Int]) -> [Int] {
        let before = sentence.assets.filter { $0.mention.last < mention.first }
        if let nearest = before.last {
            var subjects = [nearest.entry!]
            var right = nearest.mention.first
            for previous in before.dropLast().reversed() {
                guard previous.mention.last < right else { break }
                let gap = sentence.tokens[(previous.mention.last + 1)..<right].map(\.lower)
                guard gap.contains("and"), gap.count <= 4 else { break }
                subjects.insert(previous.entry!, at: 0)
                right = previous.mention.first
            }
            return subjects
        }
        if cue.role != .at, let after = sentence.assets.first { return [after.entry!] }
        guard cue.role != .at, !sentence.isConditional, sentence.hasMotion else { return [] }
        // "…with equipment being returned to Russia": something else is moved.
        let words = sentence.words
        let passive = verb.map { $0 > 0 && !words[$0].hasSuffix("ing")
            && ["being", "been", "be", "is", "are", "was", "were"].contains(words[$0 - 1]) } ?? false
        return passive ? [] : current
    }

    /// The status of a place given a role by `cue`: an intention, then what was seen, then
    /// what was said — "planned", "observed" or "reported".
    private func status(of mention: PlaceMention, cue: RoleCue, in sentence: RoleSentence) -> String {
        let words = sentence.words
        let earlier = words[0..<mention.first]
        // "is sailing to Y", "continue to move to Y": on the way, not there yet.
        let governing = Lexicon.motionVerbs.contains(words[cue.at]) ? cue.at
            : cue.at > 0 && Lexicon.motionVerbs.contains(words[cue.at - 1]) ? cue.at - 1 : nil
        let underway = cue.role == .to && governing.map { words[$0].hasSuffix("ing") || $0 >= 2 && words[$0 - 1] == "to"
            && ["continue", "continues", "continued", "continuing"].contains(words[$0 - 2]) } == true
        if cue.planned || underway || earlier.contains(where: { Self.plannedBefore.contains($0) }) { return "planned" }
        if words.contains(where: { Lexicon.observed.contains($0) }) { return "observed" }
        return "reported"
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
}

/// One sentence's occurrences and what their roles are read from: its words, its assets that
/// have a registry entry, and whether it speaks of movement or of a hypothesis.
private struct RoleSentence {
    /// The sentence's occurrences: `occurrences[range]`.
    var range: Range<Int>
    var tokens: [ReportText.Token]
    /// The tokens, lowercased.
    var words: [String]
    var assets: [(mention: AssetMention, entry: Int?)]
    /// The token indices the assets cover.
    var assetTokens: Set<Int>
    var times: [TimeExpressions.Found]
    /// A verb of movement is in the sentence.
    var hasMotion: Bool
    /// The sentence speaks of a hypothesis ("would", "if").
    var isConditional: Bool
}

/// The words that give a place its role: the role, whether they say an intention ("bound
/// for"), and the index of their first word (or of the listed name whose role is taken).
private struct RoleCue {
    var role: Lexicon.Role
    var planned: Bool
    var at: Int
}
