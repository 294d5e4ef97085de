/// A calendar day as a count of days since 1970-01-01 (proleptic Gregorian, UTC), with
/// the conversions of Hinnant's `days_from_civil` / `civil_from_days`.
public struct CivilDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01: 0 is that day, negative before it.
    public var number: Int

    /// The day `number` days after 1970-01-01 (before it when negative).
    public init(number: Int) { self.number = number }

    /// The day of a Gregorian `year`, `month` (1–12) and `day` of month; `nil` for a day
    /// that does not exist (30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDay.length(year: year, month: month) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses an ISO 8601 calendar date, `2024-12-14`; `nil` for anything else or a day that
    /// does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2] else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The Gregorian year, month (1–12) and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 = Monday … 6 = Sunday.
    var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    /// The day in ISO 8601 form, `2024-12-14`.
    public var iso: String {
        let (year, month, day) = components
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The day `offset` days later (earlier when negative).
    public static func + (day: CivilDay, offset: Int) -> CivilDay { CivilDay(number: day.number + offset) }
    /// Earlier days order first.
    public static func < (lhs: CivilDay, rhs: CivilDay) -> Bool { lhs.number < rhs.number }

    static func length(year: Int, month: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
