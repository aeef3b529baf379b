import Foundation

/// How to import machine-coded events.
public struct EventImportOptions: Sendable {
    /// What repeated events between one pair with one type are folded over.
    public enum Period: String, CaseIterable, Sendable { case day, month, year }

    /// Fold events into one relation per pair, type and period; nil for one relation per event.
    public var aggregate: Period?
    /// The kind of actors whose role codes or sectors name none.
    public var defaultKind: ActorKind

    public init(aggregate: Period? = nil, defaultKind: ActorKind = .group) {
        self.aggregate = aggregate
        self.defaultKind = defaultKind
    }
}

/// Imports machine-coded event data, CAMEO-coded: the GDELT 2.0 events export and ICEWS's
/// coded-event files (see `GDELTRow`, `ICEWSRow`, `EventGraphBuilder`, `CAMEOTable`).
///
/// Files stream through a fixed buffer: the whole file is never held, so with aggregation a file
/// of any size fits in memory bounded by its distinct actors and aggregates.
public enum EventImport {
    /// Reads the event file at `path` as `format` (`.gdelt` or `.icews`).
    ///
    /// - Throws: `GraphFileError` when the file is missing or unreadable. Problems in rows are
    ///   errors in the diagnostics (with their line and column), decisions are warnings.
    /// - Complexity: O(n) in the rows; memory O(actors + relations kept).
    public static func read(contentsOf path: String, format: ImportFormat, options: EventImportOptions = EventImportOptions())
    throws(GraphFileError) -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        try InputFilePath.check(path, what: "an event file")
        var state = State(path: path, format: format, options: options)
        try EventLines.forEach(path: path) { state.line($0, $1) }
        return state.finish()
    }

    /// Reads events from bytes in memory; `path` names them in diagnostics.
    public static func read(data: Data, format: ImportFormat, path: String, options: EventImportOptions = EventImportOptions())
    -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        var state = State(path: path, format: format, options: options)
        EventLines.forEach(bytes: [UInt8](data)) { state.line($0, $1) }
        return state.finish()
    }

    /// The event format the file at `path` is in, told from its first line: 61 tab-separated
    /// columns starting with an event id and a YYYYMMDD date (GDELT 2.0), or ICEWS's header; nil
    /// for anything else (or a file that cannot be read).
    public static func format(ofFileAt path: String) -> ImportFormat? {
        // Only a regular file is looked into: a FIFO or a device would block the read.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let start = try? handle.read(upToCount: 65_536) else { return nil }
        return format(of: start)
    }

    /// The event format bytes open with, as `format(ofFileAt:)` tells it.
    public static func format(of start: Data) -> ImportFormat? {
        let firstLine = start.prefix { $0 != 0x0A }
        let fields = firstLine.split(separator: 0x09, omittingEmptySubsequences: false)
        if fields.count >= 3, String(decoding: fields[0], as: UTF8.self).lowercased() == "event id",
           String(decoding: fields[1], as: UTF8.self).lowercased() == "event date" { return .icews }
        let digits = { (field: Data.SubSequence) in !field.isEmpty && field.allSatisfy { (0x30...0x39).contains($0) } }
        if fields.count == GDELTRow.columns, digits(fields[0]), fields[1].count == 8, digits(fields[1]) { return .gdelt }
        return nil
    }

    /// Reading state: the row reader of the format and the graph being built.
    private struct State {
        var reader: any EventRowReader
        var builder: EventGraphBuilder
        var fields = TabFields()
        var sawHeader = false
        var refused = false
        let format: ImportFormat
        let path: String

        init(path: String, format: ImportFormat, options: EventImportOptions) {
            let table = CAMEOTable.builtIn
            self.format = format
            self.path = path
            reader = format == .icews ? ICEWSRow(table: table) : GDELTRow(table: table)
            builder = EventGraphBuilder(table: table, path: path, format: format, options: options)
        }

        mutating func line(_ number: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            fields.split(bytes)
            if let column = fields.invalidUTF8Column() {
                builder.error(line: number, column: column, "the line is not valid UTF-8 text (save the file as UTF-8)")
                return true
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
            if reader.hasHeader && !sawHeader {
                sawHeader = true
                if let problem = reader.header(fields) {
                    builder.error(line: number, column: 1, problem)
                    refused = true
                    return false
                }
                return true
            }
            switch reader.row(fields, line: number) {
            case .event(let event): builder.add(event)
            case .skipped(let kind, let column, let message): builder.note(kind, line: number, column: column, message)
            case .problem(let column, let message): builder.error(line: number, column: column, message)
            }
            return true
        }

        mutating func finish() -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
            if reader.hasHeader && !sawHeader {
                builder.error(line: 1, column: 1, "the file is empty; an ICEWS file starts with a header row (Event ID, Event Date, Source Name, …)")
            }
            let name = format == .icews ? "ICEWS" : "GDELT 2.0"
            let info = GraphInfo(id: DOTImporter.fileID(path),
                                 title: "\(name) events from \((path as NSString).lastPathComponent)")
            let (graph, diagnostics) = builder.graph(info: info)
            return (graph, Diagnostics(diagnostics))
        }
    }
}
