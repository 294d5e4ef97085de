/// What the rest of a scenario says about one place mention: the kind it must be, the kinds
/// its asset's mode makes likely, and where the scenario's other places are.
public struct PlaceContext: Sendable, Hashable {
    /// Only these kinds (a scenario's `kind:`); `nil` allows all.
    public var kinds: Set<PlaceKind>?
    /// Only places in this country (ISO alpha-2); `nil` allows all.
    public var country: String?
    /// Kinds the mention most likely is (an aircraft lands at an airfield, a ship calls at a
    /// port or naval base); others are not excluded, only weighed down.
    public var preferred: Set<PlaceKind>
    /// The scenario's other places (degrees), those resolved with confidence.
    public var anchors: [Coordinate] {
        didSet { anchorIndex = nil }
    }
    /// ISO alpha-2 codes of the countries the scenario's other places lie in or name.
    public var countries: Set<String>

    /// A context from what the scenario says; every part is optional and `country` is
    /// upper-cased. Anchor coordinates are in degrees.
    public init(kinds: Set<PlaceKind>? = nil, country: String? = nil, preferred: Set<PlaceKind> = [],
                anchors: [Coordinate] = [], countries: Set<String> = []) {
        self.kinds = kinds
        self.country = country?.uppercased()
        self.preferred = preferred
        self.anchors = anchors
        self.countries = countries
    }

    /// ``anchors`` indexed, when one index serves many names (``Gazetteer/resolve(mentions:)``);
    /// cleared whenever the anchors change, so it never answers for other anchors.
    var anchorIndex: AnchorIndex?

    /// The index of ``anchors``: the one kept, or a new one.
    var indexedAnchors: AnchorIndex { anchorIndex ?? AnchorIndex(anchors) }

    public static func == (a: PlaceContext, b: PlaceContext) -> Bool {
        a.kinds == b.kinds && a.country == b.country && a.preferred == b.preferred && a.anchors == b.anchors
            && a.countries == b.countries
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kinds)
        hasher.combine(country)
        hasher.combine(preferred)
        hasher.combine(anchors)
        hasher.combine(countries)
    }

    /// No context: a place name on its own.
    public static let none = PlaceContext()

    /// The kinds an aircraft stops at.
    public static let airfieldKinds: Set<PlaceKind> = [.airBase, .airport]
    /// The kinds a ship calls at or passes.
    public static let seaKinds: Set<PlaceKind> = [.port, .navalBase, .sea, .strait, .canal, .cape, .island]
}
