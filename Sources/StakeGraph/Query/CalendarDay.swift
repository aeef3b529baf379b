/// One day of the proleptic Gregorian calendar, as a count of days since 1970-01-01, so that
/// "30 days after" is an addition and days compare as integers.
///
/// The conversions are Howard Hinnant's `days_from_civil` and `civil_from_days`
/// (<https://howardhinnant.github.io/date_algorithms.html>), exact for every year of
/// `PartialDate` (1–9999).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let number: Int

    public init(number: Int) { self.number = number }

    /// The day `year-month-day`.
    ///
    /// - Precondition: a valid calendar date (as `PartialDate` guarantees).
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The day `days` later.
    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The same day of the month `months` later, or that month's last day when it is shorter
    /// (2019-01-31 plus one month is 2019-02-28).
    public func adding(months: Int) -> CalendarDay {
        let (year, month, day) = components
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDay(year: newYear, month: newMonth, day: min(day, PartialDate.daysIn(month: newMonth, year: newYear)))
    }

    /// `2019-05-01`.
    public var description: String {
        let (year, month, day) = components
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }
}

extension PartialDate {
    /// The first day this date can mean: `2019` → 2019-01-01, `2019-05` → 2019-05-01.
    public var firstDay: CalendarDay { CalendarDay(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day this date can mean: `2019` → 2019-12-31, `2020-02` → 2020-02-29.
    public var lastDay: CalendarDay {
        let lastMonth = month ?? 12
        return CalendarDay(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))
    }
}
