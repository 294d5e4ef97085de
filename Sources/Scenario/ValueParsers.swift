import Foundation
import Geo
import MapVocabulary
import Routes

/// Parsers for scenario values that the command line shares: one parser per value type.
public enum ValueParsers {
    /// Accepted time forms, quoted in error messages.
    public static let timeForms = "2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00 or 2024-12-14 10:30 (UTC)"

    /// Accepted forms of a sighting's time, quoted in error messages.
    static let timeSpanForms = "2024-12-14, 2024-12-14T10:30Z, 2024-12-14T10:30+02:00, 2024-12-14 10:30 (UTC), a month (2024-12), a span of days (2024-12-12/2024-12-14) or an approximate day (~2024-12-16)"

    /// Parses a sighting's time: an exact time or day (``time(_:)``), a month `2024-12`, a
    /// span of days `2024-12-12/2024-12-14` (at most a year) or an approximate day
    /// `~2024-12-16`.
    static func timeSpan(_ text: String) -> TimeSpan? {
        let day: TimeInterval = 86_400
        var string = text.trimmingCharacters(in: .whitespaces)
        var approximate = false
        if string.hasPrefix("~") { approximate = true; string.removeFirst() }
        let ends = string.split(separator: "/", omittingEmptySubsequences: false)
        if ends.count == 2 {
            guard !approximate, ends.allSatisfy({ $0.count == 10 }), let first = time(String(ends[0])), let last = time(String(ends[1])),
                  first <= last, last.timeIntervalSince(first) <= 366 * day else { return nil }
            return TimeSpan(start: first, end: last.addingTimeInterval(day), precision: .days)
        }
        guard ends.count == 1 else { return nil }
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month),
           let first = time("\(parts[0])-\(parts[1])-01") {
            let next = month == 12 ? "\(Int(parts[0])! + 1)-01-01" : "\(parts[0])-\(month < 9 ? "0" : "")\(month + 1)-01"
            guard let end = time(next) else { return nil }
            return TimeSpan(start: first, end: end, precision: .month, isApproximate: approximate)
        }
        guard let start = time(string) else { return nil }
        if string.count == 10 {
            return TimeSpan(start: start, end: start.addingTimeInterval(day), precision: .day, isApproximate: approximate)
        }
        guard !approximate else { return nil }
        return TimeSpan(start: start, end: start, precision: .instant)
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS]`, and an
    /// optional `Z` or offset from UTC (`+02:00`, `-0530`, `+03`); times without an offset are UTC.
    public static func time(_ text: String) -> Date? {
        var string = text.trimmingCharacters(in: .whitespaces)
        if string.hasSuffix("Z") || string.hasSuffix("z") { string.removeLast() }
        var parts = string.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 1 || parts.count == 2 else { return nil }
        var offset = 0
        if parts.count == 2, let sign = parts[1].firstIndex(where: { $0 == "+" || $0 == "-" }) {
            guard let seconds = offsetSeconds(parts[1][sign...]) else { return nil }
            offset = seconds
            parts[1] = parts[1][..<sign]
        }
        let date = parts[0].split(separator: "-").map { Int($0) }
        guard date.count == 3, let year = date[0], let month = date[1], let day = date[2],
              (1900...2200).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":").map { Int($0) }
            guard clock.count == 2 || clock.count == 3, let h = clock[0], let m = clock[1],
                  (0...23).contains(h), (0...59).contains(m) else { return nil }
            hour = h; minute = m
            if clock.count == 3 {
                guard let s = clock[2], (0...59).contains(s) else { return nil }
                second = s
            }
        }
        var components = DateComponents()
        (components.year, components.month, components.day) = (year, month, day)
        (components.hour, components.minute, components.second) = (hour, minute, second)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let result = calendar.date(from: components),
              calendar.component(.day, from: result) == day else { return nil }
        return result.addingTimeInterval(TimeInterval(-offset))
    }

    /// `+HH:MM`, `+HHMM` or `+HH` (or `-`) as seconds east of UTC; nil beyond ±14 hours.
    static func offsetSeconds(_ text: Substring) -> Int? {
        let sign = text.first == "-" ? -1 : 1
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let hours = digits.count == 2 ? value : value / 100, minutes = digits.count == 2 ? 0 : value % 100
        guard hours <= 14, minutes < 60, text.dropFirst().filter({ $0 == ":" }).count <= 1 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// Formats a time as `2024-12-14T10:30Z`.
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(c.year!)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute))Z"
    }

    /// A sighting's time in the form ``timeSpan(_:)`` reads back to the same span:
    /// `2024-12-14T10:30Z` (seconds when there are any), `2024-12-14`, `~2024-12-16`,
    /// `2024-12` or `2024-12-12/2024-12-14`. Always UTC.
    public static func text(_ span: TimeSpan) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        func day(_ date: Date) -> String {
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return "\(c.year!)-\(two(c.month))-\(two(c.day))"
        }
        let approximate = span.isApproximate ? "~" : ""
        switch span.precision {
        case .instant:
            let c = calendar.dateComponents([.hour, .minute, .second], from: span.start)
            return day(span.start) + "T\(two(c.hour)):\(two(c.minute))" + (c.second == 0 ? "" : ":\(two(c.second))") + "Z"
        case .day:
            return approximate + day(span.start)
        case .month:
            return approximate + String(day(span.start).prefix(7))
        case .days:
            return day(span.start) + "/" + day(span.end.addingTimeInterval(-86_400))
        }
    }

    /// Parses a status; `nil` for anything but the four names.
    static func status(_ text: String) -> Status? {
        Status(rawValue: text.lowercased().trimmingCharacters(in: .whitespaces))
    }

    /// Parses a travel mode, accepting common words for each (ship → sea, aircraft → air,
    /// convoy → road).
    static func mode(_ text: String) -> TravelMode? {
        let word = text.lowercased().trimmingCharacters(in: .whitespaces)
        if let mode = TravelMode(rawValue: word) { return mode }
        let synonyms: [String: TravelMode] = [
            "ship": .sea, "ships": .sea, "vessel": .sea, "naval": .sea, "maritime": .sea,
            "aircraft": .air, "plane": .air, "flight": .air, "flights": .air, "airlift": .air,
            "convoy": .road, "vehicle": .road, "vehicles": .road, "land": .road, "rail": .road,
        ]
        return synonyms[word]
    }

    /// Parses a speed in knots from `14`, `14 kn`, `14kt`, `26 km/h` or `16 mph`.
    static func speedKnots(_ text: String) -> Double? {
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Double)] = [("km/h", 1 / 1.852), ("kph", 1 / 1.852), ("mph", 1.609344 / 1.852),
                                         ("knots", 1), ("kn", 1), ("kt", 1), ("kts", 1)]
        for (suffix, factor) in units where lowered.hasSuffix(suffix) {
            guard let value = Double(lowered.dropLast(suffix.count)), value > 0, value < 5000 else { return nil }
            return value * factor
        }
        guard let value = Double(lowered), value > 0, value < 5000 else { return nil }
        return value
    }

    /// Parses `true/false/yes/no/on/off`.
    static func boolean(_ text: String) -> Bool? {
        MapSetting.parseBoolean(text)
    }
}
