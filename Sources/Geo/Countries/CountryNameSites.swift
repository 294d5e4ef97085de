import Foundation

/// Where a map can print each country's name: its name, its bounds, and points inside its
/// territory with the room there, from `Resources/countries/index.bin` (`CountryIndexFile`).
///
/// `scripts/build_country_index.py` finds the points once: the pole of inaccessibility of
/// each part of the territory, and the points of a lattice across it, each with its
/// great-circle distance to the nearest edge of the territory (outer rings and holes). A map
/// projects only these points instead of every outline, so naming countries costs a few
/// thousand projected points, and no country's rings are decoded to name it.
///
/// The points are read in place when a country's ``sites(of:)`` are asked for.
public struct CountryNameSites: Sendable {
    /// A point inside a country and its distance to the nearest edge of the territory.
    public struct Site: Sendable, Equatable {
        /// The point, longitude in −180…180.
        public var coordinate: Coordinate
        /// Great-circle distance to the nearest edge, in kilometres.
        public var roomKilometres: Double

        public init(coordinate: Coordinate, roomKilometres: Double) {
            self.coordinate = coordinate
            self.roomKilometres = roomKilometres
        }
    }

    /// A country as the index lists it.
    public struct Entry: Sendable {
        /// ISO 3166-1 alpha-2 code.
        public var code: String
        /// The name as `countries.json` gives it (``Country/shortName`` rules apply).
        public var name: String
        /// The box enclosing the territory.
        public var bounds: BoundingBox
        let index: Int

        /// The name as a map prints it ("Russia", not "Russian Federation").
        public var shortName: String { Country.shortName(of: name) }
    }

    /// Every country, in the index's order (that of `countries.json`).
    public let entries: [Entry]
    private let file: CountryIndexFile

    /// Loads `index.bin` from a folder (default: the resources' `countries/`), checked
    /// against its checksum. Throws ``GeoError/resource(path:message:)`` for a missing,
    /// damaged or malformed file.
    public static func load(from directory: URL? = nil) throws -> CountryNameSites {
        CountryNameSites(file: try CountryIndexFile.load(from: try directory ?? ResourceDirectory.file("countries")))
    }

    init(file: CountryIndexFile) {
        self.file = file
        entries = file.entries.enumerated().map { Entry(code: $1.code, name: $1.name, bounds: $1.bounds, index: $0) }
    }

    /// The sites of a country, the roomiest first.
    public func sites(of entry: Entry) -> [Site] {
        file.sites(of: file.entries[entry.index])
    }
}
