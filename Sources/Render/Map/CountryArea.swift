import Geo

/// A country to name: its name as the map shows it, its bounds, and the points inside it
/// where a name can sit, with the room there (``CountryNameSites``).
public struct CountryArea: Sendable, Equatable {
    /// The name as the map shows it.
    public var name: String
    /// The box enclosing the territory, in degrees.
    public var bounds: BoundingBox
    /// Points inside the territory with their great-circle distance to its nearest edge:
    /// the name goes at the one with the most room on the page, the page's edges counted.
    public var sites: [CountryNameSites.Site]

    /// A country `name` within `bounds` (degrees), with the `sites` its name may take.
    public init(name: String, bounds: BoundingBox, sites: [CountryNameSites.Site]) {
        self.name = name
        self.bounds = bounds
        self.sites = sites
    }
}
