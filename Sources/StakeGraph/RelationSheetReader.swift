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
        let location = SourceLocation(file: path, line: 0, column: 1)
        var actorIDs: [String] = []
        var known = Set<String>()
        var relations: [Relation] = []
        var typeNames = Vocabulary.builtInByID
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
            for actor in [from, to] where !known.contains(actor) {
                if !Identifier.isKebabCase(actor) {
                    if reportedBadIDs < 20 {
                        report(.error, row.line, (actor == from ? fromColumn : toColumn) + 1,
                               "actor id '\(actor)' is not kebab-case; write '\(Identifier.kebabCase(actor))'")
                    }
                    reportedBadIDs += 1
                    usable = false
                    continue
                }
                known.insert(actor)
                actorIDs.append(actor)
            }
            let type = field(typeColumn) ?? "related-to"
            if typeNames[type] == nil {
                report(.error, row.line, (typeColumn ?? 0) + 1,
                       "unknown relation type '\(type)'\(suggestions.hint(for: type, in: typeNames.keys))")
                typeNames[type] = RelationType(id: type, label: type, polarity: .neutral, mode: .structural, weight: 0)
                usable = false
            }
            var span = DateSpan.undated
            switch DateSpan.parse(date: field(index["date"]), start: field(index["start"]), end: field(index["end"]),
                                  reading: { text throws(PartialDate.ParseError) in try SheetDate.read(text, order: nil) }) {
            case .success(let parsed): span = parsed
            case .failure(let failure):
                report(.error, row.line, (index[failure.field] ?? 0) + 1, failure.message)
                usable = false
            }
            if from == to { report(.warning, row.line, fromColumn + 1, "relation from '\(from)' to itself; analysis ignores it") }
            guard usable else { continue }
            var here = location
            here.line = row.line
            relations.append(Relation(from: from, to: to, type: type, span: span, note: nil, evidence: [], location: here))
        }
        if let open = rows.unclosedQuote { report(.error, open.line, open.column, CSVRows.unclosedQuoteMessage) }
        if reportedBadIDs > 20 {
            report(.error, 1, 1, "\(reportedBadIDs - 20) more actor ids are not kebab-case")
        }
        if !relations.isEmpty {
            report(.warning, header.line, 1, "\(relations.count) relation\(relations.count == 1 ? " has" : "s have") no evidence (the sheet has no quotes)")
        }
        let actors = actorIDs.map { Actor(id: $0, name: $0, kind: .group, location: location) }
        let graph = StakeholderGraph(path: path, info: info, sources: [], actors: actors, relations: relations,
                                     issues: [], positions: [], customRelationTypes: [])
        return (graph, diagnostics)
    }
}
