/// What kind of thing a report says moved.
public enum AssetKind: String, Sendable, Hashable {
    /// A ship or a boat: routed at sea.
    case ship
    /// An aircraft or a flight: routed in the air.
    case aircraft
    /// A road convoy or a column of vehicles: drawn on the road.
    case convoy

    /// The scenario's `mode:` for it: `sea`, `air` or `road`.
    public var mode: String {
        switch self {
        case .ship: return "sea"
        case .aircraft: return "air"
        case .convoy: return "road"
        }
    }
}
