/// The look of a route by mode and certainty: colour by mode, dash and opacity by certainty
/// (``Theme/certaintyLine(for:)``: by default observed solid, reported dashed, planned
/// dotted, inferred dash-dot and fainter), width by count.
struct RouteStyle: Sendable, Equatable {
    /// The line itself: the mode's colour, the certainty's dash, the count's width.
    var pen: Pen
    /// A wider continuous line under ``pen`` in the theme's casing colour (``Theme/casingWidth`` wider),
    /// so the route stands out from the basemap.
    var casing: Pen

    /// The style of a route of `mode` and `certainty` standing for `count` movements.
    init(mode: RouteMode, certainty: Certainty, count: Int, theme: Theme) {
        let line = theme.certaintyLine(for: certainty)
        var color: Color
        switch mode {
        case .air: color = theme.air
        case .sea: color = theme.sea
        case .road: color = theme.road
        }
        if let certaintyColor = line.color { color = certaintyColor }
        let width = RouteStyle.width(forCount: count, theme: theme)
        let dash = line.dash
        pen = Pen(width: width, color: color.opacity(color.alpha * line.opacity), dash: dash)
        // Dashed and dotted lines get a continuous casing so their gaps still read as one line.
        casing = Pen(width: width + theme.casingWidth, color: theme.casing.opacity(theme.casing.alpha * (dash == .solid ? 1 : 0.8)))
    }

    /// Line width in points for a line standing for `count` movements: the theme's
    /// ``Theme/routeWidth`` for one, 1.1 points more per doubling (logarithmic).
    static func width(forCount count: Int, theme: Theme) -> Double {
        theme.routeWidth + 1.1 * log2(Double(max(count, 1)))
    }

    /// log₂ by halving, linear between powers of two (exact at them; no Foundation).
    private static func log2(_ value: Double) -> Double {
        var result = 0.0, remaining = value
        while remaining >= 2 { remaining /= 2; result += 1 }
        return result + (remaining - 1)
    }
}
