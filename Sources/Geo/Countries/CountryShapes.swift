import Foundation

/// Every country's polygons, loaded once from `Resources/countries/` and shared read-only.
///
/// Lookup by ISO 3166-1 alpha-2 or alpha-3 code, and by position. Source: DCW (Digital
/// Chart of the World, via GMT's `gmt-dcw`), simplified to about 1 km; see
/// `Resources/countries/README.md`.
public struct CountryShapes: Sendable {
    /// A country's entry: what the index says of it without its rings.
    struct Entry: Sendable {
        var code: String
        var alpha3: String
        var name: String
        var bounds: BoundingBox?
    }

    /// Where the rings come from: countries already built, or the loaded files, each
    /// country's rings read from the mapped vertices the first time it is asked for.
    private let source: Source
    private enum Source: Sendable {
        case built([Country])
        case file(CountryRings)
    }
    private let entries: [Entry]
    private let indexByCode: [String: Int]
    private let decoded: Locked<[Int: Country]>

    /// Builds a collection from countries already in memory (tests, custom data).
    public init(countries: [Country]) {
        let sorted = countries.sorted { $0.code < $1.code }
        self.init(entries: sorted.map { Entry(code: $0.code, alpha3: $0.alpha3, name: $0.name, bounds: $0.bounds) },
                  source: .built(sorted))
    }

    /// A collection whose countries are decoded from `rings` when first asked for.
    init(file rings: CountryRings) {
        let order = rings.entries.indices.sorted { rings.entries[$0].code < rings.entries[$1].code }
        self.init(entries: order.map { rings.entries[$0] }, source: .file(rings.reordered(order)))
    }

    private init(entries: [Entry], source: Source) {
        self.entries = entries
        self.source = source
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() {
            index[entry.code.uppercased()] = position
            if !entry.alpha3.isEmpty { index[entry.alpha3.uppercased()] = position }
        }
        indexByCode = index
        decoded = Locked([:])
    }

    /// All countries, ordered by alpha-2 code (every country's rings decoded).
    public var all: [Country] { entries.indices.map(country(at:)) }

    /// The country at `position` in code order, decoded once.
    private func country(at position: Int) -> Country {
        switch source {
        case .built(let countries):
            return countries[position]
        case .file(let rings):
            if let country = decoded.withLock({ $0[position] }) { return country }
            let country = rings.country(position, entry: entries[position])
            decoded.withLock { $0[position] = country }
            return country
        }
    }

    /// The country with an ISO 3166-1 alpha-2 (`SY`) or alpha-3 (`SYR`) code, any case.
    public func country(code: String) -> Country? {
        indexByCode[code.trimmingCharacters(in: .whitespaces).uppercased()].map(country(at:))
    }

    /// The country whose territory contains the point, or `nil` at sea or in Antarctica's
    /// absence. Where simplified borders overlap (within ~1 km), the first by code wins.
    public func country(containing point: Coordinate) -> Country? {
        entries.indices.lazy.filter { entries[$0].bounds?.contains(point) ?? true }.map(country(at:)).first { $0.contains(point) }
    }

    /// Codes closest in spelling to an unknown code or name, best first, for error messages.
    public func suggestions(for query: String, limit: Int = 3) -> [String] {
        let key = query.uppercased()
        let scored = entries.map { country -> (Int, String) in
            let byName = country.name.uppercased().hasPrefix(key) && key.count > 2 ? 0 : Int.max
            let distance = min(byName, Levenshtein.distance(key, country.code),
                               country.alpha3.isEmpty ? Int.max : Levenshtein.distance(key, country.alpha3))
            return (distance, country.code)
        }
        return scored.filter { $0.0 <= 1 }.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}
