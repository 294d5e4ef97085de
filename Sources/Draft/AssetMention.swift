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
