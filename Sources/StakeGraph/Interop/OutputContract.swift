import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The promises every output keeps for any graph that reads without errors, however hostile its
/// names: each export parses as its format (and stakegraph's own formats read back with every
/// actor and relation), each CSV row has the header's width, and no text meant for a terminal
/// keeps a raw control character.
///
/// The fuzz harness (`Fuzz/`) checks it after `ReaderContract` on every input that reads, and the
/// regression tests replay the corpus through it.
public enum OutputContract {
    /// The promise `graph`'s outputs break, or nil when they keep them all.
    /// - Complexity: one export per format, each linear in the graph.
    public static func violation(of graph: StakeholderGraph) -> String? {
        let slice = GraphSlice(graph)
        for format in [ExportFormat.json, .graphml] {
            guard let text = try? GraphExport.text(slice, format: format) else { return "\(format) export failed" }
            let (back, diagnostics) = GraphImport.read(data: Data(text.utf8), format: format == .json ? .json : .graphml,
                                                       path: "export.\(format.rawValue)")
            if diagnostics.hasErrors { return "the \(format) export does not read back: \(diagnostics.errors[0])" }
            if back.actors.count != graph.actors.count || back.relations.count != graph.relations.count {
                return "the \(format) export reads back as \(back.actors.count) actors and \(back.relations.count) relations, not \(graph.actors.count) and \(graph.relations.count)"
            }
        }
        for format in [ExportFormat.nodeLink, .cytoscape] {
            guard let text = try? GraphExport.text(slice, format: format),
                  (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { return "the \(format) export is not JSON" }
        }
        guard let gexf = try? GraphExport.text(slice, format: .gexf) else { return "gexf export failed" }
        let parser = XMLParser(data: Data(gexf.utf8))
        parser.shouldResolveExternalEntities = false
        if !parser.parse() { return "the gexf export is not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")" }
        for (name, sheet) in [("relations", SheetWriter.relations(graph)), ("actors", SheetWriter.actors(graph)),
                              ("sources", SheetWriter.sources(graph))] {
            var rows = CSVRows(Array(sheet.utf8))
            guard let width = rows.next()?.fields.count else { return "the \(name) sheet has no header" }
            var count = 0
            while let row = rows.next() {
                if row.fields.count != width { return "row \(row.line) of the \(name) sheet has \(row.fields.count) fields, not \(width)" }
                count += 1
            }
            if rows.unclosedQuote != nil { return "the \(name) sheet has a quote that never closes" }
            let expected = name == "relations" ? graph.relations.count : name == "actors" ? graph.actors.count : graph.sources.count
            if count != expected { return "the \(name) sheet has \(count) rows, not \(expected)" }
        }
        for text in graph.actors.flatMap({ [$0.id, $0.name] }) + graph.relations.map(\.type)
        where text.terminalSafe.unicodeScalars.contains(where: String.needsEscape) {
            return "a name keeps a raw control on a terminal: \(text.debugDescription)"
        }
        return nil
    }
}
