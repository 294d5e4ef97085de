/// When a report says something happened: one day, or a span of days, possibly only
/// approximately ("about", "mid-October", "in the coming days").
public struct DraftTime: Sendable, Hashable {
    /// The first day.
    public var first: CivilDay
    /// The last day, inclusive; equal to ``first`` for a single day.
    public var last: CivilDay
    /// `true` for a hedged time ("about", "in the coming days"): written with a `~`.
    public var isApproximate: Bool

    /// The days `first` through `last` inclusive (one day when `last` is `nil`).
    public init(first: CivilDay, last: CivilDay? = nil, isApproximate: Bool = false) {
        self.first = first
        self.last = last ?? first
        self.isApproximate = isApproximate
    }

    /// The whole month `month` (1–12) of `year`; `nil` for a month that does not exist.
    public static func month(year: Int, month: Int) -> DraftTime? {
        guard let first = CivilDay(year: year, month: month, day: 1) else { return nil }
        return DraftTime(first: first, last: first + (CivilDay.length(year: year, month: month) - 1))
    }

    /// The scenario's time text: `2024-12-14`, `~2024-12-16`, `2024-12` or `2024-12-12/2024-12-14`.
    public var scenarioText: String {
        if first == last { return (isApproximate ? "~" : "") + first.iso }
        let (year, month, day) = first.components
        let end = last.components
        if day == 1, end.year == year, end.month == month, end.day == CivilDay.length(year: year, month: month) {
            return String(first.iso.prefix(7))
        }
        return "\(first.iso)/\(last.iso)"
    }

    /// For ordering: the middle day of the span.
    var middle: Int { (first.number + last.number) / 2 }
}
