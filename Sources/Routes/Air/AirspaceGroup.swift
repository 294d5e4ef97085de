import Foundation
import Geo

/// A named group of countries whose airspace is closed together: `--avoid-airspace EU,NATO`
/// or `avoid: [schengen]` closes every member's airspace.
///
/// Membership is as of ``asOf`` (2025-01-01), from each organisation's own list:
/// - EU, 27 member states: European Union, "EU countries",
///   https://european-union.europa.eu/principles-countries-history/eu-countries_en
///   (the United Kingdom left on 31 January 2020).
/// - NATO, 32 members: NATO, "NATO member countries",
///   https://www.nato.int/cps/en/natohq/topics_52044.htm (Finland joined on 4 April 2023,
///   Sweden on 7 March 2024).
/// - Schengen, 29 states: European Commission, "Schengen Area",
///   https://home-affairs.ec.europa.eu/policies/schengen-borders-and-visa/schengen-area_en —
///   the EU states but Cyprus and Ireland, with Iceland, Liechtenstein, Norway and Switzerland;
///   Croatia since 1 January 2023; Bulgaria and Romania fully from 1 January 2025 (air and sea
///   borders since 31 March 2024, land borders by the Council's decision of 12 December 2024).
/// - GCC, 6 members: Gulf Cooperation Council Secretariat General, https://www.gcc-sg.org/en
///   (Bahrain, Kuwait, Oman, Qatar, Saudi Arabia, United Arab Emirates; Charter of 1981).
///
/// Members are ISO 3166-1 alpha-2 codes, as ``FlightOptions/avoidAirspace`` takes them.
public struct AirspaceGroup: Sendable, Equatable, Hashable {
    /// The name the group is written with, e.g. `EU`; matched without regard to case.
    public var name: String
    /// The organisation's full name, e.g. `European Union`.
    public var title: String
    /// Member countries, ISO 3166-1 alpha-2, sorted.
    public var members: [String]
    /// Where the membership list comes from: the organisation's site (the page is in the
    /// type's documentation).
    public var source: String

    /// A group of `members` (ISO 3166-1 alpha-2 codes, stored sorted), with its short name,
    /// full title and the source of the list.
    public init(name: String, title: String, members: [String], source: String) {
        self.name = name
        self.title = title
        self.members = members.sorted()
        self.source = source
    }

    /// The date the memberships are current to, ISO 8601.
    public static let asOf = "2025-01-01"

    /// The European Union's 27 member states.
    public static let eu = AirspaceGroup(
        name: "EU", title: "European Union",
        members: ["AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                  "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"],
        source: "european-union.europa.eu")

    /// NATO's 32 members, Finland (2023) and Sweden (2024) included.
    public static let nato = AirspaceGroup(
        name: "NATO", title: "North Atlantic Treaty Organization",
        members: ["AL", "BE", "BG", "CA", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IS",
                  "IT", "LT", "LU", "LV", "ME", "MK", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "TR", "US"],
        source: "nato.int")

    /// The Schengen Area's 29 states, Bulgaria and Romania in full from 1 January 2025.
    public static let schengen = AirspaceGroup(
        name: "Schengen", title: "Schengen Area",
        members: ["AT", "BE", "BG", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IS", "IT",
                  "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK"],
        source: "home-affairs.ec.europa.eu")

    /// The Gulf Cooperation Council's 6 members.
    public static let gcc = AirspaceGroup(
        name: "GCC", title: "Gulf Cooperation Council",
        members: ["AE", "BH", "KW", "OM", "QA", "SA"],
        source: "gcc-sg.org")

    /// Every group, in the order help lists them.
    public static let all: [AirspaceGroup] = [eu, nato, schengen, gcc]

    /// The group with this name, any case (`eu`, `Nato`, `SCHENGEN`), or `nil`.
    public static func named(_ name: String) -> AirspaceGroup? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return all.first { $0.name.lowercased() == key }
    }

    /// Group names closest in spelling to an unknown entry (one edit away, or an entry of
    /// three letters or more that begins a name), for error messages.
    public static func suggestions(for query: String) -> [String] {
        let key = query.trimmingCharacters(in: .whitespaces).lowercased()
        return all.map(\.name).filter { name in
            let lower = name.lowercased()
            return Levenshtein.distance(key, lower) <= 1 || (key.count >= 3 && lower.hasPrefix(key))
        }
    }

    /// One line per group for help texts: `EU — European Union, 27 members (european-union.europa.eu)`.
    public static var summary: String {
        all.map { "\($0.name) — \($0.title), \($0.members.count) members (\($0.source))" }.joined(separator: "\n")
    }
}
