/// How a route's certainty shows in its line: the dash pattern and the opacity, and
/// optionally a colour that replaces the mode's colour. The defaults: observed solid,
/// reported dashed, planned dotted, inferred dash-dot at 75% opacity, each in its mode's
/// colour.
public struct CertaintyLine: Hashable, Sendable, Codable {
    /// The dash pattern.
    public var dash: Pen.Dash
    /// Opacity 0…1 applied to the line's colour.
    public var opacity: Double
    /// A colour for every route of this certainty whatever its mode; `nil` keeps the
    /// mode's colour.
    public var color: Color?

    /// A line of `dash` at `opacity`, in the mode's colour unless `color` is given.
    public init(dash: Pen.Dash, opacity: Double = 1, color: Color? = nil) {
        self.dash = dash
        self.opacity = opacity
        self.color = color
    }

    /// The line a certainty has unless a style says otherwise.
    public static func standard(for certainty: Certainty) -> CertaintyLine {
        switch certainty {
        case .observed: return CertaintyLine(dash: .solid)
        case .reported: return CertaintyLine(dash: .dashed)
        case .planned: return CertaintyLine(dash: .dotted)
        case .inferred: return CertaintyLine(dash: .dashdot, opacity: 0.75)
        }
    }
}
