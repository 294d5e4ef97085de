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

    public init(place: Place, matched: String, score: Double) {
        self.place = place
        self.matched = matched
        self.score = score
    }
}
