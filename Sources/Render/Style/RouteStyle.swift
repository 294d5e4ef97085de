/// The look of a route by mode and certainty: observed solid, reported dashed, planned
/// dotted, inferred dash-dot and fainter; colour by mode; width by count.
struct RouteStyle: Sendable, Equatable {
    /// The line itself: the mode's colour, the certainty's dash, the count's width.
    var pen: Pen
    /// A wider continuous line under ``pen`` in the theme's casing colour (3 points wider),
    /// so the route stands out from the basemap.
    var casing: Pen

    /// The style of a route of `mode` and `certainty` standing for `count` movements.
    init(mode: RouteMode, certainty: Certainty, count: Int, theme: Theme) {
        let color: Color
        switch mode {
        case .air: color = theme.air
        case .sea: color = theme.sea
        case .road: color = theme.road
        }
        let width = RouteStyle.width(forCount: count)
        let dash: Pen.Dash
        var alpha = 1.0
        switch certainty {
        case .observed: dash = .solid
        case .reported: dash = .dashed
        case .planned: dash = .dotted
        case .inferred: dash = .dashdot; alpha = 0.75
        }
        pen = Pen(width: width, color: color.opacity(alpha), dash: dash)
        // Dashed and dotted lines get a continuous casing so their gaps still read as one line.
        casing = Pen(width: width + 3, color: theme.casing.opacity(theme.casing.alpha * (dash == .solid ? 1 : 0.8)))
    }

    /// Line width in points for a line standing for `count` movements (logarithmic).
    static func width(forCount count: Int) -> Double {
        2.6 + 1.1 * log2(Double(max(count, 1)))
    }

    /// log₂ by halving, linear between powers of two (exact at them; no Foundation).
    private static func log2(_ value: Double) -> Double {
        var result = 0.0, remaining = value
        while remaining >= 2 { remaining /= 2; result += 1 }
        return result + (remaining - 1)
    }
}
