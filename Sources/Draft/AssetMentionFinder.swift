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

    /// Every asset phrase of a sentence's `tokens`, left to right (see ``phrase(at:in:)``).
    func mentions(in tokens: [ReportText.Token]) -> [AssetMention] {
        var found: [AssetMention] = []
        var index = 0
        while index < tokens.count {
            if let phrase = phrase(at: index, in: tokens) {
                found.append(phrase.mention)
                index = phrase.next
            } else {
                index += 1
            }
        }
        return found
    }
}
