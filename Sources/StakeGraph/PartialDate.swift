/// A calendar date known to the year, the month or the day: `2012`, `2019-01`, `2019-02-13`.
///
/// News reports rarely give a day; forcing one would invent precision. Comparison orders by the
/// first day each date can mean, so `2019` < `2019-01` < `2019-01-15`, and `covers` tells whether a precise
/// date falls inside a coarse one.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Why a text is not a date, in words for a diagnostic.
    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case malformed(String)
        case impossible(String)

        public var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-01-28)"
            case .impossible(let reason): return reason
            }
        }
    }

    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseError) {
        guard (1...9999).contains(year) else { throw .impossible("year \(year) is outside 1–9999") }
        if let month, !(1...12).contains(month) {
            throw .impossible("there is no month \(month); months run from 01 to 12")
        }
        if let day {
            guard let month else { throw .malformed("\(year)-?-\(day)") }
            let last = Self.daysIn(month: month, year: year)
            guard (1...last).contains(day) else {
                let date = "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
                throw .impossible("\(date) is not a calendar date: \(Self.monthNames[month - 1]) \(year) has \(last) days")
            }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits exactly so).
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count),
              zip(parts, widths).allSatisfy({ part, width in
                  part.count == width && part.allSatisfy { $0.isASCII && $0.isNumber }
              })
        else { throw .malformed(text) }
        let numbers = parts.map { Int($0)! }
        try self.init(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                      day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var description: String {
        var text = Self.padded(year, 4)
        if let month { text += "-" + Self.padded(month, 2) }
        if let day { text += "-" + Self.padded(day, 2) }
        return text
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// The first day this date can mean, as a sortable integer yyyymmdd.
    public var earliestDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day this date can mean, as a sortable integer yyyymmdd.
    public var latestDay: Int {
        let m = month ?? 12
        return year * 10_000 + m * 100 + (day ?? Self.daysIn(month: m, year: year))
    }

    /// Chronological by first possible day; of two dates starting the same day, the coarser
    /// (`2019` before `2019-01`) comes first.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.earliestDay, b.latestDay) < (b.earliestDay, a.latestDay)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try PartialDate(parsing: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                     "August", "September", "October", "November", "December"]
}

/// When a relation holds: at a date, over an interval (either end may be open), or unknown.
public enum DateSpan: Hashable, Sendable {
    case undated
    case on(PartialDate)
    case interval(start: PartialDate?, end: PartialDate?)

    /// The date to sort and display by: the date itself or the interval's start.
    public var sortDate: PartialDate? {
        switch self {
        case .undated: return nil
        case .on(let date): return date
        case .interval(let start, let end): return start ?? end
        }
    }

    /// `2019-01`, `2012–`, `2018-10–2019-05`, or the empty string when undated.
    public var description: String {
        switch self {
        case .undated: return ""
        case .on(let date): return date.description
        case .interval(let start, let end):
            return "\(start?.description ?? "")–\(end?.description ?? "")"
        }
    }
}

extension DateSpan {
    /// Why a relation's time cannot be read: the field at fault (`date`, `start` or `end`) and why.
    public struct ParseFailure: Error, Equatable, Sendable {
        public var field: String
        public var reason: String
        /// Whether the field's text is not a date (rather than dates that do not fit together).
        public var isMalformed: Bool

        /// `date: '12/3/2019' is not a date; …`, or the reason alone when the dates do not fit.
        public var message: String { isMalformed ? "\(field): \(reason)" : reason }
    }

    /// A relation's time from the texts of its `date`, `start` and `end` fields (nil for a field
    /// that is absent or empty): each a valid date, a date or an interval but not both, and no end
    /// before its start. The one reading of a relation's time for graph files, sheets and every
    /// importer, so that what one accepts all accept.
    ///
    /// - Parameter reading: how a field's text becomes a date: ISO only unless a sheet's reader
    ///   (`SheetDate.read`) is given.
    public static func parse(date: String?, start: String?, end: String?,
                             reading: (String) throws(PartialDate.ParseError) -> PartialDate = { text throws(PartialDate.ParseError) in try PartialDate(parsing: text) })
    -> Result<DateSpan, ParseFailure> {
        var parsed: [String: PartialDate] = [:]
        for (field, text) in [("date", date), ("start", start), ("end", end)] {
            guard let text else { continue }
            do { parsed[field] = try reading(text) } catch {
                return .failure(ParseFailure(field: field, reason: error.description, isMalformed: true))
            }
        }
        if let day = parsed["date"] {
            if parsed["start"] != nil || parsed["end"] != nil {
                return .failure(ParseFailure(field: parsed["start"] != nil ? "start" : "end",
                                             reason: "give either a 'date' or a 'start'/'end' interval, not both", isMalformed: false))
            }
            return .success(.on(day))
        }
        if let start = parsed["start"], let end = parsed["end"], end.lastDay < start.firstDay {
            return .failure(ParseFailure(field: "end", reason: "end \(end) comes before start \(start)", isMalformed: false))
        }
        return parsed.isEmpty ? .success(.undated) : .success(.interval(start: parsed["start"], end: parsed["end"]))
    }
}
