// When a relation is in force: the one place where dates become days (DESIGN.md, "Events and
// states"). `--as-of`, `--between`, `--window`, `diff`, `--frames`, the GEXF spells and the
// explorer's time slider all ask `Validity`; nothing else reads a relation's dates to decide.
//
// The rules:
// - an **interval** (`start`/`end`) is in force over that interval, for any type; a missing end
//   is open (still in force), a missing start means "since before we know";
// - a **state** given a `date` (a ban, a contract, a membership) is in force from that date on;
// - an **event** given a `date` (a warning, an accusation, a meeting) is in force from that date
//   for the window (`EventWindow`) after its last possible day, and for ever without one;
// - an **undated** relation cannot be placed in time: date filters keep it and count it.
//
// A query's period (`Period`) is a span of days; a relation is kept when the days it is in force
// meet the period. So `--as-of 2019-06` and `--between 2019-06 2019-06` are the same question.

/// Whether a relation type happens once (an event) or holds for a while (a state).
public enum Temporality: String, Sendable, Codable, CaseIterable {
    /// It happens on its date: a warning, an accusation, a meeting, a signature.
    case event
    /// It is in force from its start until its end: a ban, a contract, a membership.
    case state
}

/// The days a query looks at: an instant (`--as-of D`, every day D can mean) or a period.
public enum Period: Sendable, Equatable, CustomStringConvertible {
    case asOf(PartialDate)
    case between(PartialDate, PartialDate)

    /// The first and last day looked at.
    public var days: ClosedRange<CalendarDay> {
        switch self {
        case .asOf(let date): return date.firstDay...date.lastDay
        case .between(let from, let to): return from.firstDay...to.lastDay
        }
    }

    /// The last date of the period, as given (what "positions taken by then" reads).
    public var end: PartialDate {
        switch self {
        case .asOf(let date): return date
        case .between(_, let to): return to
        }
    }

    /// "as of 2019-06", "between 2019-01 and 2019-06".
    public var description: String {
        switch self {
        case .asOf(let date): return "as of \(date)"
        case .between(let from, let to): return "between \(from) and \(to)"
        }
    }
}

/// How long an event stays in force after its date: `30d`, `2w`, `6m`, `1y`.
public struct EventWindow: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: Character, Sendable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"

        var name: String {
            switch self {
            case .days: return "day"
            case .weeks: return "week"
            case .months: return "month"
            case .years: return "year"
            }
        }

        /// The longest window of this unit: a thousand years, far beyond any dispute and far
        /// from integer overflow in day arithmetic.
        var maximum: Int {
            switch self {
            case .days: return 365_250
            case .weeks: return 52_000
            case .months: return 12_000
            case .years: return 1_000
            }
        }
    }

    public var amount: Int
    public var unit: Unit

    /// Why a text is not a window.
    public struct ParseError: Error, Equatable, CustomStringConvertible, Sendable {
        public var text: String
        public var description: String {
            "'\(text)' is not a duration; write a whole number and d, w, m or y (e.g. 30d, 6m, 1y), at most a thousand years"
        }
    }

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Parses `30d`, `2w`, `6m`, `1y` (any case); the amount is 1 or more.
    public init(parsing text: String) throws(ParseError) {
        let lowered = text.lowercased()
        guard let last = lowered.last, let unit = Unit(rawValue: last) else { throw ParseError(text: text) }
        let digits = lowered.dropLast()
        guard !digits.isEmpty, digits.count <= 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let amount = Int(digits), amount >= 1, amount <= unit.maximum else { throw ParseError(text: text) }
        self.init(amount: amount, unit: unit)
    }

    /// The last day an event whose last possible day is `day` is in force.
    public func lastDay(after day: CalendarDay) -> CalendarDay {
        switch unit {
        case .days: return day.adding(days: amount)
        case .weeks: return day.adding(days: 7 * amount)
        case .months: return day.adding(months: amount)
        case .years: return day.adding(months: 12 * amount)
        }
    }

    /// `6m`.
    public var description: String { "\(amount)\(unit.rawValue)" }

    /// "6 months".
    public var words: String { "\(amount) \(unit.name)\(amount == 1 ? "" : "s")" }
}

/// The days a relation is in force, both ends included; a nil end is open.
public struct Validity: Sendable, Equatable {
    public var first: CalendarDay?
    public var last: CalendarDay?

    public init(first: CalendarDay?, last: CalendarDay?) {
        self.first = first
        self.last = last
    }

    /// When a relation of `temporality` written with `span` is in force; nil when it is undated.
    public init?(_ span: DateSpan, temporality: Temporality, window: EventWindow?) {
        switch span {
        case .undated: return nil
        case .interval(let start, let end): self.init(first: start?.firstDay, last: end?.lastDay)
        case .on(let date):
            switch temporality {
            case .state: self.init(first: date.firstDay, last: nil)
            case .event: self.init(first: date.firstDay, last: window.map { $0.lastDay(after: date.lastDay) })
            }
        }
    }

    /// Whether it is in force on at least one day of `days`.
    public func meets(_ days: ClosedRange<CalendarDay>) -> Bool {
        if let first, first > days.upperBound { return false }
        if let last, last < days.lowerBound { return false }
        return true
    }
}

extension StakeholderGraph {
    /// When `relation` is in force under `window`; nil when it is undated (or of an unknown type).
    public func validity(of relation: Relation, window: EventWindow?) -> Validity? {
        guard let type = relationType(relation.type) else { return nil }
        return Validity(relation.span, temporality: type.temporality, window: window)
    }
}

extension Position {
    /// Whether the position had been taken by the end of `period` (undated positions always have).
    public func isTaken(by period: Period) -> Bool {
        guard let date else { return true }
        return date.firstDay <= period.days.upperBound
    }
}
