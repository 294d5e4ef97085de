import Geo

/// A place looked up as an analyst writes it (`movemap place`): a name, variant, code, typo
/// or `lon,lat`, optionally only of one kind or in one country.
///
/// ```swift
/// let readings = try PlaceLookup(query: "Tartus", kind: "naval_base").readings(gazetteer: data.gazetteer)
/// print(readings.text, terminator: "")
/// if let refusal = readings.refusal { throw refusal }
/// ```
public struct PlaceLookup: Sendable, Equatable {
    /// The query as written.
    public var query: String
    /// How many matches to give, 1…1000.
    public var limit: Int
    /// Only places of these kinds; `nil` for any.
    public var kinds: Set<PlaceKind>?
    /// Only places in this country (ISO alpha-2 code); `nil` for any.
    public var country: String?

    /// A lookup of `query` giving at most `limit` matches, only of `kind` (a ``PlaceKind``
    /// raw value such as `naval_base`) and in `country` (ISO alpha-2) when given.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a limit outside 1…1000, a kind that is not
    ///   one (listing the kinds), or a country that is not two letters.
    public init(query: String, limit: Int = 5, kind: String? = nil, country: String? = nil) throws {
        guard (1...1000).contains(limit) else { throw MovemapError.usage("--limit \(limit) is outside 1…1000") }
        if let kind {
            guard let parsed = PlaceKind(parsing: kind) else {
                throw MovemapError.usage("--kind '\(kind)' is not one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds = [parsed]
        }
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw MovemapError.usage("--country '\(country)' is not an ISO alpha-2 code — write e.g. --country SY")
        }
        self.query = query
        self.limit = limit
        self.country = country
    }

    /// The readings of the query in `gazetteer`, best first, with the one movemap would use
    /// and, when it refuses every reading and none matched, the closest names.
    public func readings(gazetteer: Gazetteer) -> PlaceReadings {
        let result = gazetteer.readings(query, context: PlaceContext(kinds: kinds, country: country), limit: limit)
        let refused = result.resolution.verdict == .refused
        let suggestions = refused && result.matches.isEmpty && !Gazetteer.looksLikePosition(query)
            ? gazetteer.suggestions(for: query, kinds: kinds, country: country) : []
        return PlaceReadings(query: query, resolution: result.resolution, matches: result.matches, suggestions: suggestions)
    }
}
