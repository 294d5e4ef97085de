import Foundation

extension TimeSpan {
    /// How a map says when, in a few characters (UTC): `14 Dec`, `12–14 Dec`, `30 Nov–2 Dec`,
    /// `mid-Dec` for a week or more within a month, `Dec` for a month, with `~` in front when
    /// any of `spans` is approximate. `nil` without spans.
    public static func shortText(_ spans: [TimeSpan]) -> String? {
        guard let start = spans.map(\.start).min(), let end = spans.map(\.end).max() else { return nil }
        let prefix = spans.contains(where: \.isApproximate) ? "~" : ""
        let first = Self.day(start), last = Self.day(end.addingTimeInterval(-1))
        if spans.allSatisfy({ $0.precision == .month }), first.month == last.month {
            return prefix + first.monthName
        }
        if spans.count == 1, spans[0].precision == .days, first.month == last.month, last.day - first.day >= 6 {
            let middle = (first.day + last.day) / 2
            return prefix + (middle <= 10 ? "early" : middle <= 20 ? "mid" : "late") + "-" + first.monthName
        }
        if first == last { return prefix + "\(first.day) \(first.monthName)" }
        if first.month == last.month { return prefix + "\(first.day)–\(last.day) \(first.monthName)" }
        return prefix + "\(first.day) \(first.monthName)–\(last.day) \(last.monthName)"
    }

    /// `16 Dec 06:00` (UTC), for a time a map estimates.
    public static func shortText(_ date: Date) -> String {
        let day = Self.day(date)
        let calendar = Self.calendar
        let hour = calendar.component(.hour, from: date), minute = calendar.component(.minute, from: date)
        return "\(day.day) \(day.monthName) " + String(format: "%02d:%02d", hour, minute)
    }

    private struct Day: Equatable {
        var year: Int, month: Int, day: Int
        var monthName: String { ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1] }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func day(_ date: Date) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
