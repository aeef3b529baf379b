/// Reads lines of the GDELT 2.0 events export: 61 tab-separated columns, no header
/// (GDELT Event Codebook V2.0, 2015): GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate,
/// two actor blocks of 10 fields (Code, Name, CountryCode, KnownGroupCode, EthnicCode,
/// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code), IsRootEvent, EventCode,
/// EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources,
/// NumArticles, AvgTone, three geography blocks of 8 fields (Actor1, Actor2, Action: Type,
/// FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID), DATEADDED, SOURCEURL.
struct GDELTRow: EventRowReader {
    static let columns = 61
    static let eventID = 0, date = 1, actor1 = 5, actor2 = 15, eventCode = 26, goldstein = 30
    static let actionPlace = 52, url = 60
    /// The mentions table's width, to say what a file of that width is.
    static let mentionsColumns = 16

    let table: CAMEOTable
    var hasHeader: Bool { false }

    mutating func header(_ fields: TabFields) -> String? { nil }

    func row(_ fields: TabFields, line: Int) -> EventRow {
        guard fields.count == Self.columns else {
            let what = fields.count == Self.mentionsColumns ? " (a GDELT mentions table has 16; import the events table)" : ""
            return .problem(column: 1, message: "a GDELT 2.0 event has \(Self.columns) tab-separated columns; this row has \(fields.count)\(what)")
        }
        guard let dateText = fields.value(Self.date) else {
            return .problem(column: fields.column(Self.date), message: "the event has no date (SQLDATE)")
        }
        let date: PartialDate
        switch Self.day(dateText) {
        case .success(let value): date = value
        case .failure(let reason): return .problem(column: fields.column(Self.date), message: "event date '\(dateText)': \(reason)")
        }
        guard let code = fields.value(Self.eventCode) else {
            return .problem(column: fields.column(Self.eventCode), message: "the event has no CAMEO code (EventCode)")
        }
        guard let source = party(fields, at: Self.actor1) else {
            return .skipped(kind: "no-actor1", column: fields.column(Self.actor1),
                            message: "the event has no first actor (its Actor1 block is empty), so it is no relation; left out")
        }
        guard let target = party(fields, at: Self.actor2) else {
            return .skipped(kind: "no-actor2", column: fields.column(Self.actor2),
                            message: "the event has no second actor (its Actor2 block is empty), so it is no relation; left out")
        }
        let goldsteinText = fields.value(Self.goldstein)
        let goldstein = goldsteinText.flatMap(Double.init)
        if let goldsteinText, goldstein == nil || !(-10...10).contains(goldstein!) {
            return .problem(column: fields.column(Self.goldstein), message: "GoldsteinScale '\(goldsteinText)' is not a number from -10 to 10")
        }
        let eventID = fields.value(Self.eventID)
        return .event(EventRecord(line: line, source: source, target: target, code: code, codeColumn: fields.column(Self.eventCode),
                                  goldstein: goldstein, goldsteinText: goldsteinText, date: date, eventID: eventID,
                                  record: fields.value(Self.url) ?? "event \(eventID ?? "line \(line)")", recordNote: nil,
                                  place: fields.value(Self.actionPlace), sentence: nil))
    }

    /// An actor block: code, name, country, and its group, ethnic, religion and role codes as tags.
    private func party(_ fields: TabFields, at start: Int) -> EventRecord.Party? {
        guard let code = fields.value(start) else { return nil }
        var tags: [String] = []
        var roles: [String] = []
        for offset in 3...9 {
            guard let value = fields.value(start + offset) else { continue }
            if offset >= 7 { roles.append(value.uppercased()) }
            let tag = value.lowercased()
            if !tags.contains(tag) { tags.append(tag) }
        }
        let country = fields.value(start + 2)
        // A code that is its country's code alone (`ZWE`) is that country's government.
        let kind = table.kind(roles: roles) ?? (country != nil && code == country ? .government : nil)
        return EventRecord.Party(key: code, code: code, name: fields.value(start + 1) ?? code, country: country,
                                 kind: kind, tags: tags, column: fields.column(start))
    }

    /// `20150218` as a day.
    static func day(_ text: String) -> Result<PartialDate, PartialDate.ParseError> {
        let digits = Array(text.utf8)
        guard digits.count == 8, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
            return .failure(.impossible("not a date of the form YYYYMMDD"))
        }
        let number = Int(text)!
        do { return .success(try PartialDate(year: number / 10_000, month: number / 100 % 100, day: number % 100)) } catch {
            return .failure(error)
        }
    }
}
