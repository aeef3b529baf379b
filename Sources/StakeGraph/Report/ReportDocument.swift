import Foundation

/// A report as a document: sections of paragraphs, tables, lists and figures whose words,
/// order and numbers are all decided here, once. `ReportHTML` and `ReportMarkdown` only spell
/// it, so the two cannot say different things.
public struct ReportDocument: Sendable {
    /// A run of text inside a block.
    public enum Inline: Sendable, Equatable {
        case text(String)
        case emphasis(String)
        case strong(String)
        /// The title of a work.
        case title(String)
        /// A relation's label, coloured by its polarity.
        case relationLabel(String, Polarity)
        /// Reference numbers of quotes; none: "no quote".
        case citations([Int])
        /// An absolute http(s) link (anything else is never written as a link).
        case link(String, url: String)
        /// A small aside: a note, a count.
        case small(String)
        /// A sign with an explanation (the "≠" of a disagreement).
        case mark(String, explanation: String)
    }

    public enum ParagraphStyle: String, Sendable { case body, lead, facts, note }

    public struct Column: Sendable {
        public var title: String
        public var numeric: Bool
    }

    public struct Row: Sendable {
        public var cells: [[Inline]]
        /// Per cell, a style hook (a stance, "date"); nil for none.
        public var cellStyles: [String?]
        /// A style hook for the row ("disagrees").
        public var style: String?
    }

    /// A titled group of items: a camp with its members.
    public struct Group: Sendable {
        public var title: String
        public var detail: String
        public var items: [String]
    }

    public struct Reference: Sendable {
        public var number: Int
        /// The evidence as shown: its quote in curly quotes, or `record REF` (`Evidence.cited`).
        public var cited: String
        public var source: [Inline]
        public var note: String?
    }

    public enum Block: Sendable {
        case paragraph([Inline], ParagraphStyle)
        /// An SVG figure; `name` names its file beside a Markdown report.
        case figure(name: String, alt: String, svg: String, caption: [Inline]?, wide: Bool)
        case table(columns: [Column], rows: [Row])
        case list([[Inline]], ordered: Bool)
        case subheading(String)
        case groups([Group])
        case references([Reference])
    }

    public struct Section: Sendable {
        public var id: String
        public var title: String
        public var blocks: [Block]
    }

    public var title: String
    public var lead: String?
    /// "as of 2019-06 · 48 actors · 95 relations · 151 quotes from 5 sources · hostile relations".
    public var facts: String
    public var sections: [Section]
    /// The graph file the report was made from.
    public var file: String

    /// The figures, by name, for a writer that puts them beside the text.
    public var figures: [(name: String, svg: String)] {
        sections.flatMap(\.blocks).compactMap { block in
            if case .figure(let name, _, let svg, _, _) = block { return (name, svg) } else { return nil }
        }
    }

    public init(_ content: ReportContent) {
        var builder = Builder(content: content)
        title = content.graph.info.title ?? content.graph.info.id
        lead = content.graph.info.description
        facts = builder.facts()
        sections = builder.sections()
        file = (content.graph.path as NSString).lastPathComponent
    }
}

/// Composes the sections of a report from its content.
private struct Builder {
    let content: ReportContent
    var graph: StakeholderGraph { content.graph }

    typealias Inline = ReportDocument.Inline

    func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }

    /// Actor names in reading order: case-insensitive, then as written.
    func names(_ ids: [String]) -> [String] {
        ids.map(name).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    func number(_ value: Double) -> String { String(format: "%.4f", value) }

    func relation(_ relation: Relation) -> [Inline] {
        let type = graph.relationType(relation.type)
        return [.text(name(relation.from) + " "), .relationLabel(type?.label ?? relation.type, type?.polarity ?? .neutral),
                .text(" " + name(relation.to))]
    }

    func cite(_ evidence: [Evidence]) -> Inline { .citations(content.citations.numbers(evidence)) }

    func source(_ source: Source) -> [Inline] {
        var inlines: [Inline] = [.title(source.title)]
        let details = [source.author, source.publisher, source.date?.description].compactMap { $0 }
        if !details.isEmpty { inlines.append(.text(", " + details.joined(separator: ", "))) }
        if let url = source.url, WebAddress.isHTTP(url) { inlines += [.text(" "), .link("link", url: url)] }
        return inlines
    }

    func facts() -> String {
        let quotes = graph.relations.reduce(0) { $0 + $1.evidence.count } + graph.positions.reduce(0) { $0 + $1.evidence.count }
        var words = content.slice.summary
        let moment = content.slice.moment.description
        if !moment.isEmpty { words.removeFirst() }
        return ([moment, "\(graph.actors.count) actors", "\(graph.relations.count) relations",
                 "\(quotes) quotes from \(graph.sources.count) sources"].filter { !$0.isEmpty } + words).joined(separator: " · ")
    }

    mutating func sections() -> [ReportDocument.Section] {
        var sections = [network()]
        let several = content.issues.count > 1
        for part in content.issues { sections.append(positions(part, id: several ? "positions-\(part.issue.id)" : "positions")) }
        sections += [central(), coalitions(), communities(), timeline(), relations(), sources(), references()]
        return sections
    }

    func network() -> ReportDocument.Section {
        .init(id: "network", title: "The network", blocks: [
            .paragraph([.text("Colour and shape show the kind of actor; red edges are hostile, green cooperative, grey neutral; dashed lines are words, solid lines deeds. Hover over an edge for its quotes.")], .body),
            .figure(name: "network", alt: "The network", svg: content.networkSVG, caption: nil, wide: true),
        ])
    }

    func positions(_ part: ReportContent.IssuePositions, id: String) -> ReportDocument.Section {
        let issue = part.issue
        var blocks: [ReportDocument.Block] = []
        if let map = part.mapSVG {
            let subject = issue.subject.map(name) ?? "the subject"
            blocks.append(.figure(name: id == "positions" ? "positions" : id, alt: "Position map", svg: map,
                                  caption: [.text("Stance across (declared, else inferred from relations with \(subject)), power up (PageRank on the whole graph).")],
                                  wide: false))
        }
        var rows: [ReportDocument.Row] = []
        for row in part.positions where row.placement != nil {
            let evidence = graph.positions.filter { $0.actor == row.actor.id && $0.issue == issue.id }.flatMap(\.evidence)
            var actor: [Inline] = [.text(row.actor.name)]
            if row.disagrees { actor += [.text(" "), .mark("≠", explanation: "declared and inferred stances disagree")] }
            let declared = row.declared.map { "\($0.name) (\($0.rawValue > 0 ? "+\($0.rawValue)" : $0.rawValue < 0 ? "−\(-$0.rawValue)" : "0"))" } ?? "–"
            var cited: [Inline] = evidence.isEmpty ? [] : [cite(evidence)]
            if !row.basis.isEmpty { cited.append(.text(" + \(counted(row.basis.count, "relation"))")) }
            rows.append(.init(cells: [actor, [.text(declared)], [.text(row.inferred.map { String(format: "%+.2f", $0) } ?? "–")],
                                      [.text(number(row.power))], cited],
                              cellStyles: [nil, "stance-\(row.declared?.name ?? "none")", nil, nil, nil],
                              style: row.disagrees ? "disagrees" : nil))
        }
        blocks.append(.table(columns: [.init(title: "Actor", numeric: false), .init(title: "Declared", numeric: false),
                                       .init(title: "Inferred", numeric: false), .init(title: "Power", numeric: true),
                                       .init(title: "Evidence", numeric: false)], rows: rows))
        let without = part.positions.filter { $0.placement == nil }.map(\.actor.id)
        if !without.isEmpty {
            blocks.append(.paragraph([.text("No stance declared or inferred: \(names(without).joined(separator: ", ")).")], .note))
        }
        return .init(id: id, title: "Positions: \(issue.question)", blocks: blocks)
    }

    func central() -> ReportDocument.Section {
        let ranking = content.central
        let rows = ranking.rows.enumerated().map { rank, row in
            ReportDocument.Row(cells: [[.text("\(rank + 1)")], [.text(row.actor.name)]] + row.values.map { [.text(number($0))] },
                               cellStyles: Array(repeating: nil, count: 2 + row.values.count), style: nil)
        }
        var blocks: [ReportDocument.Block] = [
            .paragraph([.text("PageRank (α 0.85), betweenness (normalised) and in-degree on the network of the relations shown, as NetworkX computes them.")], .body),
            .table(columns: [.init(title: "#", numeric: true), .init(title: "Actor", numeric: false), .init(title: "PageRank", numeric: true),
                             .init(title: "Betweenness", numeric: true), .init(title: "In-degree", numeric: true)], rows: rows),
        ]
        if ranking.leftOut > 0 {
            blocks.append(.paragraph([.text("\(counted(ranking.leftOut, "actor")) without relations in this selection not ranked.")], .note))
        }
        return .init(id: "central", title: "Most central actors", blocks: blocks)
    }

    func coalitions() -> ReportDocument.Section {
        let analysis = content.coalitions
        var blocks: [ReportDocument.Block] = [
            .paragraph([.text("The split into camps that the fewest relations contradict (structural balance: cooperation and belonging within camps, hostility between them). \(analysis.frustration) of \(analysis.signedCount) relations contradict it\(analysis.isExact ? ", the fewest possible" : ", the fewest found").")], .body),
        ]
        blocks.append(.groups(analysis.camps.enumerated().map { number, members in
            let lean = analysis.meanStance[number].map { String(format: " · mean stance %+.2f", $0) } ?? ""
            return .init(title: "Camp \(number + 1)", detail: "\(counted(members.count, "actor"))\(lean)", items: names(members))
        }))
        for (number, sides) in analysis.unrelated.enumerated() {
            blocks.append(.paragraph([.text("Group \(number + 1), not related to the camps (no stances to place it by): "
                                            + sides.map { names($0).joined(separator: ", ") }.joined(separator: " | ") + ".")], .note))
        }
        if !analysis.notAligned.isEmpty {
            blocks.append(.paragraph([.text("Not aligned (no cooperative, hostile or belonging relation): \(names(analysis.notAligned).joined(separator: ", ")).")], .note))
        }
        if !analysis.violating.isEmpty {
            blocks.append(.subheading("Relations that contradict the split"))
            blocks.append(.list(analysis.violating.map { relation($0) + [cite($0.evidence)] }, ordered: false))
        }
        return .init(id: "coalitions", title: "Coalitions", blocks: blocks)
    }

    func communities() -> ReportDocument.Section {
        let analysis = content.communities
        return .init(id: "communities", title: "Communities", blocks: [
            .paragraph([.text("Groups of actors more entangled with each other than with the rest, whatever the tone of their relations (Louvain method; modularity \(String(format: "%.3f", analysis.modularity))).")], .body),
            .list(analysis.communities.map { [.text(names($0).joined(separator: ", "))] }, ordered: true),
        ])
    }

    func timeline() -> ReportDocument.Section {
        let rows = content.timeline.map { event -> ReportDocument.Row in
            var cell: [Inline]
            switch event {
            case .relation(let item): cell = relation(item) + [cite(item.evidence)]
            case .position(let position):
                let issue = graph.issue(id: position.issue)?.question ?? position.issue
                cell = [.text("\(name(position.actor)) — stance "), .emphasis(position.stance.name), .text(" on “\(issue)”"), cite(position.evidence)]
            }
            return .init(cells: [[.text(event.dateText)], cell], cellStyles: ["date", nil], style: nil)
        }
        var blocks: [ReportDocument.Block] = [.table(columns: [.init(title: "Date", numeric: false), .init(title: "Event", numeric: false)], rows: rows)]
        let undated = graph.relations.filter { $0.span == .undated }.count
        if undated > 0 { blocks.append(.paragraph([.text("\(counted(undated, "undated relation")) listed under All relations.")], .note)) }
        return .init(id: "timeline", title: "Timeline", blocks: blocks)
    }

    func relations() -> ReportDocument.Section {
        let rows = graph.relations.map { item -> ReportDocument.Row in
            var cell = relation(item)
            if let note = item.note { cell.append(.small(note)) }
            return .init(cells: [cell, [.text(item.span.description)], [cite(item.evidence)]], cellStyles: [nil, "date", nil], style: nil)
        }
        return .init(id: "relations", title: "All relations", blocks: [
            .table(columns: [.init(title: "Relation", numeric: false), .init(title: "Date", numeric: false), .init(title: "Quotes", numeric: false)], rows: rows),
        ])
    }

    func sources() -> ReportDocument.Section {
        .init(id: "sources", title: "Sources", blocks: [.list(graph.sources.map(source), ordered: false)])
    }

    func references() -> ReportDocument.Section {
        let references = content.citations.references.map { reference in
            ReportDocument.Reference(number: reference.number, cited: reference.evidence.cited,
                                     source: graph.source(id: reference.evidence.source).map(source) ?? [.text(reference.evidence.source)],
                                     note: reference.evidence.note)
        }
        return .init(id: "references", title: "References", blocks: [.references(references)])
    }
}
