import Geo

/// Finds the names of a sentence that may be places: runs of capitalised words (with "of",
/// "de", "al-" inside), road numbers ("E95", "M-1") and numbered bases ("Air Base 101") —
/// leaving out sentence-initial common words, demonyms on their own ("Russian ships"),
/// attributes ("Hawaii-based", "Gabon-flagged"), names of organisations and units
/// ("Black Sea Fleet", "Joint Coordination Centre") and people (after a title, or before
/// "said"). Area phrases on a demonym ("Estonian airspace", "Lithuanian border") are kept.
struct PlaceMentionFinder {
    let demonym: (String) -> String?

    static let connectors: Set<String> = ["of", "de", "del", "da", "al", "el", "la", "le", "upon", "on", "sur", "am", "an", "der"]
    static let roadWords: Set<String> = ["highway", "highways", "road", "roads", "route", "motorway", "expressway", "beltway"]
    static let areaNouns: Set<String> = ["airspace", "waters", "soil", "border", "borders", "coast", "coasts", "coastline", "territory", "frontier", "skies", "shores"]

    func mentions(in sentence: ReportText.Sentence, index: Int, assetTokens: Set<Int>) -> [PlaceMention] {
        let tokens = sentence.tokens
        var found: [PlaceMention] = []
        var position = 0
        while position < tokens.count {
            guard isNameStart(tokens, position, assetTokens: assetTokens) else { position += 1; continue }
            var end = position
            while end + 1 < tokens.count {
                let next = tokens[end + 1]
                if assetTokens.contains(end + 1) { break }
                if isNameWord(next) && !isAttribute(next) && !endsPossessive(tokens[end]) { end += 1; continue }
                // "St. Petersburg", "Mt. Hermon", "Ft. Bragg".
                if next.text == ".", ["st", "mt", "ft", "pt"].contains(tokens[end].lower), end + 2 < tokens.count,
                   isNameWord(tokens[end + 2]), !assetTokens.contains(end + 2) {
                    end += 2; continue
                }
                if next.isWord, Int(next.text) != nil, ["base", "station"].contains(tokens[end].lower) { end += 1; continue }
                if Self.connectors.contains(next.lower), end + 2 < tokens.count, isNameWord(tokens[end + 2]),
                   !endsPossessive(tokens[end]), !assetTokens.contains(end + 2) {
                    end += 2; continue
                }
                break
            }
            // Sentence-initial and common capitalised words are not part of the name.
            var start = position
            while start <= end, Lexicon.commonCapitalised.contains(stripPossessive(tokens[start].lower)) || Lexicon.notNames.contains(tokens[start].lower) {
                start += 1
            }
            if start <= end, let mention = mention(tokens, start, end, sentence: index) { found.append(mention) }
            position = end + 1
        }
        return found + roads(tokens, sentence: index, taken: Set(found.flatMap { Array($0.first...$0.last) }))
            + homes(tokens, sentence: index, assetTokens: assetTokens)
    }

    /// Home bases: "the Plymouth-based frigate", "Hawaii-based Marines" name where an asset
    /// is based — a place of the report, though no stop of a movement.
    private func homes(_ tokens: [ReportText.Token], sentence: Int, assetTokens: Set<Int>) -> [PlaceMention] {
        var found: [PlaceMention] = []
        for (index, token) in tokens.enumerated() where token.isCapitalized && !assetTokens.contains(index) {
            guard let suffix = ["-based", "-headquartered"].first(where: { token.lower.hasSuffix($0) }) else { continue }
            let stem = String(token.text.dropLast(suffix.count))
            guard !stem.isEmpty, demonym(stem) == nil else { continue }
            found.append(PlaceMention(sentence: sentence, first: index, last: index, text: stem, kinds: nil,
                                      preferred: [.navalBase, .airBase, .port, .city, .region, .island], isPossessive: false))
        }
        return found
    }

    private func endsPossessive(_ token: ReportText.Token) -> Bool {
        token.lower.hasSuffix("'s") || token.lower.hasSuffix("s'") && token.isCapitalized && demonym(token.text) == nil
    }

    private func stripPossessive(_ text: String) -> String {
        text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text
    }

    private func isAttribute(_ token: ReportText.Token) -> Bool {
        Lexicon.attributiveSuffixes.contains { token.lower.hasSuffix($0) }
    }

    private func isNameWord(_ token: ReportText.Token) -> Bool {
        guard token.isWord, token.isCapitalized else { return false }
        return !Lexicon.notNames.contains(token.lower)
    }

    private func isNameStart(_ tokens: [ReportText.Token], _ position: Int, assetTokens: Set<Int>) -> Bool {
        let token = tokens[position]
        guard isNameWord(token), !isAttribute(token), !assetTokens.contains(position) else { return false }
        return true
    }

    /// The mention of `first...last`, or `nil` when the words name a person, an
    /// organisation or a nationality rather than a place.
    private func mention(_ tokens: [ReportText.Token], _ first: Int, _ last: Int, sentence: Int) -> PlaceMention? {
        let words = tokens[first...last].map { stripPossessive($0.lower) }
        let hasFacility = words.contains { Lexicon.facilityHeads.contains($0) }
        if !hasFacility, words.contains(where: { Lexicon.organisationWords.contains($0) }) { return nil }
        // People: after a title, or directly before "said"/"says"/"told".
        let before = first > 0 ? tokens[first - 1].lower.trimmingCharacters(in: ["."]) : ""
        if Lexicon.personTitles.contains(before) { return nil }
        if last + 1 < tokens.count, ["said", "says", "told", "added", "wrote", "called", "published"].contains(tokens[last + 1].lower),
           words.count >= 2 || tokens[last].lower.hasSuffix("'s") == false && demonym(tokens[last].text) == nil && first > 0 && tokens[first - 1].isCapitalized {
            return nil
        }
        // "Channel 4", "Group 7": a name numbered like that is a channel or a unit ("Air Base 101" is kept above).
        if last + 1 < tokens.count, Int(tokens[last + 1].text) != nil, !["base", "station"].contains(tokens[last].lower) { return nil }
        // "UK forces": an abbreviation used as an attribute.
        if first == last, tokens[first].text.count <= 4, tokens[first].text == tokens[first].text.uppercased(), last + 1 < tokens.count,
           tokens[last + 1].text.first?.isLowercase == true, !Self.areaNouns.contains(tokens[last + 1].lower) {
            return nil
        }
        var possessive = tokens[last].lower.hasSuffix("'s") || tokens[last].lower.hasSuffix("’s")
        // "Okinawa's main island", "Hokkaido's coast": the place itself, not an owner.
        var ownLand = 0
        if possessive, last + 1 < tokens.count {
            let after = tokens[(last + 1)..<min(tokens.count, last + 3)].map(\.lower)
            if after.first == "island" || after.first == "coast" || after.first == "coastline" { ownLand = 1 }
            if after.count == 2, after[0] == "main", after[1] == "island" { ownLand = 2 }
            if ownLand > 0 { possessive = false }
        }
        var text = (first...last).map { index -> String in
            let word = tokens[index].text
            return index == last && (possessive || ownLand > 0) ? String(word.dropLast(2)) : word
        }.joined(separator: " ").replacingOccurrences(of: " . ", with: ". ")
        var kinds: Set<PlaceKind>?
        var preferred: Set<PlaceKind> = []
        var extendedLast = last + ownLand
        // A demonym on its own is not a place; with an area noun it is its country's area.
        if first == last, demonym(text) != nil, !possessive {
            var next = last + 1
            if next < tokens.count, ["territorial", "east", "west", "north", "south", "eastern", "western", "northern", "southern"].contains(tokens[next].lower) { next += 1 }
            guard next < tokens.count, Self.areaNouns.contains(tokens[next].lower) else { return nil }
            text += " " + tokens[next].text
            extendedLast = next
            kinds = [.country]
        }
        // Kind words around the name.
        let lowerBefore = (max(0, first - 3)..<first).map { tokens[$0].lower }
        if lowerBefore.suffix(2) == ["port", "of"] || lowerBefore.suffix(3) == ["port", "city", "of"] || lowerBefore.last == "port" && first >= 1 {
            preferred = lowerBefore.suffix(3) == ["port", "city", "of"] ? [.port, .city, .navalBase] : [.port, .navalBase]
        } else if lowerBefore.suffix(2) == ["town", "of"] || lowerBefore.suffix(2) == ["city", "of"] {
            preferred = [.city]
        } else if lowerBefore.last == "airport" || lowerBefore.last == "airfield" || lowerBefore.suffix(2) == ["air", "base"] {
            preferred = [.airport, .airBase]
        }
        if ownLand > 0 { preferred = [.island, .region, .city] }
        if last + 1 < tokens.count, !possessive, ownLand == 0, kinds == nil {
            switch tokens[last + 1].lower {
            case "port", "harbour", "harbor", "seaport": preferred = [.port, .navalBase]; extendedLast = last + 1
            case "airport", "airfield": preferred = [.airport, .airBase]; extendedLast = last + 1
            // "the Norfolk coast": a stretch of land, not a base or a town of that name.
            case "coast", "coastline", "shore", "shores": preferred = [.region, .island, .peninsula, .country]
            default: break
            }
        }
        return PlaceMention(sentence: sentence, first: first, last: extendedLast, text: text, kinds: kinds, preferred: preferred,
                            isPossessive: possessive)
    }

    /// Road numbers: "E95", "M1", "M-1" before a road word or after "the".
    private func roads(_ tokens: [ReportText.Token], sentence: Int, taken: Set<Int>) -> [PlaceMention] {
        var found: [PlaceMention] = []
        for (index, token) in tokens.enumerated() where !taken.contains(index) {
            let text = token.text
            guard let letter = text.first, "AEMNPRH".contains(letter), text.count >= 2, text.count <= 5 else { continue }
            let digits = text.dropFirst().drop { $0 == "-" }
            guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else { continue }
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            let afterNext = index + 3 < tokens.count ? tokens[index + 3].lower : ""
            let previous = index > 0 ? tokens[index - 1].lower : ""
            guard Self.roadWords.contains(next) || next == "and" && Self.roadWords.contains(afterNext) || previous == "the" && !(index + 1 < tokens.count && tokens[index + 1].isCapitalized) else { continue }
            found.append(PlaceMention(sentence: sentence, first: index, last: index, text: text, kinds: [.road], isPossessive: false))
        }
        return found
    }
}
