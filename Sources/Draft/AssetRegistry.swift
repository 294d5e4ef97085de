import Foundation

/// The assets of a draft, and which one each phrase speaks of: names are merged when one
/// is the other's tail ("Admiral Grigorovich", "Grigorovich"), references ("the ship",
/// "it") go to the latest asset of their kind — preferring one described the same way
/// ("the cargo plane") — and a phrase that names nothing clear is left alone.
struct AssetRegistry {
    struct Entry {
        var id: String
        var name: String
        var kind: AssetKind
        var count: Int?
        var keys: Set<String>
        var descriptors: Set<String>
        var isNamed: Bool
    }

    private(set) var entries: [Entry] = []
    /// Entries in order of last mention, latest last.
    private var recent: [Int] = []

    /// The entry a mention speaks of, creating one for a new name or group; `nil` for a
    /// reference with nothing to refer to.
    mutating func entry(for mention: AssetMention, phrase: String, namedInSentence: [Int]) -> Int? {
        let found: Int?
        switch mention.form {
        case .named:
            found = entries.indices.first { index in
                (mention.kind == nil || entries[index].kind == mention.kind) && Self.sameName(entries[index].keys, mention.keys)
            } ?? create(mention, name: mention.name ?? phrase, named: true)
        case .generic:
            if let named = namedInSentence.last(where: { entries[$0].kind == mention.kind }) {
                found = named
            } else if let latest = recent.last(where: { entries[$0].kind == mention.kind }) {
                found = latest
            } else {
                found = create(mention, name: phrase, named: false)
            }
        case .reference:
            if !mention.keys.isEmpty {
                found = entries.indices.first { Self.sameName(entries[$0].keys, mention.keys) }
            } else {
                let candidates = recent.filter { mention.kind == nil || entries[$0].kind == mention.kind }
                let described = candidates.last { !entries[$0].descriptors.isDisjoint(with: mention.descriptors.subtracting(["the", "plane", "ship", "aircraft", "vessel"])) }
                found = described ?? candidates.last ?? (mention.kind == nil ? nil : create(mention, name: phrase, named: false))
            }
        }
        if let found {
            recent.removeAll { $0 == found }
            recent.append(found)
            if let count = mention.count, mention.form == .named, entries[found].count == nil { entries[found].count = count }
        }
        return found
    }

    /// Keys name the same asset when one's words end the other's ("grigorovich" and
    /// "admiral grigorovich") or a key is shared.
    static func sameName(_ a: Set<String>, _ b: Set<String>) -> Bool {
        for x in a {
            for y in b {
                if x == y { return true }
                let (short, long) = x.count < y.count ? (x, y) : (y, x)
                if long.hasSuffix(" " + short), short.count >= 4 { return true }
            }
        }
        return false
    }

    private mutating func create(_ mention: AssetMention, name: String, named: Bool) -> Int? {
        guard let kind = mention.kind else { return nil }
        var id = Self.slug(name)
        if id.isEmpty { id = kind.rawValue }
        let base = id
        var suffix = 2
        while entries.contains(where: { $0.id == id }) { id = "\(base)-\(suffix)"; suffix += 1 }
        entries.append(Entry(id: id, name: name, kind: kind, count: mention.count, keys: mention.keys,
                             descriptors: mention.descriptors, isNamed: named))
        return entries.count - 1
    }

    /// Lowercase letters and digits joined by `-`: "HMS Richmond" → "hms-richmond".
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased().folding(options: [.diacriticInsensitive], locale: nil) {
            if character.isLetter && character.isASCII || character.isNumber && character.isASCII {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }
}
