import Testing
@testable import Draft

@Suite struct CivilDayTests {
    @Test func roundTripsAndWeekdays() {
        let day = CivilDay(year: 2024, month: 12, day: 14)!
        #expect(day.iso == "2024-12-14")
        #expect(day.weekday == 5)  // a Saturday
        #expect(CivilDay(year: 1970, month: 1, day: 1)!.number == 0)
        #expect(CivilDay(year: 2023, month: 2, day: 29) == nil)
        #expect((CivilDay(iso: "2024-02-28")! + 1).iso == "2024-02-29")
    }

    @Test func scenarioTexts() {
        let first = CivilDay(iso: "2024-12-12")!
        #expect(DraftTime(first: first).scenarioText == "2024-12-12")
        #expect(DraftTime(first: first, isApproximate: true).scenarioText == "~2024-12-12")
        #expect(DraftTime(first: first, last: first + 2).scenarioText == "2024-12-12/2024-12-14")
        #expect(DraftTime.month(year: 2024, month: 12)!.scenarioText == "2024-12")
    }
}
