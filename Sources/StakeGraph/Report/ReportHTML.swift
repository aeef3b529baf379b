import Foundation

/// A report as one self-contained HTML file: inline SVG, inline CSS, no scripts, no external
/// resources. Every data value is escaped and only http(s) links are written, so a hostile name
/// or quote cannot inject markup. The output is also well-formed XML (void elements closed, no
/// named entities but XML's own), which lets tests parse it with an XML parser.
public enum ReportHTML {
    public static func write(_ content: ReportContent) -> String {
        var writer = Writer(content: content)
        return writer.document()
    }

    /// Text for HTML element content and attribute values: XML's escaping, which HTML reads the
    /// same way (line breaks become `&#10;`, still white space to HTML).
    static func escape(_ text: String) -> String { XMLText.escaped(text) }

    /// Graphviz's SVG for inlining: without the XML prolog, doctype and comments, and with every
    /// `id` prefixed so that two figures in one page never share an id.
    static func inlineSVG(_ svg: String, idPrefix: String) -> String {
        var text = svg
        for pattern in [#"<\?xml[^>]*\?>"#, #"<!DOCTYPE[^>]*>"#, #"<!--[\s\S]*?-->"#] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private struct Writer {
        let content: ReportContent
        var out = ""

        var graph: StakeholderGraph { content.graph }

        func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }

        /// `<sup>` links to the references of `evidence`.
        func cite(_ evidence: [Evidence]) -> String {
            let numbers = content.citations.numbers(evidence)
            guard !numbers.isEmpty else { return "<sup class=\"no-evidence\">no quote</sup>" }
            return "<sup>" + numbers.map { "<a href=\"#ref-\($0)\">[\($0)]</a>" }.joined() + "</sup>"
        }

        func relationText(_ relation: Relation) -> String {
            let label = graph.relationType(relation.type)?.label ?? relation.type
            let polarity = graph.relationType(relation.type)?.polarity.rawValue ?? "neutral"
            return "\(escape(name(relation.from))) <span class=\"\(polarity)\">\(escape(label))</span> \(escape(name(relation.to)))"
        }

        mutating func document() -> String {
            let title = graph.info.title ?? graph.info.id
            out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            out += "<meta name=\"generator\" content=\"stakegraph\"/>\n"
            out += "<title>\(escape(title))</title>\n<style>\(Self.style)</style>\n</head>\n<body>\n"
            header(title)
            networkSection()
            positionsSection()
            centralSection()
            coalitionsSection()
            communitiesSection()
            timelineSection()
            relationsSection()
            sourcesSection()
            referencesSection()
            out += "<footer><p>Made with stakegraph from <code>\(escape((graph.path as NSString).lastPathComponent))</code>. Every relation and position is backed by the quotes it cites; the numbers lead to them.</p></footer>\n"
            out += "</body>\n</html>\n"
            return out
        }

        mutating func header(_ title: String) {
            let quotes = graph.relations.reduce(0) { $0 + $1.evidence.count } + graph.positions.reduce(0) { $0 + $1.evidence.count }
            out += "<header>\n<h1>\(escape(title))</h1>\n"
            if let description = graph.info.description { out += "<p class=\"lead\">\(escape(description))</p>\n" }
            var facts = ["\(graph.actors.count) actors", "\(graph.relations.count) relations", "\(quotes) quotes from \(graph.sources.count) sources"]
            if let asOf = graph.info.asOf { facts.insert("as of \(asOf)", at: 0) }
            if let note = content.selectionNote { facts.append(note) }
            out += "<p class=\"facts\">\(escape(facts.joined(separator: " · ")))</p>\n"
            out += "<nav><ol>"
            let sections = [("network", "The network"), ("positions", "Positions"), ("central", "Most central actors"),
                            ("coalitions", "Coalitions"), ("communities", "Communities"), ("timeline", "Timeline"),
                            ("relations", "All relations"), ("sources", "Sources"), ("references", "References")]
            for (id, label) in sections where id != "positions" || content.issue != nil {
                out += "<li><a href=\"#\(id)\">\(label)</a></li>"
            }
            out += "</ol></nav>\n</header>\n"
        }

        mutating func networkSection() {
            out += "<section id=\"network\">\n<h2>The network</h2>\n"
            out += "<p>Colour and shape show the kind of actor; red edges are hostile, green cooperative, grey neutral; dashed lines are words, solid lines deeds. Hover over an edge for its quotes.</p>\n"
            out += "<figure class=\"wide\">\(inlineSVG(content.networkSVG, idPrefix: "network-"))</figure>\n</section>\n"
        }

        mutating func positionsSection() {
            guard let issue = content.issue else { return }
            out += "<section id=\"positions\">\n<h2>Positions: \(escape(issue.question))</h2>\n"
            if let map = content.positionMapSVG {
                out += "<figure>\(inlineSVG(map, idPrefix: "positions-"))<figcaption>Stance across (declared, else inferred from relations with \(escape(issue.subject.map(name) ?? "the subject"))), power up (PageRank on the whole graph).</figcaption></figure>\n"
            }
            out += "<table>\n<thead><tr><th>Actor</th><th>Declared</th><th>Inferred</th><th class=\"number\">Power</th><th>Evidence</th></tr></thead>\n<tbody>\n"
            for row in content.positions where row.placement != nil {
                let positionEvidence = graph.positions.filter { $0.actor == row.actor.id && $0.issue == issue.id }.flatMap(\.evidence)
                let declared = row.declared.map { "\(escape($0.name)) (\($0.rawValue > 0 ? "+\($0.rawValue)" : $0.rawValue < 0 ? "−\(-$0.rawValue)" : "0"))" } ?? "–"
                let inferred = row.inferred.map { String(format: "%+.2f", $0) } ?? "–"
                out += "<tr\(row.disagrees ? " class=\"disagrees\"" : "")><td>\(escape(row.actor.name))\(row.disagrees ? " <span title=\"declared and inferred stances disagree\">≠</span>" : "")</td>"
                out += "<td class=\"stance-\(row.declared?.name ?? "none")\">\(declared)</td><td>\(inferred)</td>"
                out += "<td class=\"number\">\(String(format: "%.4f", row.power))</td><td>\(positionEvidence.isEmpty ? "" : cite(positionEvidence))\(row.basis.isEmpty ? "" : " + \(row.basis.count) relation\(row.basis.count == 1 ? "" : "s")")</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            let without = content.positions.filter { $0.placement == nil }.map { escape($0.actor.name) }
            if !without.isEmpty { out += "<p class=\"note\">No stance declared or inferred: \(without.joined(separator: ", ")).</p>\n" }
            out += "</section>\n"
        }

        mutating func centralSection() {
            out += "<section id=\"central\">\n<h2>Most central actors</h2>\n"
            out += "<p>PageRank (α 0.85), betweenness (normalised) and in-degree on the network of the relations shown, as NetworkX computes them.</p>\n"
            out += "<table>\n<thead><tr><th>#</th><th>Actor</th><th class=\"number\">PageRank</th><th class=\"number\">Betweenness</th><th class=\"number\">In-degree</th></tr></thead>\n<tbody>\n"
            for (rank, row) in content.central.enumerated() {
                out += "<tr><td>\(rank + 1)</td><td>\(escape(row.actor.name))</td><td class=\"number\">\(String(format: "%.4f", row.pageRank))</td>"
                out += "<td class=\"number\">\(String(format: "%.4f", row.betweenness))</td><td class=\"number\">\(String(format: "%.4f", row.inDegree))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }

        mutating func coalitionsSection() {
            let analysis = content.coalitions
            out += "<section id=\"coalitions\">\n<h2>Coalitions</h2>\n"
            out += "<p>The split into camps that the fewest relations contradict (structural balance: cooperation and belonging within camps, hostility between them). \(analysis.frustration) of \(analysis.signedCount) relations contradict it\(analysis.isExact ? ", the fewest possible" : ", the fewest found").</p>\n"
            out += "<div class=\"camps\">\n"
            for (number, members) in analysis.camps.enumerated() {
                let lean = analysis.meanStance[number].map { String(format: " · mean stance %+.2f", $0) } ?? ""
                out += "<div class=\"camp\"><h3>Camp \(number + 1) <small>\(members.count) actors\(lean)</small></h3><ul>"
                out += members.map(name).sorted { $0.lowercased() < $1.lowercased() }.map { "<li>\(escape($0))</li>" }.joined()
                out += "</ul></div>\n"
            }
            out += "</div>\n"
            if !analysis.violating.isEmpty {
                out += "<h3>Relations that contradict the split</h3>\n<ul>\n"
                for relation in analysis.violating { out += "<li>\(relationText(relation))\(cite(relation.evidence))</li>\n" }
                out += "</ul>\n"
            }
            out += "</section>\n"
        }

        mutating func communitiesSection() {
            let analysis = content.communities
            out += "<section id=\"communities\">\n<h2>Communities</h2>\n"
            out += "<p>Groups of actors more entangled with each other than with the rest, whatever the tone of their relations (Louvain method; modularity \(String(format: "%.3f", analysis.modularity))).</p>\n<ol>\n"
            for members in analysis.communities {
                out += "<li>\(members.map(name).sorted { $0.lowercased() < $1.lowercased() }.map(escape).joined(separator: ", "))</li>\n"
            }
            out += "</ol>\n</section>\n"
        }

        mutating func timelineSection() {
            out += "<section id=\"timeline\">\n<h2>Timeline</h2>\n<table class=\"timeline\">\n<tbody>\n"
            for event in content.timeline {
                out += "<tr><td class=\"date\">\(escape(event.dateText))</td><td>"
                switch event {
                case .relation(let relation):
                    out += relationText(relation) + cite(relation.evidence)
                case .position(let position):
                    let issue = graph.issue(id: position.issue)?.question ?? position.issue
                    out += "\(escape(name(position.actor))) — stance <em>\(escape(position.stance.name))</em> on “\(escape(issue))”" + cite(position.evidence)
                }
                out += "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            let undated = graph.relations.filter { $0.span == .undated }.count
            if undated > 0 { out += "<p class=\"note\">\(undated) undated relations are listed under All relations.</p>\n" }
            out += "</section>\n"
        }

        mutating func relationsSection() {
            out += "<section id=\"relations\">\n<h2>All relations</h2>\n<table>\n<thead><tr><th>Relation</th><th>Date</th><th>Quotes</th></tr></thead>\n<tbody>\n"
            for relation in graph.relations {
                out += "<tr><td>\(relationText(relation))\(relation.note.map { "<br/><small>\(escape($0))</small>" } ?? "")</td>"
                out += "<td class=\"date\">\(escape(relation.span.description))</td><td>\(cite(relation.evidence))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n</section>\n"
        }

        mutating func sourcesSection() {
            out += "<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n"
            for source in graph.sources {
                out += "<li id=\"source-\(escape(source.id))\">\(sourceText(source))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }

        func sourceText(_ source: Source) -> String {
            var text = "<cite>\(escape(source.title))</cite>"
            let details = [source.author, source.publisher, source.date?.description].compactMap { $0 }
            if !details.isEmpty { text += ", " + escape(details.joined(separator: ", ")) }
            if let url = source.url, WebAddress.isHTTP(url) {
                text += " <a href=\"\(escape(url))\" rel=\"noopener noreferrer\">link</a>"
            }
            return text
        }

        mutating func referencesSection() {
            out += "<section id=\"references\">\n<h2>References</h2>\n<ol class=\"references\">\n"
            for reference in content.citations.references {
                let source = graph.source(id: reference.evidence.source)
                out += "<li id=\"ref-\(reference.number)\">“\(escape(reference.evidence.quote))” — "
                out += source.map(sourceText) ?? escape(reference.evidence.source)
                if let note = reference.evidence.note { out += " <small>(\(escape(note)))</small>" }
                out += "</li>\n"
            }
            out += "</ol>\n</section>\n"
        }

        static let style = """
        body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#212121;max-width:1100px;margin:0 auto;padding:1.5rem 1.25rem 3rem;line-height:1.5}
        h1{font-size:2rem;margin:0 0 .25rem}h2{margin-top:2.5rem;border-bottom:2px solid #e0e0e0;padding-bottom:.25rem}h3 small{font-weight:normal;color:#616161}
        .lead{font-size:1.1rem;color:#424242}.facts,.note,figcaption,footer{color:#616161;font-size:.9rem}
        nav ol{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}nav a{color:#1565c0}
        figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figure.wide{overflow:auto;max-height:85vh;border:1px solid #e0e0e0}figure.wide svg{max-width:none;width:1600px}
        table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eeeeee;vertical-align:top}
        thead th{border-bottom:2px solid #bdbdbd}td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}td.date{white-space:nowrap;color:#424242}
        tr.disagrees td{background:#fff3e0}.hostile{color:#c0392b}.cooperative{color:#1e8449}.neutral{color:#757575}
        .stance-strongly-oppose{background:#f4c7bd}.stance-oppose{background:#fbe0d4}.stance-neutral{background:#eeeeee}.stance-support{background:#d4e8f2}.stance-strongly-support{background:#b8d6ea}
        sup a{text-decoration:none;color:#1565c0;font-size:.75rem}sup.no-evidence{color:#b71c1c}
        .camps{display:flex;gap:1.5rem;flex-wrap:wrap}.camp{flex:1 1 280px;border:1px solid #e0e0e0;border-radius:6px;padding:0 1rem}
        .references li{margin-bottom:.35rem}.references li:target{background:#fff9c4}footer{margin-top:3rem;border-top:1px solid #e0e0e0}
        @media print{figure.wide{max-height:none;overflow:visible}figure.wide svg{width:100%}}
        """
    }
}
