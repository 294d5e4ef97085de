import Geo

/// A name in a report that may be a place: its words, the text to look up, and the kind
/// words around it ("port of X", "X airport", "Air Base 101").
struct PlaceMention: Sendable, Hashable {
    var sentence: Int
    /// Token indices `first...last` in the sentence.
    var first: Int
    var last: Int
    /// The text as written (without a possessive 's).
    var text: String
    /// Only these kinds (a road number, a country's area).
    var kinds: Set<PlaceKind>?
    /// Kinds the words around it make likely ("port of X", "X airport").
    var preferred: Set<PlaceKind> = []
    /// Written "X's": the owner of what follows ("Ukraine's Odesa port").
    var isPossessive: Bool
}
