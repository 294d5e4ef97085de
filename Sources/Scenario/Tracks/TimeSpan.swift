import Foundation

/// When a sighting happened as a report says it: an exact time, a day, a month, a span of
/// days, or an approximate day. Tracks are ordered and timed by ``representative``: the
/// time or day as written, or the middle of a longer span.
public struct TimeSpan: Sendable, Hashable {
    /// How finely the report gives the time.
    public enum Precision: Sendable, Hashable {
        /// `2024-12-14T10:30Z`
        case instant
        /// `2024-12-14`, `~2024-12-16`
        case day
        /// `2024-12`
        case month
        /// `2024-12-12/2024-12-14`
        case days
    }

    /// The first instant of the span.
    public var start: Date
    /// The first instant after the span.
    public var end: Date
    /// How finely the report gives the time: an instant, a day, a month or several days.
    public var precision: Precision
    /// `true` when the report hedges the time ("about", `~2024-12-16`); labels show a `~`.
    public var isApproximate: Bool

    /// A span from `start` up to, not including, `end`, given to `precision`.
    public init(start: Date, end: Date, precision: Precision, isApproximate: Bool = false) {
        self.start = start
        self.end = end
        self.precision = precision
        self.isApproximate = isApproximate
    }

    /// The time tracks order and time by: the start of an instant or a day (as an exact day
    /// always was), the middle of a month or a span of days.
    public var representative: Date {
        switch precision {
        case .instant, .day: return start
        case .month, .days: return start.addingTimeInterval(end.timeIntervalSince(start) / 2)
        }
    }

    /// How a label shows it, as a report would: "14 Dec", "~16 Dec", "12–14 Dec", "mid-Dec",
    /// "Dec 2024", "14 Dec 10:30Z".
    public var label: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let a = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: start)
        let last = calendar.dateComponents([.year, .month, .day], from: end.addingTimeInterval(-1))
        let month = months[a.month! - 1]
        switch precision {
        case .instant: return "\(a.day!) \(month) " + String(format: "%02d:%02d", a.hour!, a.minute!) + "Z"
        case .day: return (isApproximate ? "~" : "") + "\(a.day!) \(month)"
        case .month: return "\(month) \(a.year!)"
        case .days:
            let length = calendar.range(of: .day, in: .month, for: start)!.count
            let third = length / 3
            if a.month == last.month, a.year == last.year {
                if a.day == 1 + third, last.day == 2 * third { return "mid-\(month)" }
                if a.day == 1, last.day == third { return "early \(month)" }
                if a.day == 1 + 2 * third, last.day == length { return "late \(month)" }
                return (isApproximate ? "~" : "") + "\(a.day!)–\(last.day!) \(month)"
            }
            return (isApproximate ? "~" : "") + "\(a.day!) \(month) – \(last.day!) \(months[last.month! - 1])"
        }
    }
}
