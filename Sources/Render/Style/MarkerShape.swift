import Geo

/// The symbol a marker kind is drawn with: one of the four outlines movemap draws
/// (triangle, diamond, square, circle), filled in the theme's marker colour or hollow.
///
/// Written `triangle`, `diamond`, `square` or `circle`, with `-outline` for the hollow
/// form (`circle-outline` is the reported-position ring).
public struct MarkerShape: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The outline of a symbol.
    public enum Outline: String, Hashable, Sendable, Codable, CaseIterable {
        /// A triangle standing on its base (▲), the air-base symbol.
        case triangle
        /// A square on its point (◆), the naval-base symbol.
        case diamond
        /// An upright square (■), the port symbol.
        case square
        /// A circle (●), the city symbol.
        case circle
    }

    /// The symbol's outline.
    public var outline: Outline
    /// Drawn as an outline round the theme's marker-outline colour rather than filled.
    public var isHollow: Bool

    /// A symbol of `outline`, filled unless `hollow`.
    public init(_ outline: Outline, hollow: Bool = false) {
        self.outline = outline
        self.isHollow = hollow
    }

    /// Parses `triangle`, `diamond`, `square`, `circle`, each optionally with `-outline`;
    /// `nil` for anything else.
    public init?(parsing text: String) {
        let (name, hollow) = text.variant("-outline")
        guard let outline = Outline(rawValue: name) else { return nil }
        self.init(outline, hollow: hollow)
    }

    /// Every name ``init(parsing:)`` accepts, filled forms first.
    public static let names: [String] = Outline.allCases.map(\.rawValue) + Outline.allCases.map { $0.rawValue + "-outline" }

    /// The name it is written as, e.g. `circle-outline`.
    public var description: String { outline.rawValue + (isHollow ? "-outline" : "") }

    /// The symbol a kind has unless a style says otherwise: air base ▲, naval base ◆,
    /// airfield △, port ■, city ●, reported position ○.
    public static func standard(for kind: MarkerKind) -> MarkerShape {
        switch kind {
        case .airBase: return MarkerShape(.triangle)
        case .navalBase: return MarkerShape(.diamond)
        case .airport: return MarkerShape(.triangle, hollow: true)
        case .port: return MarkerShape(.square)
        case .city: return MarkerShape(.circle)
        case .position: return MarkerShape(.circle, hollow: true)
        case .place: return MarkerShape(.square, hollow: true)
        case .estimate: return MarkerShape(.diamond, hollow: true)
        }
    }
}
