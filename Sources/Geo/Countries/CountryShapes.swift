import Foundation

/// Every country's polygons, loaded once from `Resources/countries/` and shared read-only.
///
/// Lookup by ISO 3166-1 alpha-2 or alpha-3 code, and by position. Source: DCW (Digital
/// Chart of the World, via GMT's `gmt-dcw`), simplified to about 1 km; see
/// `Resources/countries/README.md`.
public struct CountryShapes: Sendable {
    /// All countries, ordered by alpha-2 code.
    public let all: [Country]
    private let indexByCode: [String: Int]

    /// Builds a collection from countries already in memory (tests, custom data).
    public init(countries: [Country]) {
        all = countries.sorted { $0.code < $1.code }
        var index: [String: Int] = [:]
        for (position, country) in all.enumerated() {
            index[country.code.uppercased()] = position
            if !country.alpha3.isEmpty { index[country.alpha3.uppercased()] = position }
        }
        indexByCode = index
    }

    /// The country with an ISO 3166-1 alpha-2 (`SY`) or alpha-3 (`SYR`) code, any case.
    public func country(code: String) -> Country? {
        indexByCode[code.trimmingCharacters(in: .whitespaces).uppercased()].map { all[$0] }
    }

    /// The country whose territory contains the point, or `nil` at sea or in Antarctica's
    /// absence. Where simplified borders overlap (within ~1 km), the first by code wins.
    public func country(containing point: Coordinate) -> Country? {
        all.first { $0.contains(point) }
    }

    /// Codes closest in spelling to an unknown code or name, best first, for error messages.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let key = query.uppercased()
        let scored = all.map { country -> (Int, String) in
            let byName = country.name.uppercased().hasPrefix(key) && key.count > 2 ? 0 : Int.max
            let distance = min(byName, Levenshtein.distance(key, country.code),
                               country.alpha3.isEmpty ? Int.max : Levenshtein.distance(key, country.alpha3))
            return (distance, country.code)
        }
        return scored.filter { $0.0 <= 1 }.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}
