/// JSON for JavaScript graph libraries.
///
/// - node-link: d3-force's shape (`nodes`, `links` with `source`/`target`), which NetworkX reads
///   with `node_link_graph(data, edges="links")`; each link's `key` is the relation id.
/// - cytoscape: Cytoscape.js's elements JSON (`elements.nodes[].data`, `elements.edges[].data`),
///   with the top-level `data`, `directed` and `multigraph` that NetworkX's `cytoscape_graph` reads.
enum NodeLinkWriter {
    static func nodeLink(_ graph: StakeholderGraph) -> DocumentValue {
        let fields = ExportFields(graph: graph)
        let nodes = graph.actors.map { actor in DocumentValue.map([("id", .string(actor.id))] + fields.actor(actor)) }
        let links = graph.relations.enumerated().map { index, relation in
            DocumentValue.map([("source", .string(relation.from)), ("target", .string(relation.to)),
                               ("key", .string(ExportFields.relationID(index)))] + fields.relation(relation))
        }
        return .map([("directed", .bool(true)), ("multigraph", .bool(true)), ("graph", graphData(graph)),
                     ("nodes", .list(nodes)), ("links", .list(links))])
    }

    static func cytoscape(_ graph: StakeholderGraph) -> DocumentValue {
        let fields = ExportFields(graph: graph)
        let nodes = graph.actors.map { actor in
            DocumentValue.map([("data", .map([("id", .string(actor.id)), ("value", .string(actor.id))] + fields.actor(actor)))])
        }
        let edges = graph.relations.enumerated().map { index, relation in
            DocumentValue.map([("data", .map([("id", .string(ExportFields.relationID(index))), ("source", .string(relation.from)),
                                              ("target", .string(relation.to)), ("key", .string(ExportFields.relationID(index)))]
                                             + fields.relation(relation)))])
        }
        return .map([("data", graphData(graph)), ("directed", .bool(true)), ("multigraph", .bool(true)),
                     ("elements", .map([("nodes", .list(nodes)), ("edges", .list(edges))]))])
    }

    private static func graphData(_ graph: StakeholderGraph) -> DocumentValue {
        var map = MapBuilder()
        map.add("id", graph.info.id)
        map.add("title", graph.info.title)
        map.add("description", graph.info.description)
        return map.value
    }
}

/// Kumu-style spreadsheets (see `SheetImporter`, which reads them back to the same graph): a
/// relations sheet with one row per piece of evidence (rows of one relation share its `Relation`
/// id; a relation without evidence has one row), an actors sheet and a sources sheet.
enum SheetWriter {
    static func relations(_ graph: StakeholderGraph) -> String {
        var sink = TextSink()
        relations(graph, to: &sink)
        return sink.collected
    }

    /// The relations sheet into `out` as it goes, one row at a time (`CSVText.sheet`'s text).
    ///
    /// - Complexity: O(r + q + f) time for r relations, q quotes and f cells written.
    static func relations(_ graph: StakeholderGraph, to out: inout TextSink) {
        let extras = ExtraColumns(graph.relations.map { ($0.tags, $0.fields) })
        func row(_ cells: [String]) { out.write(CSVText.line(cells) + "\r\n") }
        row(["Relation", "From", "To", "Type", "Date", "Start", "End", "Note", "Source", "Quote", "Evidence Note"] + extras.header)
        for (index, relation) in graph.relations.enumerated() {
            var date = "", start = "", end = ""
            switch relation.span {
            case .undated: break
            case .on(let day): date = day.description
            case .interval(let from, let to):
                start = from?.description ?? ""
                end = to?.description ?? ""
            }
            let base = [ExportFields.relationID(index), relation.from, relation.to, relation.type, date, start, end, relation.note ?? ""]
            let extra = extras.cells(tags: relation.tags, fields: relation.fields)
            if relation.evidence.isEmpty { row(base + ["", "", ""] + extra) }
            for evidence in relation.evidence { row(base + [evidence.source, evidence.quote, evidence.note ?? ""] + extra) }
        }
    }

    static func actors(_ graph: StakeholderGraph) -> String {
        let extras = ExtraColumns(graph.actors.map { ($0.tags, $0.fields) })
        var rows = [["Id", "Label", "Kind", "Country", "Description", "Aliases", "URL"] + extras.header]
        for actor in graph.actors {
            rows.append([actor.id, actor.name, actor.kind.rawValue, actor.country ?? "", actor.description ?? "",
                         ListText.join(actor.aliases), actor.url ?? ""] + extras.cells(tags: actor.tags, fields: actor.fields))
        }
        return csv(rows)
    }

    /// The columns after the fixed ones: `Tags` (values joined by `|`) when anything is tagged,
    /// and a `field:<name>` column for every custom field name used, in alphabetical order.
    struct ExtraColumns {
        var hasTags: Bool
        var fieldNames: [String]

        init(_ items: [([String], [String: String])]) {
            hasTags = items.contains { !$0.0.isEmpty }
            fieldNames = Set(items.flatMap(\.1.keys)).sorted()
        }

        var header: [String] { (hasTags ? ["Tags"] : []) + fieldNames.map { ExportFields.customFieldPrefix + $0 } }

        func cells(tags: [String], fields: [String: String]) -> [String] {
            (hasTags ? [ListText.join(tags)] : []) + fieldNames.map { fields[$0] ?? "" }
        }
    }

    static func sources(_ graph: StakeholderGraph) -> String {
        var rows = [["Id", "Title", "Publisher", "Author", "Date", "File", "URL"]]
        for source in graph.sources {
            rows.append([source.id, source.title, source.publisher ?? "", source.author ?? "", source.date?.description ?? "",
                         source.file ?? "", source.url ?? ""])
        }
        return csv(rows)
    }

    /// The shared CSV writer (`CSVText`): quoted as RFC 4180 asks, guarded against formulas.
    static func csv(_ rows: [[String]]) -> String { CSVText.sheet(rows) }
}
