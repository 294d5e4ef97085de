/// What kind of thing a report says moved.
public enum AssetKind: String, Sendable, Hashable {
    /// A ship or a boat: routed at sea.
    case ship
    /// An aircraft or a flight: routed in the air.
    case aircraft
    /// A road convoy or a column of vehicles: drawn on the road.
    case convoy

    /// The scenario's `mode:` for it: `sea`, `air` or `road`.
    public var mode: String {
        switch self {
        case .ship: return "sea"
        case .aircraft: return "air"
        case .convoy: return "road"
        }
    }
}

/// A phrase naming or pointing at something that moves.
struct AssetMention: Sendable, Hashable {
    enum Form: Sendable, Hashable {
        /// "HMS Richmond", "the frigate Admiral Gorshkov", "C-17", "Il-76 EW-412TH".
        case named
        /// "two planes", "Chinese navy ships", "the convoy" the first time.
        case generic
        /// "the ship", "it", "they": an asset already named.
        case reference
    }

    var first: Int
    var last: Int
    var form: Form
    var kind: AssetKind?
    /// The name to show, for a named asset.
    var name: String?
    /// Lowercased identity keys: name words, a type, a registration.
    var keys: Set<String>
    var count: Int?
    /// Lowercased words describing it ("cargo", "plane"), for references.
    var descriptors: Set<String>
}

/// Finds asset phrases in a sentence: ship names after a prefix (HMS, TCG, M/V…) or a ship
/// word ("the frigate X", "container ship X", "the X tanker"), aircraft by type and
/// registration ("Il-76", "two C-17s", "KC-130J", "RA-76845"), convoys and columns, and
/// references ("the ship", "the plane", "it", "they").
struct AssetMentionFinder {
    let demonym: (String) -> String?

    static let shipPrefixes: Set<String> = [
        "HMS", "USS", "USNS", "TCG", "RFS", "RS", "INS", "HMAS", "HMCS", "HNLMS", "FGS", "ITS", "ESPS", "EML", "KRI",
        "ROKS", "JS", "M/V", "MV", "MT", "M/T", "SS", "CNS", "PNS", "BRP", "NRP", "HDMS", "HNoMS", "KNM", "ORP", "BNS",
        "FS", "RSS", "TS", "LÉ", "HSwMS", "HMNZS", "SAS", "IRIS", "NS", "KD",
    ]
    static let shipNouns: Set<String> = [
        "ship", "ships", "vessel", "vessels", "frigate", "frigates", "destroyer", "destroyers", "corvette", "corvettes",
        "carrier", "carriers", "cruiser", "cruisers", "submarine", "submarines", "tanker", "tankers", "containership",
        "icebreaker", "boat", "boats", "freighter", "warship", "warships", "flotilla", "fleet", "tug", "trawler",
        "ferry", "minesweeper", "feeder", "bulker", "barge", "group",
    ]
    static let aircraftNouns: Set<String> = [
        "plane", "planes", "aircraft", "jet", "jets", "airlifter", "airlifters", "flight", "flights", "helicopter",
        "helicopters", "tilt-rotors", "tiltrotors", "bomber", "bombers", "airliner", "freighters", "transports",
    ]
    static let convoyNouns: Set<String> = ["convoy", "convoys", "column", "columns", "trucks", "vehicles", "wagons", "materiel", "lorries", "tanks"]
    static let aircraftTypePrefixes: Set<String> = [
        "il", "an", "tu", "c", "kc", "mc", "ac", "hc", "ec", "rc", "ep", "p", "e", "b", "f", "a", "su", "mig", "mi", "ka",
        "v", "mv", "ch", "uh", "ah", "y", "kj", "yak", "be", "t", "j", "u", "rq", "mq", "kc", "c-", "aw", "md", "s",
    ]
    static let aircraftNames: Set<String> = ["osprey", "ospreys", "globemaster", "hercules", "chinook", "chinooks", "skytruck", "galaxy"]
    static let manufacturers: Set<String> = ["ilyushin", "antonov", "tupolev", "sukhoi", "boeing", "lockheed", "airbus", "mikoyan", "agustawestland", "leonardo"]
    static let numbers: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "a": 1, "an": 1, "both": 2, "pair": 2, "dozen": 12, "several": 3, "dozens": 24,
    ]
    /// Words after which a ship or aircraft word is a modifier, not a thing that moves
    /// ("flight operations", "ship traffic").
    static let modifiedNouns: Set<String> = [
        "operations", "operation", "crew", "crews", "deck", "decks", "traffic", "data", "tracking", "tracker", "plan",
        "plans", "hours", "safety", "ban", "bans", "restrictions", "control", "controllers", "insurance", "industry",
        "owner", "owners", "yard", "yards", "builder", "builders", "movements", "spotters", "spotter", "recorder",
        "path", "paths", "schedule", "schedules", "manifest", "manifests", "carrier", "carriers", "attendant", "number",
    ]
    /// Words before a ship or aircraft word that do not describe it ("carried out flight").
    static let notDescriptors: Set<String> = [
        "out", "up", "of", "to", "in", "on", "by", "with", "from", "for", "as", "was", "were", "is", "are", "has", "have",
        "had", "been", "be", "and", "or", "but", "than", "carried", "conducted", "made", "performed", "said", "says",
        "other", "more", "some", "any", "all", "no", "such", "which", "that", "who",
    ]
    static let definite: Set<String> = ["the", "this", "that", "these", "those", "its", "their", "her", "his"]

    /// Air-defence and missile systems move by road: "S-400", "Pantsir-S1", "Buk-M2".
    static func isGroundSystem(_ text: String) -> Bool {
        let lower = text.lowercased()
        let parts = lower.split(separator: "-", maxSplits: 1)
        if parts.count == 2, ["s", "k"].contains(parts[0]), parts[1].count == 3, parts[1].allSatisfy(\.isNumber) { return true }
        return parts.first.map { ["pantsir", "buk", "tor", "iskander", "bastion", "tochka"].contains(String($0)) } ?? false
    }

    static func isAircraftType(_ text: String) -> Bool {
        guard !isGroundSystem(text) else { return false }
        var word = text
        if word.hasSuffix("s"), word.count > 3, word.dropLast().last?.isNumber == true { word.removeLast() }
        let parts = word.split(separator: "-", maxSplits: 1)
        if parts.count == 2 {
            guard aircraftTypePrefixes.contains(parts[0].lowercased()), let digit = parts[1].first, digit.isNumber else { return false }
            return parts[1].prefix { $0.isNumber }.count <= 3 && parts[1].drop { $0.isNumber }.count <= 3
        }
        // "AW139", "M28"
        let letters = word.prefix { $0.isLetter }, rest = word.dropFirst(letters.count)
        return ["AW", "M", "EC", "AS"].contains(String(letters)) && rest.count >= 2 && rest.count <= 3 && rest.allSatisfy(\.isNumber)
            && !(letters == "M" && rest.count < 2)
    }

    static func isRegistration(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 2, (1...2).contains(parts[0].count), (3...5).contains(parts[1].count),
              parts[0].allSatisfy({ $0.isUppercase || $0.isNumber }), parts[1].allSatisfy({ $0.isUppercase || $0.isNumber }),
              parts[1].contains(where: \.isNumber) else { return false }
        return !aircraftTypePrefixes.contains(parts[0].lowercased()) || parts[1].count >= 5
    }

    private func isShipName(_ token: ReportText.Token) -> Bool {
        token.isWord && token.isCapitalized && !Lexicon.notNames.contains(token.lower) && demonym(token.text) == nil
            && !Lexicon.commonCapitalised.contains(token.lower) && !Lexicon.attributiveSuffixes.contains { token.lower.hasSuffix($0) }
    }

    private func count(before index: Int, _ tokens: [ReportText.Token]) -> Int? {
        for back in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            let word = tokens[back].lower
            if let value = Int(word.filter(\.isNumber)), word.allSatisfy({ $0.isNumber || $0 == "," }), value > 0, value < 1000 { return value }
            if let value = Self.numbers[word], word != "a", word != "an" { return value }
            if !tokens[back].isWord || [",", "and", "of", "the"].contains(word) { break }
        }
        return nil
    }

    func mentions(in tokens: [ReportText.Token]) -> [AssetMention] {
        var found: [AssetMention] = []
        var index = 0
        func nameRun(from start: Int) -> Int {
            var end = start
            while end + 1 < tokens.count, isShipName(tokens[end + 1]) || (tokens[end + 1].text.count >= 2 && tokens[end + 1].text.allSatisfy { $0.isUppercase || $0.isNumber } && tokens[end + 1].isWord) { end += 1 }
            return end
        }
        while index < tokens.count {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // Ship prefix + name.
            if Self.shipPrefixes.contains(token.text), let next, isShipName(next) || next.text.allSatisfy({ $0.isUppercase }) && next.isWord {
                let end = nameRun(from: index + 1)
                found.append(named(tokens, index, end, nameFrom: index + 1, kind: .ship))
                index = end + 1
                continue
            }
            // Ship word + name: "the frigate Admiral Gorshkov", "container ship JOSEPH SCHULTE".
            if Self.shipNouns.contains(token.lower), let next {
                var nameStart = index + 1
                // "a second landing ship, the Ivan Gren,", "the state's ships, Ivan Gren and Alexander Otrakovsky"
                if next.text == ",", index + 3 < tokens.count, tokens[index + 2].lower == "the", isShipName(tokens[index + 3]) {
                    nameStart += 2
                } else if next.text == ",", token.lower.hasSuffix("s"), index + 2 < tokens.count, isShipName(tokens[index + 2]),
                          index + 3 < tokens.count, isShipName(tokens[index + 3]) || tokens[index + 3].lower == "and" {
                    nameStart += 1
                }
                if Self.shipPrefixes.contains(tokens[nameStart].text) { nameStart += 1 }
                if nameStart < tokens.count, isShipName(tokens[nameStart]) || tokens[nameStart].text.count >= 3 && tokens[nameStart].text.allSatisfy({ $0.isUppercase }) {
                    var end = nameRun(from: nameStart)
                    var mention = named(tokens, index, end, nameFrom: nameStart, kind: .ship)
                    // "corvettes RFS Boikiy and Stoikiy": ships named together move together.
                    if token.lower.hasSuffix("s"), end + 2 < tokens.count, tokens[end + 1].lower == "and", isShipName(tokens[end + 2]) {
                        let second = nameRun(from: end + 2)
                        let other = (end + 2...second).map { tokens[$0].text }.joined(separator: " ")
                        mention.name = (mention.name ?? "") + " and " + other
                        mention.keys.insert(other.lowercased())
                        mention.count = 2
                        end = second
                    }
                    mention.descriptors.formUnion(descriptors(before: index, tokens) + [token.lower])
                    found.append(mention)
                    index = end + 1
                    continue
                }
            }
            // Name + ship word: "the Kiwala tanker", "the Shandong carrier strike group".
            if index > 0, Self.definite.contains(tokens[index - 1].lower), isShipName(token), let next, Self.shipNouns.contains(next.lower),
               !next.isCapitalized {
                found.append(named(tokens, index - 1, index + 1, nameFrom: index, nameTo: index, kind: .ship))
                index += 2
                continue
            }
            // "Liaoning-led flotilla".
            if token.lower.hasSuffix("-led"), token.isCapitalized {
                let name = String(token.text.dropLast(4))
                found.append(AssetMention(first: index, last: index, form: .reference, kind: .ship, name: name, keys: [name.lowercased()], count: nil, descriptors: []))
                index += 1
                continue
            }
            // "the JAGUAR".
            if index > 0, tokens[index - 1].lower == "the", token.isWord, token.text.count >= 4, token.text.allSatisfy({ $0.isUppercase }),
               !Lexicon.notNames.contains(token.lower) {
                found.append(named(tokens, index - 1, index, nameFrom: index, kind: .ship))
                index += 1
                continue
            }
            // Aircraft by type, with a manufacturer before and a name or registration after.
            if Self.isAircraftType(token.text) || Self.aircraftNames.contains(token.lower) && token.isCapitalized && !(next?.isCapitalized ?? false) {
                var first = index, end = index
                if index > 0, Self.manufacturers.contains(tokens[index - 1].lower) { first = index - 1 }
                var type = token.text
                if type.hasSuffix("s"), type.dropLast().last?.isNumber == true || Self.aircraftNames.contains(type.lowercased()) { type.removeLast() }
                var keys: Set<String> = [type.lowercased()]
                var name = type
                while end + 1 < tokens.count, Self.aircraftNames.contains(tokens[end + 1].lower) || tokens[end + 1].text == "III" { end += 1 }
                for look in (end + 1)..<min(tokens.count, end + 5) where Self.isRegistration(tokens[look].text) {
                    keys = [tokens[look].text.lowercased()]
                    name += " " + tokens[look].text
                    end = look
                    break
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
                found.append(mention)
                index = mention.last + 1
                continue
            }
            if Self.isGroundSystem(token.text), token.text.contains("-") {
                var mention = AssetMention(first: index, last: index, form: .named, kind: .convoy, name: token.text,
                                           keys: [token.text.lowercased()], count: count(before: index, tokens), descriptors: [])
                var after = index + 1
                while after < tokens.count, after <= index + 3, tokens[after].isWord, !tokens[after].isCapitalized {
                    mention.descriptors.insert(tokens[after].lower)
                    after += 1
                }
                found.append(mention)
                index += 1
                continue
            }
            if Self.isRegistration(token.text), index > 0, ["registered", "registration"].contains(tokens[index - 1].lower) {
                found.append(AssetMention(first: index, last: index, form: .reference, kind: .aircraft, name: token.text,
                                          keys: [token.text.lowercased()], count: nil, descriptors: []))
                index += 1
                continue
            }
            // Generic nouns and references.
            let lower = token.lower
            let kind: AssetKind? = Self.shipNouns.contains(lower) && lower != "group" ? .ship
                : Self.aircraftNouns.contains(lower) && next?.lower != "carrier" ? .aircraft
                : Self.convoyNouns.contains(lower) ? .convoy : nil
            // "Black Sea Fleet", "Northern Fleet": the end of a proper name, not a thing that moves.
            let endsName = token.isCapitalized && index > 0 && tokens[index - 1].isCapitalized && tokens[index - 1].isWord
            if let kind, !endsName, !Self.modifiedNouns.contains(next?.lower ?? "") {
                let isDefinite = index > 0 && Self.definite.contains(tokens[index - 1].lower)
                    || index > 1 && Self.definite.contains(tokens[index - 2].lower) && tokens[index - 1].isWord && !tokens[index - 1].isCapitalized
                let number = count(before: index, tokens)
                let described = descriptors(before: index, tokens)
                found.append(AssetMention(first: index - described.count, last: index, form: isDefinite && number == nil ? .reference : .generic, kind: kind,
                                          name: nil, keys: [], count: number,
                                          descriptors: Set(described + [lower])))
                index += 1
                continue
            }
            if ["it", "they", "she"].contains(lower) {
                found.append(AssetMention(first: index, last: index, form: .reference, kind: nil, name: nil, keys: [], count: nil, descriptors: []))
            }
            index += 1
        }
        return found
    }

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

    private func named(_ tokens: [ReportText.Token], _ first: Int, _ last: Int, nameFrom: Int, nameTo: Int? = nil, kind: AssetKind) -> AssetMention {
        let end = nameTo ?? last
        let words = (nameFrom...end).map { tokens[$0].text }
        let name = words.joined(separator: " ")
        let withPrefix = nameFrom > 0 && Self.shipPrefixes.contains(tokens[nameFrom - 1].text) ? tokens[nameFrom - 1].text + " " + name : name
        return AssetMention(first: first, last: last, form: .named, kind: kind, name: withPrefix, keys: [name.lowercased()],
                            count: count(before: first, tokens), descriptors: [])
    }
}
