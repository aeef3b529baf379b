/// Reads lines of an ICEWS coded-event file (Boschee et al., "ICEWS Coded Event Data", Harvard
/// Dataverse, doi:10.7910/DVN/28075): tab-separated with a header row naming the columns (`Event
/// ID`, `Event Date`, `Source Name`, `Source Sectors`, `Source Country`, `Event Text`, `CAMEO
/// Code`, `Intensity`, `Target Name`, `Target Sectors`, `Target Country`, `Story ID`, `Sentence
/// Number`, `Publisher`, `City`, `District`, `Province`, `Country`, …), `NA` for a missing value,
/// sectors as comma-separated lists.
struct ICEWSRow: EventRowReader {
    static let required = ["Event Date", "Source Name", "CAMEO Code", "Target Name", "Story ID", "Sentence Number"]
    static let known = required + ["Event ID", "Source Sectors", "Source Country", "Event Text", "Intensity",
                                   "Target Sectors", "Target Country", "Publisher", "City", "District", "Province",
                                   "Country", "Latitude", "Longitude"]

    let table: CAMEOTable
    var hasHeader: Bool { true }
    private var index: [String: Int] = [:]

    init(table: CAMEOTable) { self.table = table }

    mutating func header(_ fields: TabFields) -> String? {
        for position in 0..<fields.count {
            if let name = fields.value(position), let known = Self.known.first(where: { $0.lowercased() == name.lowercased() }) {
                if index[known] == nil { index[known] = position }
            }
        }
        let missing = Self.required.filter { index[$0] == nil }
        guard missing.isEmpty else {
            return "an ICEWS file starts with a header row naming its tab-separated columns; this one lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))"
        }
        return nil
    }

    private func value(_ fields: TabFields, _ name: String) -> String? { index[name].flatMap { fields.value($0) } }
    private func column(_ fields: TabFields, _ name: String) -> Int { fields.column(index[name] ?? 0) }

    func row(_ fields: TabFields, line: Int) -> EventRow {
        guard let dateText = value(fields, "Event Date") else {
            return .problem(column: column(fields, "Event Date"), message: "the event has no date (Event Date)")
        }
        let date: PartialDate
        do {
            date = try PartialDate(parsing: dateText)
            guard date.day != nil else { throw PartialDate.ParseError.malformed(dateText) }
        } catch {
            return .problem(column: column(fields, "Event Date"), message: "Event Date: \(error)")
        }
        guard let code = value(fields, "CAMEO Code") else {
            return .problem(column: column(fields, "CAMEO Code"), message: "the event has no CAMEO Code")
        }
        guard let source = party(fields, "Source") else {
            return .skipped(kind: "no-source", column: column(fields, "Source Name"),
                            message: "the event has no source actor (Source Name is empty or NA), so it is no relation; left out")
        }
        guard let target = party(fields, "Target") else {
            return .skipped(kind: "no-target", column: column(fields, "Target Name"),
                            message: "the event has no target actor (Target Name is empty or NA), so it is no relation; left out")
        }
        let intensityText = value(fields, "Intensity")
        let intensity = intensityText.flatMap(Double.init)
        if let intensityText, intensity == nil || !(-10...10).contains(intensity!) {
            return .problem(column: column(fields, "Intensity"), message: "Intensity '\(intensityText)' is not a number from -10 to 10")
        }
        let story = value(fields, "Story ID") ?? "?", sentence = value(fields, "Sentence Number") ?? "?"
        let place = ["City", "Province", "Country"].compactMap { value(fields, $0) }.joined(separator: ", ")
        return .event(EventRecord(line: line, source: source, target: target, code: code, codeColumn: column(fields, "CAMEO Code"),
                                  goldstein: intensity, goldsteinText: intensityText, date: date, eventID: value(fields, "Event ID"),
                                  record: "story \(story), sentence \(sentence)", recordNote: value(fields, "Publisher"),
                                  place: place.isEmpty ? nil : place, sentence: "\(story)/\(sentence)"))
    }

    /// `Source` or `Target`: the name, country and sectors (as tags, and for the kind).
    private func party(_ fields: TabFields, _ side: String) -> EventRecord.Party? {
        guard let name = value(fields, "\(side) Name") else { return nil }
        let country = value(fields, "\(side) Country")
        let sectors = (value(fields, "\(side) Sectors") ?? "").split(separator: ",")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { !$0.isEmpty && $0 != "NA" }
        var tags: [String] = []
        for sector in sectors {
            let tag = Identifier.kebabCase(sector)
            if !tag.isEmpty, !tags.contains(tag) { tags.append(tag) }
        }
        return EventRecord.Party(key: "\(name)\u{1F}\(country ?? "")", code: nil, name: name, country: country,
                                 kind: table.kind(sectors: sectors), tags: tags, column: column(fields, "\(side) Name"))
    }
}
