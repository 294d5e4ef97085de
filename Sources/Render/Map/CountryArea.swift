import Geo

/// A country to name: its name as the map shows it and its outline.
public struct CountryArea: Sendable, Equatable {
    /// The name as the map shows it.
    public var name: String
    /// The box enclosing the outline, in degrees.
    public var bounds: BoundingBox
    /// The outline's closed rings, in degrees; the name goes at the outline's pole of
    /// inaccessibility on the page (Agafonkin's polylabel, 2016) when it fits there.
    public var rings: [[Coordinate]]

    /// A country `name` with its outline `rings` (degrees) and their `bounds`.
    public init(name: String, bounds: BoundingBox, rings: [[Coordinate]]) {
        self.name = name
        self.bounds = bounds
        self.rings = rings
    }
}
