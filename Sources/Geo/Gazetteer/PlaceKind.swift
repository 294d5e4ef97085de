/// What a gazetteer entry is: a base, an airfield, a port, a settlement, an area of land or water.
///
/// Raw values are the spellings used in `places.tsv`, scenario files and `--json` output.
public enum PlaceKind: String, Codable, Sendable, CaseIterable {
    case airBase = "air_base", navalBase = "naval_base", airport, port, city, region,
         country, sea, strait, canal

    /// Order used to break ties between equally good matches: the reading an analyst most
    /// often means when a bare name is shared (a country before a city of the same name,
    /// a city before the base or port named after it, any of these before an airfield).
    var tieBreakRank: Int {
        switch self {
        case .country: return 0
        case .city: return 1
        case .navalBase: return 2
        case .airBase: return 3
        case .port: return 4
        case .sea: return 5
        case .strait: return 6
        case .canal: return 7
        case .region: return 8
        case .airport: return 9
        }
    }

    /// Position in `allCases`, the kind's code in the binary gazetteer file.
    var storageCode: Int { Self.allCases.firstIndex(of: self)! }
}
