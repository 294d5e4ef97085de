import Geo

/// A strait or canal the router models, which a route can be told to avoid or allow.
public struct Passage: Sendable, Equatable {
    /// Stable id used in options and output, e.g. `"bosporus"`, `"kiel"`.
    public var id: String
    /// Display name, e.g. "Kiel Canal".
    public var name: String
    /// `true` for designated channels through land (Suez, Panama, Kiel, Corinth).
    public var isCanal: Bool
    /// Whether routes may use it without `allow`.
    public var openByDefault: Bool
    /// The gate polygon, degrees: across a strait coast to coast, or hugging a canal.
    /// Closing the passage blocks the water inside it.
    var gate: [Coordinate]
    /// The fixed channel through the passage, when it has one: a canal's centreline, or a
    /// water-only line through a strait narrower than the navigation grid.
    var channel: [Coordinate]
    /// For seasonal passages (the Northern Sea Route, the Northwest Passage): the yearly
    /// window in which ships transit. Outside it, or with no date to judge by, the passage is
    /// closed unless allowed.
    public var season: PassageSeason?

    init(id: String, name: String, isCanal: Bool, openByDefault: Bool,
                gate: [Coordinate] = [], channel: [Coordinate] = [], season: PassageSeason? = nil) {
        self.id = id
        self.name = name
        self.isCanal = isCanal
        self.openByDefault = openByDefault
        self.gate = gate
        self.channel = channel
        self.season = season
    }
}
