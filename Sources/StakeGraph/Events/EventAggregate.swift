import Foundation

/// Repeated events between the same pair with the same relation type in one period (a day, a
/// month or a year), folded into one relation: how many, their mean Goldstein score, the
/// first and last date, the CAMEO codes among them and the first few record references.
struct EventAggregate {
    /// The pair (ordered for a directed type, smaller index first for an undirected one), the
    /// type and the period, as small integers.
    struct Key: Hashable {
        var from: Int32
        var to: Int32
        var type: Int32
        var period: Int32
    }

    /// How many record references an aggregate keeps as its evidence.
    static let keptRecords = 3

    /// The line of the first event, where the relation is said to be written.
    var line: Int
    var count = 0
    var goldsteinSum = 0.0
    var first: PartialDate?
    var last: PartialDate?
    var codes: [String] = []
    var evidence: [Evidence] = []

    init(line: Int) { self.line = line }

    mutating func add(code: String, goldstein: Double, date: PartialDate, evidence record: Evidence) {
        count += 1
        goldsteinSum += goldstein
        if first.map({ date < $0 }) ?? true { first = date }
        if last.map({ $0 < date }) ?? true { last = date }
        if !codes.contains(code) { codes.append(code) }
        if evidence.count < Self.keptRecords, !evidence.contains(where: { $0.record == record.record }) { evidence.append(record) }
    }

    /// The relation this aggregate stands for: dated from the first to the last event, with the
    /// count, the mean score, the codes and the period as fields.
    func relation(from: String, to: String, type: String, period: String, location: SourceLocation) -> Relation {
        let span: DateSpan = first == last ? .on(first!) : .interval(start: first, end: last)
        let fields = ["events": "\(count)", "goldstein-mean": EventGraphBuilder.number(goldsteinSum / Double(count)),
                      "cameo": codes.sorted().joined(separator: ", "), "period": period]
        return Relation(from: from, to: to, type: type, span: span, note: nil, evidence: evidence, location: location, fields: fields)
    }
}

extension EventImportOptions.Period {
    /// The period a date falls in, as a sortable number (yyyymmdd, yyyymm or yyyy).
    func period(of date: PartialDate) -> Int {
        switch self {
        case .day: return date.year * 10_000 + (date.month ?? 1) * 100 + (date.day ?? 1)
        case .month: return date.year * 100 + (date.month ?? 1)
        case .year: return date.year
        }
    }

    /// `2015-02-18`, `2015-02` or `2015`.
    func description(of period: Int) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        switch self {
        case .day: return "\(period / 10_000)-\(two(period / 100 % 100))-\(two(period % 100))"
        case .month: return "\(period / 100)-\(two(period % 100))"
        case .year: return "\(period)"
        }
    }
}
