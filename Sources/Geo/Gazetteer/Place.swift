/// One named place: a base, airfield, port, city, region, country, sea, strait or canal.
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// Stable identifier, `kind-prefix:slug`, e.g. `airbase:hmeimim`, `icao:OSLK`, `sea:norwegian-sea`.
    public var id: String
    /// Display name, e.g. "Hmeimim Air Base".
    public var name: String
    /// Short label for maps, e.g. "Hmeimim".
    public var shortName: String
    /// What the place is.
    public var kind: PlaceKind
    /// Representative point in degrees; for a sea or strait a point on the water.
    public var coordinate: Coordinate
    /// ISO 3166-1 alpha-2 code of the country the place lies in; `nil` for international waters.
    public var country: String?
    /// Other spellings and names: transliterations, former names, descriptive forms.
    public var aliases: [String]
    /// Identifying codes: ICAO and IATA for airfields, ISO alpha-2 and alpha-3 for countries.
    public var codes: [String]
    /// Polygon ring (not closed, first vertex not repeated) covering a sea, strait, canal or
    /// region, in degrees. Longitudes are continuous: a ring crossing the antimeridian uses
    /// values beyond ±180 rather than jumping, so it can be read as a planar polygon.
    public var area: [Coordinate]?
    /// How readily a bare mention of the name means this place, 0…100: countries 100, curated
    /// bases, seas and straits 80–85, cities by population (10 per power of ten: a city of a
    /// million is 65), airfields by size (large 70, small 30, closed or heliports 12).
    public var prominence: Int

    /// A place from its fields; `shortName` defaults to `name`, `prominence` to 50 (a middling
    /// place). The coordinate and any area are in degrees.
    public init(id: String, name: String, shortName: String? = nil, kind: PlaceKind, coordinate: Coordinate,
                country: String? = nil, aliases: [String] = [], codes: [String] = [], area: [Coordinate]? = nil,
                prominence: Int = 50) {
        self.id = id
        self.name = name
        self.shortName = shortName ?? name
        self.kind = kind
        self.coordinate = coordinate
        self.country = country
        self.aliases = aliases
        self.codes = codes
        self.area = area
        self.prominence = prominence
    }
}
