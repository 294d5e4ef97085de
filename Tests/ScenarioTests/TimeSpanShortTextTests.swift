import Foundation
import Testing
@testable import Scenario
import Routes
import Geo

@Suite("Short dates on maps")
struct TimeSpanShortTextTests {
    static func day(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text + "T00:00:00Z")!
    }

    static func span(_ from: String, _ to: String, _ precision: TimeSpan.Precision, approximate: Bool = false) -> TimeSpan {
        TimeSpan(start: day(from), end: day(to), precision: precision, isApproximate: approximate)
    }

    @Test("a day, days, across months, a week in mid-month, a month, an approximate day", arguments: [
        ([span("2024-12-14", "2024-12-15", .day)], "14 Dec"),
        ([span("2024-12-12", "2024-12-13", .day), span("2024-12-14", "2024-12-15", .day)], "12–14 Dec"),
        ([span("2024-11-30", "2024-12-03", .days)], "30 Nov–2 Dec"),
        ([span("2024-12-11", "2024-12-21", .days)], "mid-Dec"),
        ([span("2024-12-01", "2024-12-09", .days)], "early-Dec"),
        ([span("2024-12-01", "2025-01-01", .month)], "Dec"),
        ([span("2024-12-16", "2024-12-17", .day, approximate: true)], "~16 Dec"),
    ])
    func shortText(spans: [TimeSpan], expected: String) {
        #expect(TimeSpan.shortText(spans) == expected)
    }

    @Test("an estimated time reads day, month, hours and minutes in UTC")
    func estimate() {
        #expect(TimeSpan.shortText(Self.day("2024-12-16").addingTimeInterval(6 * 3600)) == "16 Dec 06:00")
        #expect(TimeSpan.shortText([]) == nil)
    }
}
