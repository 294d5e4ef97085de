extension AssetMentionFinder {
    /// An asset phrase read at a position, and the index of the token after it.
    typealias Phrase = (mention: AssetMention, next: Int)

    /// The asset phrase read at `index` (for "the Kiwala tanker", at the name after "the"): the
    /// forms are tried in this order and the first that reads wins — a ship prefix and a name,
    /// a ship word and a name, a name and a ship word, "X-led", "the NAME" in capitals, an
    /// aircraft type, a ground system, a registration, a generic noun, a pronoun.
    func phrase(at index: Int, in tokens: [ReportText.Token]) -> Phrase? {
        if let found = prefixedShip(at: index, tokens) ?? shipWordThenName(at: index, tokens) ?? nameThenShipWord(at: index, tokens) {
            return found
        }
        if let found = ledFormation(at: index, tokens) ?? nameInCapitals(at: index, tokens) ?? aircraft(at: index, tokens) {
            return found
        }
        return groundSystem(at: index, tokens) ?? registeredAircraft(at: index, tokens) ?? generic(at: index, tokens)
            ?? pronoun(at: index, tokens)
    }

    /// A ship prefix and the name after it: "HMS Richmond", "M/V Razoni".
    private func prefixedShip(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        guard Self.shipPrefixes.contains(tokens[index].text), index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        guard isShipName(next) || next.text.allSatisfy({ $0.isUppercase }) && next.isWord else { return nil }
        let end = nameRun(from: index + 1, tokens)
        return (named(tokens, index, end, nameFrom: index + 1, kind: .ship), end + 1)
    }

    /// A ship word and the name after it: "the frigate Admiral Gorshkov", "container ship
    /// JOSEPH SCHULTE", "corvettes RFS Boikiy and Stoikiy".
    private func shipWordThenName(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        guard Self.shipNouns.contains(token.lower), index + 1 < tokens.count else { return nil }
        let nameStart = nameStart(afterShipWord: index, tokens)
        guard nameStart < tokens.count,
              isShipName(tokens[nameStart]) || tokens[nameStart].text.count >= 3 && tokens[nameStart].text.allSatisfy({ $0.isUppercase })
        else { return nil }
        var end = nameRun(from: nameStart, tokens)
        var mention = named(tokens, index, end, nameFrom: nameStart, kind: .ship)
        if token.lower.hasSuffix("s") { end = joinSecondName(&mention, after: end, tokens) }
        mention.descriptors.formUnion(descriptors(before: index, tokens) + [token.lower])
        return (mention, end + 1)
    }

    /// Where the name after the ship word at `index` begins: past a comma and "the" ("a second
    /// landing ship, the Ivan Gren,"), past the comma of a list ("the state's ships, Ivan Gren
    /// and Alexander Otrakovsky"), and past a ship prefix.
    private func nameStart(afterShipWord index: Int, _ tokens: [ReportText.Token]) -> Int {
        let token = tokens[index], next = tokens[index + 1]
        var nameStart = index + 1
        if next.text == ",", index + 3 < tokens.count, tokens[index + 2].lower == "the", isShipName(tokens[index + 3]) {
            nameStart += 2
        } else if next.text == ",", token.lower.hasSuffix("s"), index + 2 < tokens.count, isShipName(tokens[index + 2]),
                  index + 3 < tokens.count, isShipName(tokens[index + 3]) || tokens[index + 3].lower == "and" {
            nameStart += 1
        }
        if Self.shipPrefixes.contains(tokens[nameStart].text) { nameStart += 1 }
        return nameStart
    }

    /// "corvettes RFS Boikiy and Stoikiy": ships named together move together, so a second
    /// name after "and" joins the mention, which then counts two. Returns the mention's last
    /// name token (`end` when there is no second name).
    private func joinSecondName(_ mention: inout AssetMention, after end: Int, _ tokens: [ReportText.Token]) -> Int {
        guard end + 2 < tokens.count, tokens[end + 1].lower == "and", isShipName(tokens[end + 2]) else { return end }
        let second = nameRun(from: end + 2, tokens)
        let other = (end + 2...second).map { tokens[$0].text }.joined(separator: " ")
        mention.name = (mention.name ?? "") + " and " + other
        mention.keys.insert(other.lowercased())
        mention.count = 2
        return second
    }

    /// A name and a ship word after it: "the Kiwala tanker", "the Shandong carrier strike group".
    private func nameThenShipWord(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        guard index > 0, Self.definite.contains(tokens[index - 1].lower), isShipName(tokens[index]), index + 1 < tokens.count else { return nil }
        let next = tokens[index + 1]
        guard Self.shipNouns.contains(next.lower), !next.isCapitalized else { return nil }
        return (named(tokens, index - 1, index + 1, nameFrom: index, nameTo: index, kind: .ship), index + 2)
    }

    /// "Liaoning-led flotilla": the ship that leads, as a reference.
    private func ledFormation(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        guard token.lower.hasSuffix("-led"), token.isCapitalized else { return nil }
        let name = String(token.text.dropLast(4))
        return (AssetMention(first: index, last: index, form: .reference, kind: .ship, name: name, keys: [name.lowercased()], count: nil, descriptors: []),
                index + 1)
    }

    /// "the JAGUAR": a name in capitals after "the" is a ship's.
    private func nameInCapitals(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        guard index > 0, tokens[index - 1].lower == "the", token.isWord, token.text.count >= 4, token.text.allSatisfy({ $0.isUppercase }),
              !Lexicon.notNames.contains(token.lower) else { return nil }
        return (named(tokens, index - 1, index, nameFrom: index, kind: .ship), index + 1)
    }

    /// An aircraft by type ("Il-76", "two C-17s", "Ospreys"), with a manufacturer before it,
    /// a registration after it ("Il-76 EW-412TH") and the lowercase words that describe it, up
    /// to an aircraft word ("KC-130J tanker aircraft").
    private func aircraft(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        let nextIsCapitalized = index + 1 < tokens.count && tokens[index + 1].isCapitalized
        guard Self.isAircraftType(token.text) || Self.aircraftNames.contains(token.lower) && token.isCapitalized && !nextIsCapitalized else { return nil }
        let first = index > 0 && Self.manufacturers.contains(tokens[index - 1].lower) ? index - 1 : index
        var type = token.text
        if type.hasSuffix("s"), type.dropLast().last?.isNumber == true || Self.aircraftNames.contains(type.lowercased()) { type.removeLast() }
        var keys: Set<String> = [type.lowercased()]
        var name = type
        var end = index
        while end + 1 < tokens.count, Self.aircraftNames.contains(tokens[end + 1].lower) || tokens[end + 1].text == "III" { end += 1 }
        if let look = ((end + 1)..<min(tokens.count, end + 5)).first(where: { Self.isRegistration(tokens[$0].text) }) {
            keys = [tokens[look].text.lowercased()]
            name += " " + tokens[look].text
            end = look
        }
        let plural = token.text.hasSuffix("s") && token.text.dropLast().last?.isNumber == true
        var mention = AssetMention(first: first, last: end, form: .named, kind: .aircraft, name: name, keys: keys,
                                   count: count(before: first, tokens) ?? (plural ? 2 : nil), descriptors: [])
        var after = end + 1
        while after < tokens.count, after <= end + 3, tokens[after].isWord, !tokens[after].isCapitalized {
            mention.descriptors.insert(tokens[after].lower)
            if Self.aircraftNouns.contains(tokens[after].lower) { mention.last = after; break }
            after += 1
        }
        return (mention, mention.last + 1)
    }

    /// An air-defence or missile system by name ("S-400", "Pantsir-S1"), moved by road, with
    /// the lowercase words after it.
    private func groundSystem(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        guard Self.isGroundSystem(token.text), token.text.contains("-") else { return nil }
        var mention = AssetMention(first: index, last: index, form: .named, kind: .convoy, name: token.text,
                                   keys: [token.text.lowercased()], count: count(before: index, tokens), descriptors: [])
        var after = index + 1
        while after < tokens.count, after <= index + 3, tokens[after].isWord, !tokens[after].isCapitalized {
            mention.descriptors.insert(tokens[after].lower)
            after += 1
        }
        return (mention, index + 1)
    }

    /// "registered RA-76845": an aircraft named by its registration alone, as a reference.
    private func registeredAircraft(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index]
        guard Self.isRegistration(token.text), index > 0, ["registered", "registration"].contains(tokens[index - 1].lower) else { return nil }
        return (AssetMention(first: index, last: index, form: .reference, kind: .aircraft, name: token.text,
                             keys: [token.text.lowercased()], count: nil, descriptors: []), index + 1)
    }

    /// A ship, aircraft or convoy noun with its count and the words that describe it: "two
    /// planes", "Chinese navy ships" (generic), "the ship" (a reference, when definite and not
    /// counted). Not the end of a proper name ("Black Sea Fleet") nor a modifier ("flight
    /// operations").
    private func generic(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        let token = tokens[index], lower = token.lower
        let nextLower = index + 1 < tokens.count ? tokens[index + 1].lower : nil
        let kind: AssetKind? = Self.shipNouns.contains(lower) && lower != "group" ? .ship
            : Self.aircraftNouns.contains(lower) && nextLower != "carrier" ? .aircraft
            : Self.convoyNouns.contains(lower) ? .convoy : nil
        // "Black Sea Fleet", "Northern Fleet": the end of a proper name, not a thing that moves.
        let endsName = token.isCapitalized && index > 0 && tokens[index - 1].isCapitalized && tokens[index - 1].isWord
        guard let kind, !endsName, !Self.modifiedNouns.contains(nextLower ?? "") else { return nil }
        let isDefinite = index > 0 && Self.definite.contains(tokens[index - 1].lower)
            || index > 1 && Self.definite.contains(tokens[index - 2].lower) && tokens[index - 1].isWord && !tokens[index - 1].isCapitalized
        let number = count(before: index, tokens)
        let described = descriptors(before: index, tokens)
        return (AssetMention(first: index - described.count, last: index, form: isDefinite && number == nil ? .reference : .generic, kind: kind,
                             name: nil, keys: [], count: number, descriptors: Set(described + [lower])), index + 1)
    }

    /// "it", "they", "she": a reference to an asset of no said kind.
    private func pronoun(at index: Int, _ tokens: [ReportText.Token]) -> Phrase? {
        guard ["it", "they", "she"].contains(tokens[index].lower) else { return nil }
        return (AssetMention(first: index, last: index, form: .reference, kind: nil, name: nil, keys: [], count: nil, descriptors: []), index + 1)
    }

    /// The last token of the name that begins at `start`: capitalised name words and words in
    /// capitals or digits ("Admiral Gorshkov", "JOSEPH SCHULTE").
    private func nameRun(from start: Int, _ tokens: [ReportText.Token]) -> Int {
        var end = start
        while end + 1 < tokens.count, isShipName(tokens[end + 1]) || (tokens[end + 1].text.count >= 2 && tokens[end + 1].text.allSatisfy { $0.isUppercase || $0.isNumber } && tokens[end + 1].isWord) { end += 1 }
        return end
    }

    /// Whether the token may be a word of a ship's name: capitalised, not a common word, a
    /// demonym or an attributive ("Russian", "Chinese-flagged").
    private func isShipName(_ token: ReportText.Token) -> Bool {
        token.isWord && token.isCapitalized && !Lexicon.notNames.contains(token.lower) && demonym(token.text) == nil
            && !Lexicon.commonCapitalised.contains(token.lower) && !Lexicon.attributiveSuffixes.contains { token.lower.hasSuffix($0) }
    }

    /// The count written just before `index` ("two", "12", "both"), looking back over at most
    /// four words; "a" and "an" do not count.
    private func count(before index: Int, _ tokens: [ReportText.Token]) -> Int? {
        for back in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            let word = tokens[back].lower
            if let value = Int(word.filter(\.isNumber)), word.allSatisfy({ $0.isNumber || $0 == "," }), value > 0, value < 1000 { return value }
            if let value = Self.numbers[word], word != "a", word != "an" { return value }
            if !tokens[back].isWord || [",", "and", "of", "the"].contains(word) { break }
        }
        return nil
    }

    /// Up to three lowercase words just before `index` that describe the asset ("cargo",
    /// "navy"), nearest first.
    private func descriptors(before index: Int, _ tokens: [ReportText.Token]) -> [String] {
        var words: [String] = []
        var back = index - 1
        while back >= 0, back >= index - 3, tokens[back].isWord, !tokens[back].isCapitalized, !Self.definite.contains(tokens[back].lower),
              !Self.notDescriptors.contains(tokens[back].lower), !Lexicon.motionVerbs.contains(tokens[back].lower) {
            words.append(tokens[back].lower)
            back -= 1
        }
        return words
    }

    /// A named ship's mention over `first...last`, its name the words `nameFrom...nameTo`
    /// (to `last` by default) shown with the prefix before them, if any.
    private func named(_ tokens: [ReportText.Token], _ first: Int, _ last: Int, nameFrom: Int, nameTo: Int? = nil, kind: AssetKind) -> AssetMention {
        let end = nameTo ?? last
        let words = (nameFrom...end).map { tokens[$0].text }
        let name = words.joined(separator: " ")
        let withPrefix = nameFrom > 0 && Self.shipPrefixes.contains(tokens[nameFrom - 1].text) ? tokens[nameFrom - 1].text + " " + name : name
        return AssetMention(first: first, last: last, form: .named, kind: kind, name: withPrefix, keys: [name.lowercased()],
                            count: count(before: first, tokens), descriptors: [])
    }
}
