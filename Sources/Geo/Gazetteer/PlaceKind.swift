/// What a gazetteer entry is: a base, an airfield, a port, a settlement, an area of land or water.
///
/// Raw values are the spellings used in `places.tsv`, scenario files and `--json` output.
public enum PlaceKind: String, Codable, Sendable, CaseIterable {
    /// A military airfield (`air_base`).
    case airBase = "air_base"
    /// A naval base or naval station (`naval_base`).
    case navalBase = "naval_base"
    /// A civil or joint-use airport, usually with ICAO and IATA codes.
    case airport
    /// A commercial port.
    case port
    /// A city or town.
    case city
    /// A region of land: a province, an oblast, a named area.
    case region
    /// A country, with its ISO 3166-1 alpha-2 and alpha-3 codes.
    case country
    /// A sea, gulf or bay.
    case sea
    /// A strait: a narrow passage of water between two seas.
    case strait
    /// A ship canal (Suez, Panama, Kiel).
    case canal
    /// A cape or headland.
    case cape
    /// An island.
    case island
    /// A peninsula.
    case peninsula
    /// A named road or highway; a sighting there means somewhere along it.
    case road

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
        case .island: return 9
        case .peninsula: return 10
        case .cape: return 11
        case .airport: return 12
        case .road: return 13
        }
    }

    /// `true` for kinds that stand for an area rather than a point: a sighting there means
    /// "somewhere in it" (countries, regions, seas, straits, canals, islands, peninsulas, roads).
    public var isArea: Bool {
        switch self {
        case .country, .region, .sea, .strait, .canal, .island, .peninsula, .road: return true
        case .airBase, .navalBase, .airport, .port, .city, .cape: return false
        }
    }

    /// `true` for airfields: air bases and airports.
    public var isAirfield: Bool { self == .airBase || self == .airport }

    /// `true` for the kinds a ship calls at: ports and naval bases.
    public var isHarbour: Bool { self == .port || self == .navalBase }

    /// Parses a kind as users write it: `naval_base`, `naval base`, `Naval-Base`, `airbase`.
    public init?(parsing text: String) {
        let normalized = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        switch normalized {
        case "airbase": self = .airBase
        case "navalbase", "naval_station": self = .navalBase
        case "airfield": self = .airport
        case "ocean": self = .sea
        case "state", "province": self = .region
        default:
            guard let kind = PlaceKind(rawValue: normalized) else { return nil }
            self = kind
        }
    }

    /// How names of this kind are written around the bare name `X`: "X Canal", "Strait of X".
    var namePatterns: [String] {
        switch self {
        case .canal: return ["X Canal"]
        case .strait: return ["X Strait", "Strait of X", "Straits of X", "X Channel"]
        case .island: return ["X Island", "X Islands", "Isle of X"]
        case .peninsula: return ["X Peninsula"]
        case .cape: return ["Cape X"]
        case .sea: return ["X Sea", "Sea of X", "Gulf of X", "X Ocean"]
        case .navalBase: return ["X naval base"]
        case .airBase: return ["X air base"]
        case .port: return ["Port of X"]
        case .airport: return ["X airport"]
        case .road: return ["X highway"]
        case .region: return ["X region", "X province"]
        case .city, .country: return []
        }
    }

    /// Position in `allCases`, the kind's code in the binary gazetteer file.
    var storageCode: Int { Self.allCases.firstIndex(of: self)! }
}
