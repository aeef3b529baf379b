/// Reads a relations sheet: CSV (commas, semicolons or tabs, as the header has them; dates as
/// `SheetDate` reads them without a date order) with a header row naming `from`, `to` and optionally `type`,
/// `date`, `start`, `end` (any case, any order), one relation per row, the way Kumu and
/// spreadsheets export them. Actors are the ids that appear, in order of first appearance.
///
/// This is the fast path for event-scale graphs (a million relations): it works on the raw
/// bytes, handles RFC 4180 quoting, and reports a row it cannot use with its line number
/// instead of dropping it.
enum RelationSheetReader {
    static let columns = ["from", "to", "type", "date", "start", "end"]

    static func read(_ bytes: [UInt8], path: String) -> (StakeholderGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(severity, at: SourceLocation(file: path, line: line, column: column), message))
        }
        var rows = CSVRows(bytes, delimiter: nil)
        if let invalid = rows.encodingProblem {
            report(.error, invalid.line, invalid.column, CSVRows.encodingMessage)
            return (.empty(path: path, info: GraphInfo(id: "sheet")), diagnostics)
        }
        let id = Identifier.kebabCase(String(path.split(separator: "/").last?.split(separator: ".").first ?? "sheet"))
        let info = GraphInfo(id: id, title: nil)
        guard let header = rows.next() else {
            report(.error, 1, 1, "the sheet is empty; it needs a header row such as from,to,type")
            return (.empty(path: path, info: info), diagnostics)
        }
        var index: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            let key = name.lowercased().trimmingSpaces
            if columns.contains(key) { index[key] = position } else {
                report(.warning, header.line, position + 1, "column '\(name)' is not used\(Suggestion.hint(for: key, in: columns)) (columns: \(columns.joined(separator: ", ")))")
            }
        }
        guard let fromColumn = index["from"], let toColumn = index["to"] else {
            report(.error, header.line, 1, "the header row must name the columns 'from' and 'to'")
            return (.empty(path: path, info: info), diagnostics)
        }
        let typeColumn = index["type"]
        let (dateColumn, startColumn, endColumn) = (index["date"], index["start"], index["end"])
        let hasDates = dateColumn != nil || startColumn != nil || endColumn != nil
        let location = SourceLocation(file: path, line: 0, column: 1)
        // Each actor id's position in order of first appearance: one hash per cell, and the
        // relations' endpoints as integers for projection and slicing (`RelationEndpoints`).
        var actorIDs = ActorInterner()
        var endpoints = RelationEndpoints()
        // One relation per line at most: reserved up front, the array never doubles (a copy of
        // half a million relations while the other half is being read).
        var relations: [Relation] = []
        relations.reserveCapacity(bytes.reduce(into: 0) { count, byte in if byte == 0x0A { count += 1 } })
        var typeNames = Vocabulary.builtInByID
        // The type of the row before, known to be valid: big sheets repeat a few types, and a
        // comparison of two small strings costs less than hashing one.
        var lastType: String?
        var lastFrom: (id: String, position: Int32)?
        var reportedBadIDs = 0
        var suggestions = SuggestionBudget()
        while let row = rows.next() {
            if row.fields.allSatisfy(\.isEmpty) { continue }
            func field(_ column: Int?) -> String? {
                guard let column, column < row.fields.count else { return nil }
                let value = row.fields[column]
                return value.isEmpty ? nil : value
            }
            guard let from = field(fromColumn), let to = field(toColumn) else {
                report(.error, row.line, 1, "row has no '\(field(fromColumn) == nil ? "from" : "to")' value; every row needs both")
                continue
            }
            var usable = true
            func position(of actor: String, column: Int) -> Int32 {
                if let known = actorIDs.position(of: actor) { return known }
                guard Identifier.isKebabCase(actor) else {
                    if reportedBadIDs < 20 {
                        report(.error, row.line, column + 1, "actor id '\(actor)' is not kebab-case; write '\(Identifier.kebabCase(actor))'")
                    }
                    reportedBadIDs += 1
                    usable = false
                    return -1
                }
                return actorIDs.add(actor)
            }
            // Sheets are often grouped by their first column: the row before's actor is reused
            // without a lookup.
            let fromPosition = from == lastFrom?.id ? lastFrom!.position : position(of: from, column: fromColumn)
            if fromPosition >= 0 { lastFrom = (from, fromPosition) }
            // A self-relation with a bad id is reported twice, at the `from` column, as it always was.
            let toPosition = position(of: to, column: from == to ? fromColumn : toColumn)
            let type = field(typeColumn) ?? "related-to"
            if type != lastType {
                if typeNames[type] == nil {
                    report(.error, row.line, (typeColumn ?? 0) + 1,
                           "unknown relation type '\(type)'\(suggestions.hint(for: type, in: typeNames.keys))")
                    typeNames[type] = RelationType(id: type, label: type, polarity: .neutral, mode: .structural, weight: 0)
                    usable = false
                } else {
                    lastType = type
                }
            }
            var span = DateSpan.undated
            if hasDates {
                switch DateSpan.parse(date: field(dateColumn), start: field(startColumn), end: field(endColumn),
                                      reading: { text throws(PartialDate.ParseError) in try SheetDate.read(text, order: nil) }) {
                case .success(let parsed): span = parsed
                case .failure(let failure):
                    report(.error, row.line, (index[failure.field] ?? 0) + 1, failure.message)
                    usable = false
                }
            }
            if from == to { report(.warning, row.line, fromColumn + 1, "relation from '\(from)' to itself; analysis ignores it") }
            guard usable else { continue }
            var here = location
            here.line = row.line
            relations.append(Relation(from: from, to: to, type: type, span: span, note: nil, evidence: [], location: here))
            endpoints.append(from: fromPosition, to: toPosition)
        }
        if let open = rows.unclosedQuote { report(.error, open.line, open.column, CSVRows.unclosedQuoteMessage) }
        if reportedBadIDs > 20 {
            report(.error, 1, 1, "\(reportedBadIDs - 20) more actor ids are not kebab-case")
        }
        if !relations.isEmpty {
            report(.warning, header.line, 1, "\(relations.count) relation\(relations.count == 1 ? " has" : "s have") no evidence (the sheet has no quotes)")
        }
        let actors = actorIDs.ids.map { Actor(id: $0, name: $0, kind: .group, location: location) }
        var graph = StakeholderGraph(path: path, info: info, sources: [], actors: actors, relations: relations,
                                     issues: [], positions: [], customRelationTypes: [])
        graph.relationEndpoints = endpoints
        return (graph, diagnostics)
    }
}
