/// A place found by a gazetteer query, with what matched and how well.
public struct PlaceMatch: Sendable, Hashable {
    /// The place found.
    public var place: Place
    /// The name, alias or code that matched the query, as spelled in the gazetteer.
    public var matched: String
    /// Match quality, 0…1: 1 is an exact name or code, 0.95 an exact alias or a
    /// transliteration variant of the name, 0.93 a variant of an alias, below 0.85 a typo
    /// (lower for more edits relative to the query's length).
    public var score: Double
    /// How the query met the matched text.
    public var how: How
    /// The kinds the query's kind word names ("island", "naval base"), when it has one.
    var kindWord: Set<PlaceKind>?

    /// `true` when the query's kind word names another kind than the place's: "Hormuz
    /// island" matched the Strait of Hormuz.
    var contradictsKindWord: Bool { kindWord.map { !$0.contains(place.kind) } ?? false }

    /// How a query met a place's name, alias or code.
    public enum How: String, Sendable, Hashable, Codable {
        /// The same letters, ignoring case, accents and punctuation.
        case exact
        /// A transliteration variant (Khmeimim / Hmeymim).
        case variant
        /// An ICAO, IATA or ISO code.
        case code
        /// Within a few edits: a typo.
        case typo
    }

    /// A match of `place` through the spelling `matched`, with score 0…1 and how it met the
    /// query.
    public init(place: Place, matched: String, score: Double, how: How = .exact) {
        self.place = place
        self.matched = matched
        self.score = score
        self.how = how
    }
}
