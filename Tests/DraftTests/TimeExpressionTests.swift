import Testing
@testable import Draft

/// Times as reports write them, read against a report dated Saturday 14 December 2024.
@Suite struct TimeExpressionTests {
    static func times(_ sentence: String, date: String? = "2024-12-14") -> [String] {
        let text = ReportText(sentence)
        let finder = TimeExpressions(reportDate: date.flatMap { CivilDay(iso: $0) })
        return text.sentences.flatMap { finder.find(in: $0.tokens).map(\.time.scenarioText) }
    }

    @Test("weekdays are the day on or before the report's date")
    func weekdays() {
        #expect(Self.times("The ship left on Saturday.") == ["2024-12-14"])
        #expect(Self.times("The ship left on Monday.") == ["2024-12-09"])
        #expect(Self.times("The ship left on Sunday.") == ["2024-12-08"])
    }

    @Test("a future weekday goes forward")
    func futureWeekday() {
        #expect(Self.times("The ship will arrive on Monday.") == ["2024-12-16"])
    }

    @Test("dates written out")
    func dates() {
        #expect(Self.times("It arrived on Dec. 14.") == ["2024-12-14"])
        #expect(Self.times("It arrived on 14 December.") == ["2024-12-14"])
        #expect(Self.times("It arrived on December 3, 2023.") == ["2023-12-03"])
        #expect(Self.times("It arrived on 2024-11-30.") == ["2024-11-30"])
    }

    @Test("days before the report")
    func relativeDays() {
        #expect(Self.times("It left yesterday.") == ["2024-12-13"])
        #expect(Self.times("It left the day before yesterday.") == ["2024-12-12"])
    }

    @Test("spans: weeks, ranges, parts of months, months")
    func spans() {
        #expect(Self.times("It left last week.") == ["2024-12-02/2024-12-08"])
        #expect(Self.times("It sailed on 12–14 December.") == ["2024-12-12/2024-12-14"])
        #expect(Self.times("It sailed between 12 and 14 December.") == ["2024-12-12/2024-12-14"])
        #expect(Self.times("It sailed in mid-October.") == ["2024-10-11/2024-10-20"])
        #expect(Self.times("It sailed in early November.") == ["2024-11-01/2024-11-10"])
        #expect(Self.times("It sailed in April.") == ["2024-04"])
        #expect(Self.times("It sailed last month.") == ["2024-11"])
    }

    @Test("the coming days are after the report's date")
    func comingDays() {
        let found = Self.times("It will cross the strait in the coming days.")
        #expect(found.count == 1)
        #expect(found.first.map { $0 > "2024-12-14" } == true, "\(found)")
    }

    @Test("without a report date, only absolute dates are read")
    func noDate() {
        #expect(Self.times("It left on Monday.", date: nil).isEmpty)
        #expect(Self.times("It left on 14 December 2024.", date: nil) == ["2024-12-14"])
    }
}
