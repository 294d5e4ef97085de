import Foundation
import Geo

/// The yearly window in which a seasonal passage is navigable, or a sea is ice-bound.
///
/// Days are calendar days (UTC) and the window may run over the new year (1 Dec–15 May).
/// `source` names the published navigation-season figures the window is taken from.
public struct PassageSeason: Sendable, Equatable {
    /// First day of the window: month 1–12 and day of month.
    public var opens: (month: Int, day: Int)
    /// Last day of the window, inclusive.
    public var closes: (month: Int, day: Int)
    /// Where the window comes from.
    public var source: String

    init(opens: (month: Int, day: Int), closes: (month: Int, day: Int), source: String) {
        self.opens = opens
        self.closes = closes
        self.source = source
    }

    /// Equal when both days and the source are equal (tuples are not `Equatable`).
    public static func == (a: PassageSeason, b: PassageSeason) -> Bool {
        a.opens == b.opens && a.closes == b.closes && a.source == b.source
    }

    /// Parses the `"MM-DD"` form of `passages.json`.
    init?(opens: String, closes: String, source: String) {
        guard let start = Self.monthDay(opens), let end = Self.monthDay(closes) else { return nil }
        self.init(opens: start, closes: end, source: source)
    }

    private static func monthDay(_ text: String) -> (month: Int, day: Int)? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, (1...12).contains(parts[0]), (1...31).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    /// Whether `date` (read in UTC) falls inside the window.
    public func contains(_ date: Date) -> Bool {
        let parts = Self.utc.dateComponents([.month, .day], from: date)
        let day = (parts.month ?? 1) * 100 + (parts.day ?? 1)
        let start = opens.month * 100 + opens.day, end = closes.month * 100 + closes.day
        return start <= end ? (start...end).contains(day) : day >= start || day <= end
    }

    /// The window as a reader writes it: "1 Jul–15 Nov".
    public var description: String {
        "\(opens.day) \(Self.monthNames[opens.month - 1])–\(closes.day) \(Self.monthNames[closes.month - 1])"
    }

    /// A day as the notes write it: "3 Dec 2024".
    static func day(_ date: Date) -> String {
        let parts = utc.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 1) \(monthNames[(parts.month ?? 1) - 1]) \(parts.year ?? 1970)"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
