/// What a basemap polygon encloses, following GSHHG's nesting levels.
///
/// Each level lies inside one of the level above: islands in lakes sit in lakes, which
/// sit in land. Antarctica (GSHHG levels 5 and 6, ice front and grounding line) is `land`.
public enum SurfaceKind: Int, Sendable, Codable {
    /// Land bounded by the sea (continents and sea islands).
    case land = 1
    /// A lake on land (the Caspian Sea is one).
    case lake = 2
    /// An island in a lake (Manitoulin Island in Lake Huron).
    case islandInLake = 3
    /// A pond on an island in a lake.
    case pondOnIsland = 4

    /// `true` for the kinds that are dry ground: land and islands in lakes.
    public var isLand: Bool { self == .land || self == .islandInLake }
}
