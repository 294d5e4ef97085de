import Foundation

/// The keys under which names are indexed: a folded form and a transliteration skeleton.
///
/// - The *folded* key is lower-case ASCII where the script allows: diacritics removed
///   (é→e, ø→o, ß→ss, ţ→t), apostrophes dropped, every other punctuation mark or space run
///   turned into one space; saint/sankt → st, straits → strait. "Bamako–Sénou" and
///   "bamako senou" fold alike, as do "St. Petersburg" and "Saint Petersburg".
/// - The *skeleton* collapses the spelling variants transliteration produces: articles
///   (al-, el-, as-, the, of) and spaces dropped; kh→h, gh→g, ph→f, ck→k, q→k, w→v,
///   ou/oo→u, ej→e, y→i, ei/ij→e/i; doubled letters single. "Khmeimim", "Hmeymim" and
///   "Hmeimim" share the skeleton `hmemim`.
///
/// Both work on byte buffers so that indexing the full gazetteer allocates almost nothing.
enum NameKey {
    /// The folded key of `text` (see the type's description).
    static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        fold(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The transliteration skeleton of an already folded key.
    static func skeleton(folded: String) -> String {
        var out: [UInt8] = []
        skeleton(folded: Array(folded.utf8), into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the folded key of `text` into `out` (replacing its contents).
    static func fold(_ text: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var pendingSpace = false
        var ascii = true
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte)
                case 0x41...0x5A:
                    if pendingSpace && !out.isEmpty { out.append(0x20) }
                    pendingSpace = false
                    out.append(byte + 0x20)
                case 0x27, 0x60: continue   // ' ` join: Qal'at → qalat
                case 0x80...: ascii = false
                default: pendingSpace = true
                }
                if !ascii { break }
            }
        }
        if !ascii { foldUnicode(text, into: &out) }
        applySynonyms(&out)
    }

    private static func foldUnicode(_ text: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var pendingSpace = false
        func emit<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case 0x61...0x7A, 0x30...0x39: emit(CollectionOfOne(byte))
                case 0x41...0x5A: emit(CollectionOfOne(byte + 0x20))
                case 0x27, 0x60: continue
                default: pendingSpace = true
                }
            } else if let replacement = FoldTable.replacement(for: value) {
                emit(replacement.utf8)
            } else if (0x0300...0x036F).contains(value) || isApostrophe(value) || isMarkOrFormat(scalar) {
                continue   // combining marks (accents, vowel signs, harakat) and format characters
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                emit(scalar.properties.lowercaseMapping.utf8)
            } else {
                pendingSpace = true
            }
        }
    }

    private static func isMarkOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .format: return true
        default: return false
        }
    }

    private static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x2019 || value == 0x2018 || value == 0x02BC || value == 0x02BB || value == 0x02BF
            || value == 0x02BE || value == 0x00B4
    }

    /// Abbreviations treated as the same word already in the folded key: "St Petersburg",
    /// "Saint Petersburg" and "Sankt Petersburg" are equally exact.
    static let foldSynonyms: [(word: [UInt8], replacement: [UInt8])] = [
        ("saint", "st"), ("sankt", "st"), ("sint", "st"), ("sainte", "ste"), ("straits", "strait"),
        ("mount", "mt"), ("fort", "ft"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Tokens dropped from the skeleton: Arabic articles and English/French function words.
    static let droppedTokens: [[UInt8]] = [
        "al", "el", "as", "ad", "ar", "ash", "at", "az", "an", "ul", "ed", "es", "the", "of", "la", "le", "l", "d",
    ].map { Array($0.utf8) }

    /// Whole-token synonyms applied to the skeleton before joining.
    static let skeletonSynonyms: [(word: [UInt8], replacement: [UInt8])] = [
        ("str", "strait"), ("canale", "canal"), ("kanal", "canal"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func applySynonyms(_ bytes: inout [UInt8]) {
        var needs = false
        forEachToken(bytes) { range in
            if !needs, match(bytes, range, in: foldSynonyms) != nil { needs = true }
        }
        guard needs else { return }
        var result: [UInt8] = []
        forEachToken(bytes) { range in
            if !result.isEmpty { result.append(0x20) }
            if let replacement = match(bytes, range, in: foldSynonyms) {
                result.append(contentsOf: replacement)
            } else {
                result.append(contentsOf: bytes[range])
            }
        }
        bytes = result
    }

    /// Writes the skeleton of folded bytes into `out` (replacing its contents).
    static func skeleton(folded: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var keptAny = false
        forEachToken(folded) { range in
            if !isDropped(folded, range) { keptAny = true }
        }
        forEachToken(folded) { range in
            if keptAny && isDropped(folded, range) { return }
            if let replacement = match(folded, range, in: skeletonSynonyms) {
                out.append(contentsOf: replacement)
            } else {
                out.append(contentsOf: folded[range])
            }
        }
        SkeletonRules.apply(&out)
    }

    /// Whether folded bytes contain an article or function word that the skeleton drops.
    static func hasArticle(folded: [UInt8]) -> Bool {
        var found = false
        forEachToken(folded) { range in
            if !found && isDropped(folded, range) { found = true }
        }
        return found
    }

    private static func isDropped(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        range.count <= 3 && droppedTokens.contains { $0.elementsEqual(bytes[range]) }
    }

    private static func match(_ bytes: [UInt8], _ range: Range<Int>,
                              in table: [(word: [UInt8], replacement: [UInt8])]) -> [UInt8]? {
        for entry in table where entry.word.count == range.count && entry.word.elementsEqual(bytes[range]) {
            return entry.replacement
        }
        return nil
    }

    @inline(__always)
    static func forEachToken(_ bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
            if index > start { body(start..<index) }
            start = index + 1
        }
    }

    /// A 64-bit hash of a key (FNV-1a, then a SplitMix64 finaliser); keys are looked up by it.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        value ^= value >> 30
        value = value &* 0xbf58_476d_1ce4_e5b9
        value ^= value >> 27
        value = value &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }

    /// Descriptive words an analyst appends or prepends ("Tartus naval base", "port of Aden"),
    /// with the kinds they hint at. Longest phrases first.
    static let descriptors: [([String], Set<PlaceKind>)] = [
        (["royal", "australian", "air", "force", "base"], [.airBase]), (["royal", "air", "force", "station"], [.airBase]),
        (["marine", "corps", "air", "station"], [.airBase]), (["marine", "corps", "base"], [.airBase, .navalBase]),
        (["naval", "support", "activity"], [.navalBase]), (["joint", "base"], [.airBase, .navalBase]),
        (["international", "airport"], [.airport, .airBase]),
        (["raaf", "base"], [.airBase]), (["raf"], [.airBase]), (["rnas"], [.airBase]), (["nas"], [.airBase]),
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
        (["island"], [.island]), (["islands"], [.island]), (["isle"], [.island]), (["peninsula"], [.peninsula]),
        (["cape"], [.cape]), (["highway"], [.road]), (["motorway"], [.road]), (["expressway"], [.road]),
        (["road"], [.road]), (["route"], [.road]),
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
