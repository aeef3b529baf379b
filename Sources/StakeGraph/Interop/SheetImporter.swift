/// Imports spreadsheets in Kumu's style: a relations sheet (`From`, `To`, `Type`, and optionally
/// `Date` or `Start`/`End`, `Note`, `Source`, `Quote`, `Evidence Note`, `Relation`), an optional
/// actors sheet (`Id` and/or `Label`, `Kind`, `Country`, `Description`, `Aliases` with `|`
/// between values, `URL`) and an optional sources sheet (`Id`, `Title`, `Publisher`, `Author`,
/// `Date`, `File`, `URL`). Column names are matched ignoring case; columns it does not know are
/// reported, never silently dropped.
///
/// `From` and `To` name actors by id, label or alias; actors named only there are created.
/// `Source` names a source by id or title, created when new. Rows that share a `Relation` value
/// are one relation with several pieces of evidence (how `export --format csv` writes them).
/// A row that cannot be used is reported as an error with its line and left out.
enum SheetImporter {
    struct Sheet {
        var bytes: [UInt8]
        var path: String
    }

    static let relationColumns = ["relation", "from", "to", "type", "date", "start", "end", "note", "source", "quote", "evidence note", "tags", "direction"]
    static let actorColumns = ["id", "label", "kind", "country", "description", "aliases", "url", "tags"]
    static let sourceColumns = ["id", "title", "publisher", "author", "date", "file", "url"]
    /// Other names for columns, as Kumu and spreadsheets write them.
    static let synonyms = ["name": "label", "description": "note", "type": "kind", "quote note": "evidence note"]

    /// The start of the error for a relation type not in the vocabulary.
    static let unknownTypeMessage = "unknown relation type"

    static func read(relations: Sheet, actors: Sheet?, sources: Sheet?, options: ImportOptions) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: relations.path, defaultKind: options.defaultKind)
        if let sources { readSources(sources, options: options, into: &builder) }
        if let actors { readActors(actors, options: options, into: &builder) }
        builder.path = relations.path
        readRelations(relations, options: options, into: &builder)
        builder.checkSimilarActors(merge: options.mergesSimilarActors)
        builder.path = relations.path
        let info = GraphInfo(id: DOTImporter.fileID(relations.path))
        return (builder.graph(info: info), builder.diagnostics)
    }

    // MARK: Columns

    /// The header of a sheet: which column holds which known field.
    struct Columns {
        var index: [String: Int] = [:]
        /// How many columns the header row has.
        var width = 0
        /// The `field:<name>` columns: custom fields, by name as written.
        var custom: [(name: String, column: Int)] = []

        /// The custom fields a row gives values to.
        func customFields(in row: CSVRows.Row) -> [String: String] {
            var fields: [String: String] = [:]
            for (name, column) in custom where column < row.fields.count {
                let value = CSVText.unguarded(row.fields[column])
                if !value.isEmpty { fields[name] = value }
            }
            return fields
        }

        /// The row's `Tags` cell split at `|`.
        func tags(in row: CSVRows.Row) -> [String] {
            var tags: [String] = []
            for tag in value("tags", in: row).map(ListText.split) ?? [] where !tags.contains(tag) { tags.append(tag) }
            return tags
        }

        /// Reports values to the right of the header's last column, which have no name to go by.
        func checkWidth(of row: CSVRows.Row, builder: inout ImportBuilder) {
            guard row.fields.count > width,
                  let extra = row.fields[width...].firstIndex(where: { !$0.trimmingSpaces.isEmpty }) else { return }
            builder.report(.warning, line: row.line, column: extra + 1,
                           "the row has values beyond the header's \(width) columns; they are not imported (is a comma missing quotes?)")
        }

        func value(_ name: String, in row: CSVRows.Row) -> String? {
            guard let column = index[name], column < row.fields.count else { return nil }
            let value = CSVText.unguarded(row.fields[column])
            return value.isEmpty ? nil : value
        }

        func column(_ name: String) -> Int { (index[name] ?? 0) + 1 }
    }

    /// The rows of `sheet` split at `delimiter` (nil: the header's), or nil (with an error where
    /// the bytes stop being UTF-8).
    static func rows(of sheet: Sheet, delimiter: SheetDelimiter?, builder: inout ImportBuilder) -> CSVRows? {
        let rows = CSVRows(sheet.bytes, delimiter: delimiter)
        guard let invalid = rows.encodingProblem else { return rows }
        builder.report(.error, line: invalid.line, column: invalid.column, CSVRows.encodingMessage)
        return nil
    }

    /// Reports a quoted value that ran to the end of the sheet, once the rows have been read.
    static func reportUnclosedQuote(in rows: CSVRows, builder: inout ImportBuilder) {
        guard let open = rows.unclosedQuote else { return }
        builder.report(.error, line: open.line, column: open.column, CSVRows.unclosedQuoteMessage)
    }

    /// Reads the header row of `rows`, reporting unknown and repeated columns; nil (with an error)
    /// when the sheet is empty or lacks every column of `required`.
    static func header(_ rows: inout CSVRows, known: [String], requiredAny: [[String]], what: String,
                       builder: inout ImportBuilder) -> Columns? {
        guard let header = rows.next(), !header.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) else {
            builder.report(.error, line: 1, "the \(what) sheet is empty; it needs a header row naming its columns (\(known.joined(separator: ", ")))")
            return nil
        }
        var columns = Columns()
        columns.width = header.fields.count
        for (position, raw) in header.fields.enumerated() {
            let name = ImportBuilder.key(raw.trimmingSpaces)
            if name.hasPrefix(ExportFields.customFieldPrefix) {
                let custom = String(raw.trimmingSpaces.dropFirst(ExportFields.customFieldPrefix.count)).trimmingSpaces
                if custom.isEmpty || columns.custom.contains(where: { $0.name == custom }) {
                    builder.report(.error, line: header.line, column: position + 1, "column '\(raw)' needs a field name of its own after 'field:'")
                } else {
                    columns.custom.append((custom, position))
                }
                continue
            }
            let field = known.contains(name) ? name : synonyms[name].flatMap { known.contains($0) ? $0 : nil }
            guard let field else {
                if !name.isEmpty {
                    builder.report(.warning, line: header.line, column: position + 1,
                                   "column '\(raw)' is not imported\(Suggestion.hint(for: name, in: known)) (columns: \(known.joined(separator: ", ")); name it 'field:\(raw.trimmingSpaces)' to keep it as a custom field)")
                }
                continue
            }
            if let first = columns.index[field] {
                builder.report(.error, line: header.line, column: position + 1, "column '\(raw)' repeats column \(first + 1); keep one")
                continue
            }
            columns.index[field] = position
        }
        for alternatives in requiredAny where !alternatives.contains(where: { columns.index[$0] != nil }) {
            builder.report(.error, line: header.line, "the \(what) sheet needs a column named \(alternatives.map { "'\($0)'" }.joined(separator: " or "))")
            return nil
        }
        return columns
    }

    // MARK: Sources

    private static func readSources(_ sheet: Sheet, options: ImportOptions, into builder: inout ImportBuilder) {
        builder.path = sheet.path
        guard var rows = rows(of: sheet, delimiter: options.delimiter, builder: &builder) else { return }
        defer { reportUnclosedQuote(in: rows, builder: &builder) }
        guard let columns = header(&rows, known: sourceColumns, requiredAny: [["id", "title"]], what: "sources", builder: &builder) else { return }
        while let row = rows.next() {
            if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            columns.checkWidth(of: row, builder: &builder)
            let id = columns.value("id", in: row), title = columns.value("title", in: row)
            guard let name = title ?? id else {
                builder.report(.error, line: row.line, "source row has neither an id nor a title")
                continue
            }
            if let id, let existing = builder.existingSource(id) {
                builder.report(.error, line: row.line, column: columns.column("id"), "source '\(id)' is listed twice (as '\(existing)' before)")
                continue
            }
            var date: PartialDate?
            if let text = columns.value("date", in: row) {
                do { date = try SheetDate.read(text, order: options.dateOrder) } catch {
                    builder.report(.error, line: row.line, column: columns.column("date"), "source date: \(error)")
                    continue
                }
            }
            builder.addSource(id: id, title: name, publisher: columns.value("publisher", in: row),
                              author: columns.value("author", in: row), date: date, file: columns.value("file", in: row),
                              url: checkedURL(columns.value("url", in: row), row: row, columns: columns, builder: &builder),
                              line: row.line)
        }
    }

    // MARK: Actors

    private static func readActors(_ sheet: Sheet, options: ImportOptions, into builder: inout ImportBuilder) {
        builder.path = sheet.path
        guard var rows = rows(of: sheet, delimiter: options.delimiter, builder: &builder) else { return }
        defer { reportUnclosedQuote(in: rows, builder: &builder) }
        guard let columns = header(&rows, known: actorColumns, requiredAny: [["id", "label"]], what: "actors", builder: &builder) else { return }
        while let row = rows.next() {
            if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            columns.checkWidth(of: row, builder: &builder)
            let id = columns.value("id", in: row), label = columns.value("label", in: row)
            guard let name = label ?? id else {
                builder.report(.error, line: row.line, "actor row has neither an id nor a label")
                continue
            }
            if let existing = builder.actorID(named: id ?? name) {
                builder.report(.error, line: row.line, column: columns.column(id == nil ? "label" : "id"),
                               "actor '\(id ?? name)' is listed twice (as '\(existing)' before)")
                continue
            }
            let kind = builder.kind(columns.value("kind", in: row), line: row.line, column: columns.column("kind"))
            let country = builder.countryCode(columns.value("country", in: row), line: row.line, column: columns.column("country"))
            let aliases = columns.value("aliases", in: row).map(ListText.split) ?? []
            builder.addActor(id: id, name: name, kind: kind, country: country, aliases: aliases,
                             description: columns.value("description", in: row),
                             url: checkedURL(columns.value("url", in: row), row: row, columns: columns, builder: &builder),
                             tags: columns.tags(in: row), fields: columns.customFields(in: row), line: row.line)
        }
    }

    private static func checkedURL(_ text: String?, row: CSVRows.Row, columns: Columns, builder: inout ImportBuilder) -> String? {
        guard let text else { return nil }
        if WebAddress.isHTTP(text) { return text }
        builder.report(.warning, line: row.line, column: columns.column("url"), "url '\(text)' is not an http(s) address; left out")
        return nil
    }

    // MARK: Relations

    /// A row's Kumu `Direction`: `directed` (Kumu's default for every connection, so the type's
    /// own direction is kept), `undirected` (an undirected twin of a directed type) or `mutual`
    /// (the relation both ways); nil, with an error, for another value.
    private static func direction(of row: CSVRows.Row, columns: Columns,
                                  builder: inout ImportBuilder) -> (directed: Bool?, mutual: Bool)? {
        guard let text = columns.value("direction", in: row) else { return (nil, false) }
        switch text.lowercased() {
        case "directed": return (nil, false)
        case "undirected": return (false, false)
        case "mutual": return (nil, true)
        default:
            builder.report(.error, line: row.line, column: columns.column("direction"),
                           "direction '\(text)' is not directed, undirected or mutual\(Suggestion.hint(for: text.lowercased(), in: ["directed", "undirected", "mutual"]))")
            return nil
        }
    }

    private static func readRelations(_ sheet: Sheet, options: ImportOptions, into builder: inout ImportBuilder) {
        guard var rows = rows(of: sheet, delimiter: options.delimiter, builder: &builder) else { return }
        defer { reportUnclosedQuote(in: rows, builder: &builder) }
        guard let columns = header(&rows, known: relationColumns, requiredAny: [["from"], ["to"]], what: "relations", builder: &builder) else { return }
        /// Relations by their `Relation` value, with the row that began each.
        var grouped: [String: (index: Int, line: Int)] = [:]
        while let row = rows.next() {
            if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            columns.checkWidth(of: row, builder: &builder)
            guard let fromName = columns.value("from", in: row), let toName = columns.value("to", in: row) else {
                let missing = columns.value("from", in: row) == nil ? "from" : "to"
                builder.report(.error, line: row.line, column: columns.column(missing), "row has no '\(missing)' value; every relation needs both ends")
                continue
            }
            var span = DateSpan.undated
            switch DateSpan.parse(date: columns.value("date", in: row), start: columns.value("start", in: row),
                                  end: columns.value("end", in: row),
                                  reading: { text throws(PartialDate.ParseError) in try SheetDate.read(text, order: options.dateOrder) }) {
            case .success(let value): span = value
            case .failure(let failure) where options.keepsRowsWithUnreadableDates:
                builder.report(.warning, line: row.line, column: columns.column(failure.field), failure.message + "; the row is kept undated")
            case .failure(let failure):
                builder.report(.error, line: row.line, column: columns.column(failure.field), failure.message)
                continue
            }
            let quote = columns.value("quote", in: row), sourceName = columns.value("source", in: row)
            if (quote == nil) != (sourceName == nil) {
                let missing = quote == nil ? "quote" : "source"
                builder.report(.error, line: row.line, column: columns.column(missing),
                               "row has a \(missing == "quote" ? "source" : "quote") but no \(missing); evidence needs both")
                continue
            }
            let typeName = columns.value("type", in: row) ?? "related-to"
            guard options.declaresNewTypes || builder.knownRelationType(named: typeName) != nil else {
                builder.report(.error, line: row.line, column: columns.column("type"),
                               "\(unknownTypeMessage) '\(typeName)'\(builder.relationTypeHint(for: typeName) ?? "; the vocabulary has \(Vocabulary.builtIn.map(\.id).joined(separator: ", "))")")
                continue
            }
            let from = builder.actor(named: fromName, line: row.line)
            let to = builder.actor(named: toName, line: row.line)
            guard let direction = direction(of: row, columns: columns, builder: &builder) else { continue }
            let type = builder.relationType(named: typeName, directed: direction.directed, line: row.line, column: columns.column("type"))
            let evidence = quote.map { text in
                Evidence(source: builder.source(named: sourceName!, line: row.line), quote: text,
                         note: columns.value("evidence note", in: row),
                         location: builder.location(line: row.line, column: columns.column("quote")))
            }
            if let key = columns.value("relation", in: row), let first = grouped[key] {
                let relation = builder.relations[first.index]
                guard relation.from == from, relation.to == to, relation.type == type, relation.span == span else {
                    builder.report(.error, line: row.line, column: columns.column("relation"),
                                   "row continues relation '\(key)' of line \(first.line) but differs from it in from, to, type or date")
                    continue
                }
                if let evidence { builder.addEvidence(evidence, toRelationAt: first.index) }
                continue
            }
            if let key = columns.value("relation", in: row) { grouped[key] = (builder.relations.count, row.line) }
            builder.addRelation(from: from, to: to, type: type, span: span, note: columns.value("note", in: row),
                                evidence: evidence.map { [$0] } ?? [], tags: columns.tags(in: row),
                                fields: columns.customFields(in: row), line: row.line)
            if direction.mutual, builder.isDirected(type) {
                builder.addRelation(from: to, to: from, type: type, span: span, note: columns.value("note", in: row),
                                    evidence: evidence.map { [$0] } ?? [], tags: columns.tags(in: row),
                                    fields: columns.customFields(in: row), line: row.line)
            }
        }
    }

}
