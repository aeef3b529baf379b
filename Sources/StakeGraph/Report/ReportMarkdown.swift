import Foundation

/// A report as Markdown, with the two figures as SVG files beside it (`networkImage`,
/// `positionsImage`, relative names). The same sections and numbered references as the HTML.
public enum ReportMarkdown {
    public static func write(_ content: ReportContent, networkImage: String, positionsImage: String?) -> String {
        let graph = content.graph
        func name(_ id: String) -> String { escape(graph.actor(id: id)?.name ?? id) }
        func cite(_ evidence: [Evidence]) -> String {
            let numbers = content.citations.numbers(evidence)
            return numbers.isEmpty ? " (no quote)" : numbers.map { " [\($0)](#ref-\($0))" }.joined()
        }
        func relation(_ relation: Relation) -> String {
            "\(name(relation.from)) *\(escape(graph.relationType(relation.type)?.label ?? relation.type))* \(name(relation.to))"
        }
        var lines = ["# \(escape(graph.info.title ?? graph.info.id))", ""]
        if let description = graph.info.description { lines += [escape(description), ""] }
        var facts = ["\(graph.actors.count) actors", "\(graph.relations.count) relations", "\(graph.sources.count) sources"]
        if let note = content.selectionNote { facts.append(note) }
        lines += [facts.joined(separator: " · "), ""]
        lines += ["## The network", "", "![The network](\(networkImage))", ""]
        if let issue = content.issue {
            lines += ["## Positions: \(escape(issue.question))", ""]
            if let positionsImage { lines += ["![Position map](\(positionsImage))", ""] }
            lines += ["| Actor | Declared | Inferred | Power | Evidence |", "|---|---|---|---:|---|"]
            for row in content.positions where row.placement != nil {
                let evidence = graph.positions.filter { $0.actor == row.actor.id && $0.issue == issue.id }.flatMap(\.evidence)
                lines.append("| \(escape(row.actor.name))\(row.disagrees ? " ≠" : "") | \(row.declared?.name ?? "–") | \(row.inferred.map { String(format: "%+.2f", $0) } ?? "–") | \(String(format: "%.4f", row.power)) |\(evidence.isEmpty ? "" : cite(evidence)) |")
            }
            lines.append("")
        }
        lines += ["## Most central actors", "", "| # | Actor | PageRank | Betweenness | In-degree |", "|---:|---|---:|---:|---:|"]
        for (rank, row) in content.central.enumerated() {
            lines.append("| \(rank + 1) | \(escape(row.actor.name)) | \(String(format: "%.4f", row.pageRank)) | \(String(format: "%.4f", row.betweenness)) | \(String(format: "%.4f", row.inDegree)) |")
        }
        let coalitions = content.coalitions
        lines += ["", "## Coalitions", "", "\(coalitions.frustration) of \(coalitions.signedCount) relations contradict the split\(coalitions.isExact ? " (the fewest possible)" : "").", ""]
        for (number, members) in coalitions.camps.enumerated() {
            lines.append("- **Camp \(number + 1)**\(coalitions.meanStance[number].map { String(format: " (mean stance %+.2f)", $0) } ?? ""): \(members.map(name).sorted().joined(separator: ", "))")
        }
        if !coalitions.violating.isEmpty {
            lines += ["", "Contradicting the split:", ""]
            lines += coalitions.violating.map { "- \(relation($0))\(cite($0.evidence))" }
        }
        lines += ["", "## Communities", "", "Louvain method, modularity \(String(format: "%.3f", content.communities.modularity)).", ""]
        for (number, members) in content.communities.communities.enumerated() {
            lines.append("\(number + 1). \(members.map(name).sorted().joined(separator: ", "))")
        }
        lines += ["", "## Timeline", "", "| Date | Event |", "|---|---|"]
        for event in content.timeline {
            switch event {
            case .relation(let item): lines.append("| \(event.dateText) | \(relation(item))\(cite(item.evidence)) |")
            case .position(let position):
                lines.append("| \(event.dateText) | \(name(position.actor)) — stance *\(position.stance.name)*\(cite(position.evidence)) |")
            }
        }
        lines += ["", "## All relations", "", "| Relation | Date | Quotes |", "|---|---|---|"]
        for item in graph.relations { lines.append("| \(relation(item)) | \(item.span.description) |\(cite(item.evidence)) |") }
        lines += ["", "## Sources", ""]
        for source in graph.sources { lines.append("- \(sourceText(source))") }
        lines += ["", "## References", ""]
        for reference in content.citations.references {
            let source = graph.source(id: reference.evidence.source)
            lines.append("\(reference.number). <a id=\"ref-\(reference.number)\"></a>“\(escape(reference.evidence.quote))” — \(source.map(sourceText) ?? escape(reference.evidence.source))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func sourceText(_ source: Source) -> String {
        var text = "*\(escape(source.title))*"
        let details = [source.author, source.publisher, source.date?.description].compactMap { $0 }
        if !details.isEmpty { text += ", " + escape(details.joined(separator: ", ")) }
        if let url = source.url, WebAddress.isHTTP(url) { text += " <\(url.replacingOccurrences(of: ">", with: "%3E"))>" }
        return text
    }

    /// Markdown text with its markup characters escaped, and HTML kept from being HTML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
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
