/// How a line is stroked: width in points, colour and dash style.
///
/// Parsed from the command line and scenario files as `width,color,style`, e.g.
/// `0.5pt,navy,dashed` — the same vocabulary everywhere.
public struct Pen: Hashable, Sendable, Codable {
    /// Dash patterns, scaled by the pen width when drawn.
    public enum Dash: String, Sendable, Codable, CaseIterable {
        /// A continuous line.
        case solid
        /// Dashes 4 widths long with gaps of 2.5 widths.
        case dashed
        /// Round dots (0.01-width dashes with round caps) about 1.9 widths apart.
        case dotted
        /// Alternating dashes and dots.
        case dashdot

        /// Lengths of on/off runs in multiples of the line width (taken as at least 0.8 points).
        var pattern: [Double] {
            switch self {
            case .solid: return []
            case .dashed: return [4, 2.5]
            case .dotted: return [0.01, 1.9]
            case .dashdot: return [4, 2, 0.01, 2]
            }
        }
    }

    /// Line width in points (1/72 inch; one pixel at scale 1).
    public var width: Double
    /// The stroke colour; its alpha sets the line's opacity.
    public var color: Color
    /// The dash style.
    public var dash: Dash

    /// A pen `width` points wide in `color`, solid unless `dash` is given.
    public init(width: Double, color: Color, dash: Dash = .solid) {
        self.width = width
        self.color = color
        self.dash = dash
    }

    /// Parses `width[,color[,style]]`, e.g. `0.5pt,navy,dashed`: a width with `pt`, `px`
    /// (= points), `mm`, `cm` or `in`, a colour as ``Color/init(parsing:)`` reads it (default
    /// black) and a ``Dash`` name (default solid). `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ",").map { String($0).trimmingWhitespace() }
        guard let first = parts.first, let width = Length(parsing: first)?.points, width >= 0 else { return nil }
        var color = Color.black
        var dash = Dash.solid
        if parts.count > 1 {
            guard let parsed = Color(parsing: parts[1]) else { return nil }
            color = parsed
        }
        if parts.count > 2 {
            guard let parsed = Dash(rawValue: parts[2]) else { return nil }
            dash = parsed
        }
        guard parts.count <= 3 else { return nil }
        self.init(width: width, color: color, dash: dash)
    }
}

extension String {
    /// The string without leading and trailing whitespace (Foundation-free).
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
