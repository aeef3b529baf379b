import ArgumentParser
import Foundation
import StakeGraph

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graph files and report every problem with its line and column.",
        discussion: """
        Reports all problems in one run as `file:line:column: error|warning: message`, with a \
        suggestion where a name is misspelt. Errors: unknown keys and references, duplicate ids, \
        missing required fields, empty quotes, impossible dates, non-http(s) URLs. Warnings: \
        relations or positions without evidence, quotes of fewer than three words, relations from an \
        actor to itself.

        With --sources DIR, or without it when the graph's header says where its texts are \
        (`graph: {sources-dir: texts}`, relative to the graph file; --sources wins), every quote \
        must appear verbatim in DIR/<the source's file> (white space, curly quotes and dashes are \
        normalised). An elision (`…`, `...` or `[…]`) matches any text between its parts, each part \
        verbatim and in order, within one paragraph (text between blank lines). A quote not found \
        comes with the nearest passage of the source, `[here]` marking the first character that \
        differs. Quotes are checked even when the file has other errors. A quote of fewer than \
        three words is a warning.

        Evidence may instead reference a record of a machine-coded data set \
        (`{source: gdelt, record: https://…}`, as `import --from gdelt|icews` writes it): such \
        record references are counted apart from quotes and the quote check does not apply to them.

        Examples:
          stakegraph validate Graphs/huawei-5g.yaml --sources ../shared/seeds
          stakegraph validate Graphs/*.yaml --strict
          stakegraph validate Graphs/my-dispute.yaml    # against its own sources-dir

        Exit codes: 0 all files valid, 65 a file has errors (or warnings with --strict), 66 a file \
        or the sources directory cannot be read.
        """
    )

    @Argument(help: ArgumentHelp("Graph files (YAML or JSON). Default: the graph -g or $STAKEGRAPH_GRAPH or ./Graphs names.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var graphFile: GraphFileOption

    @Option(help: ArgumentHelp("Check every quote against the text files in this directory (instead of the graph's own sources-dir).", valueName: "dir"))
    var sources: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(help: "Output format: table (diagnostics on stderr, a summary per file on stdout) or json.",
            completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    /// One file's outcome, as JSON prints it.
    struct FileReport: Encodable {
        var file: String
        var valid: Bool
        var errors: Int
        var warnings: Int
        var actors: Int
        var relations: Int
        var quotes: Int
        /// Evidence that references a record of a data set (GDELT, ICEWS) instead of quoting.
        var records: Int
        /// The folder the quotes were checked against, if they were.
        var sources: String?
        /// Quotes whose source names no file, so that no check could find them.
        var uncheckedQuotes: Int
        var diagnostics: [DiagnosticRecord]
    }

    struct DiagnosticRecord: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    func validate() throws {
        if !files.isEmpty && graphFile.path != nil { throw ValidationError("give the graph files as arguments or one with -g, not both") }
    }

    func run() throws {
        if let sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: sources, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure.unreadable("sources directory '\(sources)' does not exist")
            }
        }
        let paths = files.isEmpty ? [try graphFile.resolved()] : files
        var reports: [FileReport] = []
        var unreadable: [String] = []
        for path in paths {
            let result: GraphReadResult
            do {
                result = try GraphReader.read(contentsOf: path)
            } catch {
                Terminal.error("stakegraph: error: \(error.description)")
                unreadable.append(path)
                continue
            }
            var diagnostics = result.diagnostics
            // Quotes are checked even when the file has other errors: every problem in one run.
            if let sources {
                diagnostics.items += QuoteCheck.check(result.graph, sourcesDirectory: sources)
            } else if let own = QuoteCheck.checkOwnSources(result.graph) {
                diagnostics.items += own
            }
            let graph = result.graph
            let evidence = graph.relations.flatMap(\.evidence) + graph.positions.flatMap(\.evidence)
            let records = evidence.filter(\.isRecordReference).count
            reports.append(FileReport(
                file: path, valid: !diagnostics.fail(strict: strict), errors: diagnostics.errors.count,
                warnings: diagnostics.warnings.count, actors: graph.actors.count, relations: graph.relations.count,
                quotes: evidence.count - records, records: records, sources: sources ?? graph.sourcesDirectory,
                uncheckedQuotes: evidence.filter { !$0.isRecordReference && graph.source(id: $0.source)?.file == nil }.count,
                diagnostics: diagnostics.sorted.map {
                    DiagnosticRecord(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                                     severity: $0.severity.rawValue, message: $0.message)
                }))
            if format == .table {
                for diagnostic in diagnostics.sorted { Terminal.error(diagnostic.description) }
            }
        }
        switch format {
        case .json: try JSONOutput.print(reports)
        case .table:
            for report in reports { Terminal.output(summary(report)) }
        }
        if !unreadable.isEmpty { throw CommandFailure.unreadable("") }
        let invalid = reports.filter { !$0.valid }
        if !invalid.isEmpty {
            throw CommandFailure.invalidData(invalid.count == 1 ? "" : "\(invalid.count) of \(reports.count) files are invalid")
        }
    }

    private func summary(_ report: FileReport) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let contents = "\(count(report.actors, "actor")), \(count(report.relations, "relation")), \(count(report.quotes, "quote"))"
            + (report.records > 0 ? ", \(count(report.records, "record reference"))" : "")
        let checked = report.sources.map { directory -> String in
            guard report.errors == 0 else { return "" }
            if report.uncheckedQuotes == 0 { return ", every quote found in \(directory)" }
            return ", \(report.quotes - report.uncheckedQuotes) of \(report.quotes) quotes found in \(directory); \(report.uncheckedQuotes) not checked, their sources name no file"
        } ?? ""
        if report.valid {
            let notes = report.warnings > 0 ? "; \(count(report.warnings, "warning"))" : ""
            return "\(report.file): valid (\(contents)\(checked))\(notes)"
        }
        return "\(report.file): invalid: \(count(report.errors, "error")), \(count(report.warnings, "warning"))\(strict && report.errors == 0 ? " (--strict)" : "")"
    }
}
