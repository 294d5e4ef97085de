/// A length on the page, parsed from `10pt`, `3mm`, `1cm`, `0.5in` or `12px` (= points).
public struct Length: Hashable, Sendable, Codable {
    /// The length in points, 1/72 inch.
    public var points: Double

    /// A length of `points` points.
    public init(points: Double) { self.points = points }

    /// Parses a number with an optional unit `pt`, `px`, `mm`, `cm` or `in` (no unit:
    /// points); `nil` when it is not a finite number. Negative lengths parse; callers
    /// that need a width check the sign.
    public init?(parsing text: String) {
        let units: [(String, Double)] = [("pt", 1), ("px", 1), ("mm", 72 / 25.4), ("cm", 72 / 2.54), ("in", 72)]
        var number = text.trimmingWhitespace()
        var factor = 1.0
        for (suffix, value) in units where number.hasSuffix(suffix) {
            number = String(number.dropLast(suffix.count))
            factor = value
            break
        }
        guard let value = Double(number), value.isFinite else { return nil }
        points = value * factor
    }
}
