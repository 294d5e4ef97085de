import Foundation

/// The keys under which names are indexed: a folded form and a transliteration skeleton.
///
/// - The *folded* key is lower-case ASCII where the script allows: diacritics removed
///   (é→e, ø→o, ß→ss, ţ→t), apostrophes dropped, every other punctuation mark or space run
///   turned into one space; saint/sankt → st, straits → strait. "Bamako–Sénou" and
///   "bamako senou" fold alike, as do "St. Petersburg" and "Saint Petersburg".
/// - The *skeleton* collapses the spelling variants transliteration produces: articles
///   (al-, el-, as-, the, of) and spaces dropped;
///   kh→h, gh→g, ph→f, ck→k, q→k, w→v, ou/oo→u, ej→e, y→i, ei/ij→e/i; doubled letters
///   single. "Khmeimim", "Hmeymim" and "Hmeimim" share the skeleton `hmemim`.
enum NameKey {
    /// The folded key of `text` (see the type's description).
    static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39: emit(byte)
                case 0x41...0x5A: emit(byte + 0x20)
                case 0x27, 0x60: continue   // ' ` join: Qal'at → qalat
                default: pendingSpace = true
                }
            } else if let replacement = FoldTable.replacement(for: value) {
                for byte in replacement.utf8 { emit(byte) }
            } else if (0x0300...0x036F).contains(value) || isApostrophe(value) {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for byte in scalar.properties.lowercaseMapping.utf8 { emit(byte) }
            } else {
                pendingSpace = true
            }
        }
        let folded = String(decoding: out, as: UTF8.self)
        guard folded.contains(where: { $0 == "s" || $0 == "m" || $0 == "f" }) else { return folded }
        let tokens = folded.split(separator: " ")
        guard tokens.contains(where: { foldSynonyms[String($0)] != nil }) else { return folded }
        return tokens.map { foldSynonyms[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// Abbreviations treated as the same word already in the folded key: "St Petersburg",
    /// "Saint Petersburg" and "Sankt Petersburg" are equally exact.
    static let foldSynonyms: [String: String] = [
        "saint": "st", "sankt": "st", "sint": "st", "sainte": "ste", "straits": "strait",
        "mount": "mt", "fort": "ft",
    ]

    private static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x02BB || value == 0x02BF
            || value == 0x02BE || value == 0x00B4
    }

    /// Tokens dropped from the skeleton: Arabic articles and English/French/Spanish function words.
    static let droppedTokens: Set<String> = [
        "al", "el", "as", "ad", "ar", "ash", "at", "az", "an", "ul", "ed", "es", "the", "of", "la", "le", "l", "d",
    ]
    /// Whether a folded key contains an article or function word that the skeleton drops.
    static func hasArticle(folded: String) -> Bool {
        folded.split(separator: " ").contains { droppedTokens.contains(String($0)) }
    }

    /// Whole-token synonyms applied before joining.
    static let tokenSynonyms: [String: String] = ["str": "strait", "canale": "canal", "kanal": "canal"]

    /// The transliteration skeleton of an already folded key.
    static func skeleton(folded: String) -> String {
        var tokens = folded.split(separator: " ").map(String.init)
        let kept = tokens.filter { !droppedTokens.contains($0) }
        if !kept.isEmpty { tokens = kept }
        var bytes: [UInt8] = []
        for token in tokens {
            bytes.append(contentsOf: (tokenSynonyms[token] ?? token).utf8)
        }
        return String(decoding: SkeletonRules.apply(bytes), as: UTF8.self)
    }

    /// Descriptive words an analyst appends or prepends ("Tartus naval base", "port of Aden"),
    /// with the kinds they hint at. Longest phrases first.
    static let descriptors: [([String], Set<PlaceKind>)] = [
        (["international", "airport"], [.airport, .airBase]),
        (["naval", "air", "station"], [.airBase]),
        (["naval", "air", "base"], [.airBase]),
        (["air", "force", "base"], [.airBase]),
        (["naval", "base"], [.navalBase]), (["naval", "station"], [.navalBase]),
        (["naval", "facility"], [.navalBase]), (["navy", "base"], [.navalBase]),
        (["air", "base"], [.airBase]), (["air", "station"], [.airBase]), (["air", "field"], [.airBase, .airport]),
        (["airbase"], [.airBase]), (["afb"], [.airBase]), (["ab"], [.airBase]),
        (["airport"], [.airport, .airBase]), (["airfield"], [.airBase, .airport]),
        (["base"], [.airBase, .navalBase]),
        (["port", "of"], [.port]), (["port"], [.port]), (["harbour"], [.port]), (["harbor"], [.port]),
        (["city"], [.city]), (["town"], [.city]),
        (["province"], [.region]), (["governorate"], [.region]), (["oblast"], [.region]), (["region"], [.region]),
    ]

    /// The folded query without a leading or trailing descriptor, and the kinds it hinted at;
    /// `nil` when the query has no descriptor (or is nothing but one).
    static func strippingDescriptor(folded: String) -> (String, Set<PlaceKind>)? {
        let tokens = folded.split(separator: " ").map(String.init)
        for (phrase, kinds) in descriptors where tokens.count > phrase.count {
            if Array(tokens.suffix(phrase.count)) == phrase {
                return (tokens.dropLast(phrase.count).joined(separator: " "), kinds)
            }
            if Array(tokens.prefix(phrase.count)) == phrase {
                return (tokens.dropFirst(phrase.count).joined(separator: " "), kinds)
            }
        }
        return nil
    }
}
