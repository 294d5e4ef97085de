import Foundation

/// The shape of a written place name, read before any lookup: a coordinate, a name with a
/// qualifier ("Tartus, Syria", "Sidon (Lebanon)"), or an area phrase built on a country or
/// its demonym ("Estonian airspace", "UK waters", "the Libyan border").
enum QueryForm {
    /// `true` when `text` is written like a coordinate — two or more numbers made of digits,
    /// signs, decimal points, degree marks, hemisphere letters, `nan`/`inf` — and so must be
    /// parsed as one or refused, never matched as a name.
    static func looksLikeCoordinate(_ text: String) -> Bool {
        let lowered = text.lowercased()
        var numbers = 0
        for token in lowered.split(whereSeparator: { " ,;/\t".contains($0) }) {
            if token.count == 1, "nsew".contains(token) { continue }
            if token == "nan" || token == "inf" || token == "-inf" || token == "+inf" || token == "infinity" {
                numbers += 1
                continue
            }
            let body = token.trimmingCharacters(in: CharacterSet(charactersIn: "nsewNSEW°'′″\""))
            guard !body.isEmpty, body.allSatisfy({ $0.isNumber || "+-.eE°'′″".contains($0) }),
                  body.contains(where: \.isNumber) else { return false }
            numbers += 1
        }
        return numbers >= 2   // one number alone ("E95", "101") is a name
    }

    /// A position written with hemisphere letters, in decimal degrees or degrees, minutes and
    /// seconds, latitude and longitude in either order: "35.40N 35.95E", "35°24′N 35°57′E",
    /// "69.07 N, 33.42 E", "21.35N 157.95W". `nil` unless exactly one latitude (N/S) and one
    /// longitude (E/W) are found and both are in range.
    static func hemispherePosition(_ text: String) -> Coordinate? {
        // No digit, no position: most names are spared the expression's compiling.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let pattern = #"([0-9]+(?:\.[0-9]+)?)\s*°?\s*(?:([0-9]+(?:\.[0-9]+)?)\s*['′]\s*)?(?:([0-9]+(?:\.[0-9]+)?)\s*["″]\s*)?([NSEWnsew])\b"#
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        var latitude: Double?, longitude: Double?
        for match in expression.matches(in: text, range: range) {
            func number(_ group: Int) -> Double {
                guard let range = Range(match.range(at: group), in: text) else { return 0 }
                return Double(text[range]) ?? 0
            }
            guard let letterRange = Range(match.range(at: 4), in: text) else { return nil }
            let value = number(1) + number(2) / 60 + number(3) / 3600
            switch text[letterRange].uppercased() {
            case "N": if latitude != nil { return nil }; latitude = value
            case "S": if latitude != nil { return nil }; latitude = -value
            case "E": if longitude != nil { return nil }; longitude = value
            default: if longitude != nil { return nil }; longitude = -value
            }
        }
        guard let latitude, let longitude, abs(latitude) <= 90, abs(longitude) <= 180 else { return nil }
        return Coordinate(latitude: latitude, longitude: longitude)
    }

    /// Words that never name a place on their own: times, placeholders, and the generic nouns
    /// reports use for places already named ("the port", "the base", "the ship").
    static let notPlaces: Set<String> = Set("""
        monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight week weekend month
        year morning evening night january february march april may june july august september october november
        december unknown none null nil n a na tbd tba tbc nowhere somewhere elsewhere anywhere here there
        port base airport airfield harbour harbor sea ocean strait channel island coast city town village capital
        ship vessel frigate destroyer corvette submarine carrier tanker aircraft plane jet convoy truck trucks
        border region area zone territory home abroad north south east west north east south east north west south west
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// `true` when the folded text is made only of ``notPlaces`` words and articles.
    static func isNotAPlace(folded: String) -> Bool {
        let words = folded.split(separator: " ").map(String.init).filter { !["the", "a", "an", "of", "to", "in", "at"].contains($0) }
        return !words.isEmpty ? words.allSatisfy(notPlaces.contains) : true
    }

    /// A name and its qualifier: "Tartus, Syria" → ("Tartus", "Syria"), "Sidon (Lebanon)"
    /// → ("Sidon", "Lebanon"); `nil` when the text has neither form.
    static func qualified(_ text: String) -> (head: String, qualifier: String)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex {
            let head = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let qualifier = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
                .trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, !qualifier.isEmpty { return (head, qualifier) }
        }
        if let comma = trimmed.lastIndex(of: ",") {
            let head = trimmed[..<comma].trimmingCharacters(in: .whitespaces)
            let qualifier = trimmed[trimmed.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if !head.isEmpty, !qualifier.isEmpty, qualifier.first?.isLetter == true { return (head, qualifier) }
        }
        return nil
    }

    /// Words that turn a country or demonym into the country's area: "Estonian airspace",
    /// "Japanese territorial waters", "UK waters", "Venezuelan soil", "the Lithuanian border".
    static let areaWords: [[String]] = [
        ["territorial", "waters"], ["exclusive", "economic", "zone"], ["air", "space"], ["airspace"], ["waters"],
        ["territory"], ["soil"], ["coastline"], ["coasts"], ["coast"], ["border"], ["borders"], ["frontier"],
        ["eez"], ["skies"], ["shores"], ["mainland"],
    ]

    /// The lead of an area phrase ("Estonian", "UK") when `folded` (a ``NameKey/fold(_:)``
    /// key) ends with one of ``areaWords``; a leading "the" is dropped.
    static func areaLead(folded: String) -> String? {
        var tokens = folded.split(separator: " ").map(String.init)
        if tokens.first == "the" { tokens.removeFirst() }
        for words in areaWords where tokens.count > words.count && Array(tokens.suffix(words.count)) == words {
            return tokens.dropLast(words.count).joined(separator: " ")
        }
        return nil
    }
}
