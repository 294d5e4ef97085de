import Geo

/// Drafts a scenario from reports: who moved, from where, through where, to where, when,
/// and how the report knows — each sighting with the sentence it comes from.
///
/// The steps, per report: cut the text into sentences (`ReportText`); find the time
/// expressions (`TimeExpressions`), the assets (`AssetMentionFinder`) and the place
/// names (`PlaceMentionFinder`); give each place its role from the words before it
/// ("left X", "bound for Y", "through Z"); then resolve every place of all the reports
/// together with the gazetteer, as a scenario's places are, so the same confidence rules
/// decide them. A place that is not sure is never guessed: it becomes a comment.
public struct Drafter: Sendable {
    /// The gazetteer every place name is resolved with.
    public let gazetteer: Gazetteer

    /// A drafter that places names with `gazetteer`.
    public init(gazetteer: Gazetteer) { self.gazetteer = gazetteer }

    /// Lookups the draft repeats (every tail of every name, how each place reads back),
    /// each made once per draft.
    struct Readings {
        private var known: [String: [PlaceContext: PlaceResolution]] = [:]

        /// `gazetteer.resolve(text, context:)`, remembered.
        mutating func resolve(_ text: String, context: PlaceContext, in gazetteer: Gazetteer) -> PlaceResolution {
            if let found = known[text]?[context] { return found }
            let found = gazetteer.resolve(text, context: context)
            known[text, default: [:]][context] = found
            return found
        }
    }

    /// One place name in its context.
    struct Occurrence {
        var report: Int
        var sentence: Int
        var mention: PlaceMention
        var lookup: String
        var role: Lexicon.Role?
        var planned = false
        var assets: [Int] = []
        var isQualifier = false
        /// Written as a place: after a word of place ("in", "off", "reached"), with a kind
        /// word ("Miyako Strait", "port of X"), or listed after such a name.
        var isLocative = false
        var resolution: PlaceResolution?
        var time: DraftTime?
        var status = "reported"
    }

    struct ReportWork {
        var text: ReportText
        var date: CivilDay?
        var source: String
        /// Asset mentions per sentence, with their registry entries.
        var assets: [[(mention: AssetMention, entry: Int?)]]
        var times: [[TimeExpressions.Found]]
    }

    /// Drafts one scenario from all `reports` together: sources in the order given, assets
    /// merged by name, places resolved together. Never throws: what it cannot settle becomes a
    /// comment or a notice.
    public func draft(_ reports: [DraftReport]) -> DraftScenario {
        var registry = AssetRegistry()
        var works: [ReportWork] = []
        var occurrences: [Occurrence] = []
        var sources: [DraftScenario.Source] = []
        var notices: [String] = []
        var readings = Readings()
        let assetFinder = AssetMentionFinder(demonym: demonym)
        let placeFinder = PlaceMentionFinder(demonym: demonym)
        for (number, report) in reports.enumerated() {
            let text = ReportText(report.text)
            let date = report.date ?? Self.dateline(text)
            if date == nil { notices.append("\(report.sourceName): no report date given or found — relative times ('on Monday', 'last week') are left out; give --date") }
            var sourceID = AssetRegistry.slug(report.sourceName.hasSuffix(".txt") ? String(report.sourceName.dropLast(4)) : report.sourceName)
            if sourceID.isEmpty { sourceID = "report" }
            while sources.contains(where: { $0.id == sourceID }) { sourceID += "-\(number + 1)" }
            sources.append(DraftScenario.Source(id: sourceID, name: report.sourceName, url: report.url))
            let times = TimeExpressions(reportDate: date)
            var mentions = text.sentences.map { assetFinder.mentions(in: $0.tokens) }
            mentions = addBareNames(mentions, text: text)
            var perSentence: [[(mention: AssetMention, entry: Int?)]] = []
            for (index, sentence) in text.sentences.enumerated() {
                var named: [Int] = []
                var resolved: [(mention: AssetMention, entry: Int?)] = []
                for mention in mentions[index] {
                    let phrase = Self.phrase(mention, sentence.tokens)
                    let entry = registry.entry(for: mention, phrase: phrase, namedInSentence: named)
                    if mention.form == .named, let entry { named.append(entry) }
                    resolved.append((mention, entry))
                }
                perSentence.append(resolved)
            }
            let work = ReportWork(text: text, date: date, source: sourceID, assets: perSentence,
                                  times: text.sentences.map { times.find(in: $0.tokens) })
            let names = Set(registry.entries.filter(\.isNamed).flatMap(\.keys))
            let headline = Self.headline(text)
            for (index, sentence) in text.sentences.enumerated() where index != headline {
                let taken = Set(perSentence[index].flatMap { Array($0.mention.first...$0.mention.last) }
                    + work.times[index].flatMap { Array($0.first...$0.last) })
                for mention in placeFinder.mentions(in: sentence, index: index, assetTokens: taken) {
                    let folded = mention.text.lowercased()
                    if names.contains(folded) || names.contains(where: { $0.hasSuffix(" " + folded) && folded.count >= 4 }) { continue }
                    occurrences.append(Occurrence(report: number, sentence: index, mention: mention, lookup: bestSpan(mention, sentence.tokens, readings: &readings)))
                }
            }
            works.append(work)
        }
        assignRoles(&occurrences, works: works, registry: registry)
        resolveTogether(&occurrences, registry: registry)
        markQualifiers(&occurrences)
        return assemble(occurrences, works: works, registry: registry, sources: sources, notices: notices, reports: reports,
                        readings: &readings)
    }

    func demonym(_ word: String) -> String? { gazetteer.demonymCountry(word) }

    /// The words of a generic mention ("Russian air force planes"), for its name.
    static func phrase(_ mention: AssetMention, _ tokens: [ReportText.Token]) -> String {
        if let name = mention.name { return name }
        var words = tokens[mention.first...mention.last].filter(\.isWord).map(\.text)
        while let first = words.first, AssetMentionFinder.definite.contains(first.lowercased()) || AssetMentionFinder.numbers[first.lowercased()] != nil
                || Int(first) != nil { words.removeFirst() }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Later bare mentions of a named asset ("the Razoni", "Grigorovich", "Richmond").
    func addBareNames(_ mentions: [[AssetMention]], text: ReportText) -> [[AssetMention]] {
        var names: [(words: [String], keys: Set<String>, kind: AssetKind?)] = []
        for sentence in mentions {
            for mention in sentence where mention.form == .named && mention.kind == .ship {
                for key in mention.keys {
                    let words = key.split(separator: " ").map(String.init)
                    names.append((words, [key], mention.kind))
                    if words.count >= 2, let last = words.last, last.count >= 5 { names.append(([last], [key], mention.kind)) }
                }
            }
        }
        guard !names.isEmpty else { return mentions }
        var result = mentions
        for (index, sentence) in text.sentences.enumerated() {
            let tokens = sentence.tokens
            var taken = Set(mentions[index].flatMap { Array($0.first...$0.last) })
            var position = 0
            while position < tokens.count {
                var matched = false
                for name in names.sorted(by: { $0.words.count > $1.words.count }) where position + name.words.count <= tokens.count {
                    let span = position..<(position + name.words.count)
                    guard tokens[position].isCapitalized, span.allSatisfy({ !taken.contains($0) }) else { continue }
                    let words = span.map { tokens[$0].lower.hasSuffix("'s") ? String(tokens[$0].lower.dropLast(2)) : tokens[$0].lower }
                    guard words == name.words else { continue }
                    // "Sparta II" is not "Sparta": a name that goes on is another name.
                    if span.upperBound < tokens.count, let next = Optional(tokens[span.upperBound]), next.isWord,
                       next.isCapitalized || Int(next.text) != nil { continue }
                    result[index].append(AssetMention(first: position, last: span.upperBound - 1, form: .named, kind: name.kind,
                                                      name: nil, keys: name.keys, count: nil, descriptors: []))
                    taken.formUnion(span)
                    position = span.upperBound
                    matched = true
                    break
                }
                if !matched { position += 1 }
            }
            result[index].sort { $0.first < $1.first }
        }
        return result
    }

    /// The longest tail of the mention's words that the gazetteer places surely
    /// ("Russian military airport Chkalovsky" → "Chkalovsky"), else the whole.
    func bestSpan(_ mention: PlaceMention, _ tokens: [ReportText.Token], readings: inout Readings) -> String {
        let context = PlaceContext(kinds: mention.kinds, preferred: mention.preferred)
        func good(_ resolution: PlaceResolution) -> Bool { resolution.verdict == .sure && (resolution.match?.score ?? 0) >= 0.95 }
        if good(readings.resolve(mention.text, context: context, in: gazetteer)) { return mention.text }
        let words = mention.text.split(separator: " ").map(String.init)
        guard words.count > 1 else { return mention.text }
        // "Bosphorus Strait" where only "Bosphorus" is known: the kind word said twice.
        if let last = words.last.flatMap({ PlaceKind(parsing: $0.lowercased()) ?? Self.kindWords[$0.lowercased()] }) {
            let head = words.dropLast().joined(separator: " ")
            let reading = readings.resolve(head, context: PlaceContext(kinds: mention.kinds, preferred: [last]), in: gazetteer)
            if good(reading), reading.place?.kind == last { return head }
        }
        for drop in 1..<words.count {
            // A tail that is only kind words ("Island" of "Okushiri Island") names nothing.
            guard words.dropFirst(drop).contains(where: { !Lexicon.placeKindWords.contains($0.lowercased()) }) else { break }
            let tail = words.dropFirst(drop).joined(separator: " ")
            if good(readings.resolve(tail, context: context, in: gazetteer)) { return tail }
        }
        return mention.text
    }

    static let kindWords: [String: PlaceKind] = [
        "strait": .strait, "straits": .strait, "channel": .strait, "sea": .sea, "ocean": .sea, "gulf": .sea,
        "island": .island, "islands": .island, "peninsula": .peninsula, "canal": .canal, "port": .port,
    ]

    /// The index of the headline sentence (a short first line without a full stop), which
    /// names the draft; its words repeat the story, so it gives no sightings of its own.
    static func headline(_ text: ReportText) -> Int? {
        guard let first = text.sentences.first, first.tokens.count <= 24,
              first.tokens.last.map({ ![".", "!", "?"].contains($0.text) }) ?? false,
              !text.text(of: first).contains("\n") else { return nil }
        return 0
    }

    /// A dateline or date on the report's first lines: "December 14, 2024", "14 Dec 2024", "2024-12-14".
    static func dateline(_ text: ReportText) -> CivilDay? {
        let finder = TimeExpressions(reportDate: nil)
        for sentence in text.sentences.prefix(3) {
            if let found = finder.find(in: sentence.tokens).first(where: { $0.time.first == $0.time.last }) { return found.time.first }
        }
        return nil
    }
}
