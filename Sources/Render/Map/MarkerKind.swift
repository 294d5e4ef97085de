import Geo

/// What a marker stands for; each kind has its own symbol.
public enum MarkerKind: String, Sendable, Codable, CaseIterable {
    /// A military air base (`air_base`): a filled triangle.
    case airBase = "air_base"
    /// A naval base (`naval_base`): a filled diamond.
    case navalBase = "naval_base"
    /// A civil airport: a hollow triangle.
    case airport
    /// A civil port: a filled square.
    case port
    /// A town or city: a filled circle.
    case city
    /// A reported position given as coordinates, not a named place: a hollow circle.
    case position
    /// A named place that is neither a facility nor a town — a region, a cape: a hollow square.
    case place
    /// Where an asset is estimated to be at a time (`--at`): a hollow diamond.
    case estimate
}
