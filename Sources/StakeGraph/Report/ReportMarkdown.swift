/// A report as Markdown: the same document as the HTML (`ReportDocument`), with each figure an
/// SVG file beside it, named by `figureFile` from the figure's name.
public enum ReportMarkdown {
    public static func write(_ document: ReportDocument, figureFile: (String) -> String) -> String {
        var lines = ["# \(escape(document.title))", ""]
        if let lead = document.lead { lines += [escape(lead), ""] }
        lines += [escape(document.facts), ""]
        for section in document.sections {
            lines += ["## \(escape(section.title))", ""]
            for block in section.blocks { lines += markdown(block, figureFile: figureFile) + [""] }
        }
        lines.append("Made with stakegraph from `\(document.file.replacingOccurrences(of: "`", with: "'"))`. Every relation and position is backed by the quotes it cites; the numbers lead to them.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ inlines: [ReportDocument.Inline]) -> String { inlines.map(markdown).joined() }

    static func markdown(_ inline: ReportDocument.Inline) -> String {
        switch inline {
        case .text(let text): return escape(text)
        case .emphasis(let text), .relationLabel(let text, _): return "*\(escape(text))*"
        case .strong(let text): return "**\(escape(text))**"
        case .title(let text): return "*\(escape(text))*"
        case .citations(let numbers):
            return numbers.isEmpty ? " (no quote)" : numbers.map { " [\($0)](#ref-\($0))" }.joined()
        case .link(let text, let url):
            guard WebAddress.isHTTP(url) else { return escape(text) }
            return "<\(url.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C"))>"
        case .small(let text): return " (\(escape(text)))"
        case .mark(let sign, _): return escape(sign)
        }
    }

    static func markdown(_ block: ReportDocument.Block, figureFile: (String) -> String) -> [String] {
        switch block {
        case .paragraph(let inlines, _): return [markdown(inlines)]
        case .figure(let name, let alt, _, let caption, _):
            return ["![\(escape(alt))](\(figureFile(name)))"] + (caption.map { ["", "*" + markdown($0) + "*"] } ?? [])
        case .table(let columns, let rows):
            var lines = ["| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |",
                         "|" + columns.map { $0.numeric ? "---:|" : "---|" }.joined()]
            for row in rows { lines.append("| " + row.cells.map(markdown).joined(separator: " | ") + " |") }
            return lines
        case .list(let items, let ordered):
            return items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + markdown($0.element) }
        case .subheading(let text): return ["### \(escape(text))"]
        case .groups(let groups):
            return groups.map { "- **\(escape($0.title))** (\(escape($0.detail))): \($0.items.map(escape).joined(separator: ", "))" }
        case .references(let references):
            return references.map { reference in
                "\(reference.number). <a id=\"ref-\(reference.number)\"></a>\(escape(reference.cited)) — \(markdown(reference.source))"
                    + (reference.note.map { " (\(escape($0)))" } ?? "")
            }
        }
    }

    /// Markdown text with its markup characters escaped, and HTML kept from being HTML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in BidiIsolation.isolated(text) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "!": result += "\\\(character)"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
