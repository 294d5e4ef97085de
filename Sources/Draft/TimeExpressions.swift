/// Time expressions in a sentence, read relative to the report's date: "on Saturday" (the
/// Saturday on or before the report date; on or after it in a sentence about the future),
/// "yesterday", "on Dec. 14", "14 December 2024", "12–14 December", "between October 28 and
/// November 5", "mid-October", "late May", "in April", "last month", "last week", "at the
/// end of last week", "in the coming days", "over the coming week", "in four to five days".
/// Without a report date only dates that give their year are read.
struct TimeExpressions: Sendable {
    struct Found: Sendable, Hashable {
        /// Token indices `first...last` in the sentence.
        var first: Int
        var last: Int
        var time: DraftTime
    }

    var reportDate: CivilDay?

    init(reportDate: CivilDay?) { self.reportDate = reportDate }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "a": 1, "a couple of": 2, "several": 3, "a few": 3, "few": 3,
    ]
    static let futureCues: Set<String> = ["will", "expected", "scheduled", "due", "plans", "planned", "intends", "coming", "next", "would", "to"]

    /// Every time expression of `tokens`, left to right, not overlapping.
    func find(in tokens: [ReportText.Token]) -> [Found] {
        let words = tokens.map { $0.lower.hasSuffix(".") && $0.lower.count > 2 ? String($0.lower.dropLast()) : $0.lower }
        let future = words.contains { ["will", "expected", "scheduled", "due", "plans", "planned"].contains($0) }
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            if let match = match(at: index, words: words, future: future) {
                found.append(match)
                index = match.last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    private func month(_ text: String) -> Int? {
        Self.months[text.hasSuffix(".") ? String(text.dropLast()) : text]
    }

    private func dayNumber(_ text: String) -> Int? {
        var digits = text
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = String(digits.dropLast(2)) }
        guard let value = Int(digits), (1...31).contains(value) else { return nil }
        return value
    }

    private func year(_ text: String) -> Int? {
        guard text.count == 4, let value = Int(text), (1900...2200).contains(value) else { return nil }
        return value
    }

    /// The year of a month and day with no year: the latest on or before the report date
    /// (earliest on or after it when `future`).
    private func day(month: Int, day: Int, year: Int?, future: Bool) -> CivilDay? {
        if let year { return CivilDay(year: year, month: month, day: day) }
        guard let reportDate else { return nil }
        let reportYear = reportDate.components.year
        let candidates = [reportYear - 1, reportYear, reportYear + 1].compactMap { CivilDay(year: $0, month: month, day: day) }
        return future ? candidates.first { $0 >= reportDate } : candidates.last { $0 <= reportDate }
    }

    private func monthSpan(month: Int, year: Int?, future: Bool) -> DraftTime? {
        if let year { return DraftTime.month(year: year, month: month) }
        guard let reportDate else { return nil }
        let (reportYear, reportMonth, _) = reportDate.components
        let chosen = future ? (month >= reportMonth ? reportYear : reportYear + 1) : (month <= reportMonth ? reportYear : reportYear - 1)
        return DraftTime.month(year: chosen, month: month)
    }

    /// A sentence's words seen from one index, for the matchers: `w(offset)` is the word
    /// `offset` places from it, "" past either end.
    private struct Cursor {
        let words: [String]
        let index: Int
        /// The sentence speaks of the future: a date without a year is the next one, not the last.
        let future: Bool

        func callAsFunction(_ offset: Int) -> String {
            let at = index + offset
            return at >= 0 && at < words.count ? words[at] : ""
        }
    }

    /// The time expression read at `index` (for "between …" and "late May", from the word
    /// before): dates first, then, with a report date, times relative to it.
    private func match(at index: Int, words: [String], future: Bool) -> Found? {
        let w = Cursor(words: words, index: index, future: future)
        if let found = isoDate(w) ?? dayRange(w) ?? daysBetween(w) ?? dayThenMonth(w) ?? monthFirst(w) ?? midMonth(w) { return found }
        guard let reportDate else { return nil }
        return weekday(w, reportDate) ?? namedDay(w, reportDate) ?? namedSpan(w, reportDate) ?? inDays(w, reportDate)
    }

    /// An ISO date in the text: "2024-12-14".
    private func isoDate(_ w: Cursor) -> Found? {
        CivilDay(iso: w(0)).map { Found(first: w.index, last: w.index, time: DraftTime(first: $0)) }
    }

    /// "12–14 December [2024]", "12-14 Dec".
    private func dayRange(_ w: Cursor) -> Found? {
        let dash = w(0).split(whereSeparator: { $0 == "–" || $0 == "-" })
        guard dash.count == 2, let a = dayNumber(String(dash[0])), let b = dayNumber(String(dash[1])), a < b, let m = month(w(1)) else { return nil }
        let y = year(w(2))
        guard let first = day(month: m, day: a, year: y, future: w.future), let last = CivilDay(year: first.components.year, month: m, day: b) else { return nil }
        return Found(first: w.index, last: w.index + (y == nil ? 1 : 2), time: DraftTime(first: first, last: last))
    }

    /// "between 12 and 14 December [2024]".
    private func daysBetween(_ w: Cursor) -> Found? {
        guard w(-1) == "between", let a = dayNumber(w(0)), w(1) == "and", let b = dayNumber(w(2)), a < b, let m = month(w(3)) else { return nil }
        let y = year(w(4))
        guard let first = day(month: m, day: a, year: y, future: w.future), let last = CivilDay(year: first.components.year, month: m, day: b) else { return nil }
        return Found(first: w.index - 1, last: w.index + (y == nil ? 3 : 4), time: DraftTime(first: first, last: last))
    }

    /// "14 December [2024]".
    private func dayThenMonth(_ w: Cursor) -> Found? {
        guard let d = dayNumber(w(0)), let m = month(w(1)) else { return nil }
        let y = year(w(2))
        guard let found = day(month: m, day: d, year: y, future: w.future) else { return nil }
        return Found(first: w.index, last: w.index + (y == nil ? 1 : 2), time: DraftTime(first: found))
    }

    /// A month name first: "December 12–14", "December 14[,] [2024]", "Dec. 14", "between
    /// October 28 and November 5", "in April [2019]", "late May". "may" is read as a month only
    /// with a day or a year after it or a word of time before it.
    private func monthFirst(_ w: Cursor) -> Found? {
        guard let m = month(w(0)), w(0) != "may" || dayNumber(w(1)) != nil || year(w(1)) != nil
                || w.index > 0 && ["in", "late", "early", "mid", "since", "of"].contains(w(-1)) else { return nil }
        let offset = w(1) == "." ? 2 : 1
        return monthDayRange(w, month: m, offset: offset) ?? monthDay(w, month: m, offset: offset) ?? monthOrPart(w, month: m)
    }

    /// "December 12–14[,] [2024]": the days at `offset` after the month.
    private func monthDayRange(_ w: Cursor, month m: Int, offset: Int) -> Found? {
        let range = w(offset).split(whereSeparator: { $0 == "–" || $0 == "-" })
        guard range.count == 2, let a = dayNumber(String(range[0])), let b = dayNumber(String(range[1])), a < b else { return nil }
        let (y, last) = yearAfter(w, offset: offset)
        guard let first = day(month: m, day: a, year: y, future: w.future), let end = CivilDay(year: first.components.year, month: m, day: b) else { return nil }
        return Found(first: w.index, last: last, time: DraftTime(first: first, last: end))
    }

    /// "December 14[,] [2024]", "Dec. 14": the day at `offset` after the month; after "between",
    /// up to the date after "and" ("between October 28 and November 5").
    private func monthDay(_ w: Cursor, month m: Int, offset: Int) -> Found? {
        guard let d = dayNumber(w(offset)) else { return nil }
        let (y, last) = yearAfter(w, offset: offset)
        guard let found = day(month: m, day: d, year: y, future: w.future) else { return nil }
        if w(-1) == "between", w(last - w.index + 1) == "and", let end = match(at: last + 2, words: w.words, future: w.future),
           end.time.first >= found {
            return Found(first: w.index - 1, last: end.last, time: DraftTime(first: found, last: end.time.last))
        }
        return Found(first: w.index, last: last, time: DraftTime(first: found))
    }

    /// The year written after the day at `offset` ("14, 2024" or "14 2024"), if any, and the
    /// index of the date's last token.
    private func yearAfter(_ w: Cursor, offset: Int) -> (year: Int?, last: Int) {
        if w(offset + 1) == ",", let value = year(w(offset + 2)) { return (value, w.index + offset + 2) }
        if let value = year(w(offset + 1)) { return (value, w.index + offset + 1) }
        return (nil, w.index + offset)
    }

    /// A month, or a third of it after "early", "mid" or "late": "in April [2019]", "April
    /// 2019", "late May" (approximate).
    private func monthOrPart(_ w: Cursor, month m: Int) -> Found? {
        let y = year(w(1))
        guard let span = monthSpan(month: m, year: y, future: w.future) else { return nil }
        let last = w.index + (y == nil ? 0 : 1)
        let part = w(-1)
        guard ["mid", "late", "early"].contains(part) else { return Found(first: w.index, last: last, time: span) }
        let length = span.last.number - span.first.number + 1
        let third = length / 3
        let first = part == "early" ? span.first : part == "mid" ? span.first + third : span.first + 2 * third
        let end = part == "early" ? span.first + (third - 1) : part == "mid" ? span.first + (2 * third - 1) : span.last
        return Found(first: w.index - 1, last: last, time: DraftTime(first: first, last: end, isApproximate: true))
    }

    /// "mid-October [2024]": the middle third of the month, approximate.
    private func midMonth(_ w: Cursor) -> Found? {
        guard w(0).hasPrefix("mid-"), let m = month(String(w(0).dropFirst(4))), let span = monthSpan(month: m, year: year(w(1)), future: w.future)
        else { return nil }
        let third = (span.last.number - span.first.number + 1) / 3
        return Found(first: w.index, last: w.index + (year(w(1)) == nil ? 0 : 1),
                     time: DraftTime(first: span.first + third, last: span.first + (2 * third - 1), isApproximate: true))
    }

    /// A weekday: "on Saturday" (the last on or before the report date; in a sentence about the
    /// future, the next after it), "Tuesday night".
    private func weekday(_ w: Cursor, _ reportDate: CivilDay) -> Found? {
        guard let weekday = Self.weekdays.firstIndex(of: w(0)) else { return nil }
        let back = (reportDate.weekday - weekday + 7) % 7
        let ahead = (weekday - reportDate.weekday + 7) % 7
        let next = ["night", "evening", "morning", "afternoon"].contains(w(1)) ? 1 : 0
        let day = w.future && ahead > 0 ? reportDate + ahead : reportDate + (-back)
        return Found(first: w.index, last: w.index + next, time: DraftTime(first: day))
    }

    /// A day named from the report date: "today", "tonight", "yesterday", "tomorrow", "the day
    /// before yesterday" (also "the day before" in a sentence that says "yesterday").
    private func namedDay(_ w: Cursor, _ reportDate: CivilDay) -> Found? {
        let index = w.index
        switch (w(0), w(1), w(2), w(3)) {
        case ("today", _, _, _), ("tonight", _, _, _): return Found(first: index, last: index, time: DraftTime(first: reportDate))
        case ("yesterday", _, _, _): return Found(first: index, last: index, time: DraftTime(first: reportDate + -1))
        case ("tomorrow", _, _, _): return Found(first: index, last: index, time: DraftTime(first: reportDate + 1))
        case ("the", "day", "before", "yesterday"): return Found(first: index, last: index + 3, time: DraftTime(first: reportDate + -2))
        case ("the", "day", "before", _) where w.words.contains("yesterday"):
            return Found(first: index, last: index + 2, time: DraftTime(first: reportDate + -2))
        default: return nil
        }
    }

    /// A month or week named from the report date: "last month", "this month", "[at the end
    /// of] last week", "this week", "next week", "in the coming days", "over the next week".
    private func namedSpan(_ w: Cursor, _ reportDate: CivilDay) -> Found? {
        let index = w.index
        switch (w(0), w(1), w(2), w(3)) {
        case ("last", "month", _, _), ("this", "month", _, _):
            var (year, month, _) = reportDate.components
            if w(0) == "last" { month -= 1; if month == 0 { month = 12; year -= 1 } }
            return DraftTime.month(year: year, month: month).map { Found(first: index, last: index + 1, time: $0) }
        case ("last", "week", _, _):
            let monday = reportDate + (-reportDate.weekday - 7)
            let end = w(-2) == "end" && w(-1) == "of" || w(-3) == "end" && w(-2) == "the"
            return Found(first: index, last: index + 1, time: DraftTime(first: end ? monday + 3 : monday, last: monday + 6, isApproximate: end))
        case ("this", "week", _, _):
            let monday = reportDate + (-reportDate.weekday)
            return Found(first: index, last: index + 1, time: DraftTime(first: monday, last: monday + 6))
        case ("next", "week", _, _):
            let monday = reportDate + (7 - reportDate.weekday)
            return Found(first: index, last: index + 1, time: DraftTime(first: monday, last: monday + 6))
        case ("the", "coming", "days", _), ("the", "next", "few", "days"), ("the", "coming", "week", _), ("the", "next", "week", _):
            let week = w(2) == "week" || w(3) == "week"
            return Found(first: index, last: index + (w(3) == "days" ? 3 : 2),
                         time: DraftTime(first: reportDate + 1, last: reportDate + (week ? 7 : 5), isApproximate: true))
        default: return nil
        }
    }

    /// Days from the report date: "in four to five days", "in two days", "within 3 days"
    /// (at most 60), approximate.
    private func inDays(_ w: Cursor, _ reportDate: CivilDay) -> Found? {
        guard ["in", "within"].contains(w(0)) else { return nil }
        let count = { (text: String) in Int(text) ?? Self.numberWords[text] }
        if let a = count(w(1)), ["to", "or", "-", "–"].contains(w(2)), let b = count(w(3)), w(4) == "days" || w(4) == "day", a <= b, b <= 60 {
            return Found(first: w.index, last: w.index + 4, time: DraftTime(first: reportDate + a, last: reportDate + b, isApproximate: true))
        }
        if let a = count(w(1)), a > 0, a <= 60, w(2) == "days" || w(2) == "day" {
            return Found(first: w.index, last: w.index + 2, time: DraftTime(first: reportDate + a, isApproximate: true))
        }
        return nil
    }
}
