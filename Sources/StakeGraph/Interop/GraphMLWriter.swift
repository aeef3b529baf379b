
struct ExportFields {
    let graph: StakeholderGraph

    /// Each actor's current stance on every issue it has a position on, in order of the issues'
    /// first positions: the actors' `stance:<issue>` fields (−2 … 2).
    let stancesByActor: [String: [(issue: String, position: Position)]]

    /// - Complexity: O(p) for p positions: grouped by issue in one pass (a search of the issues
    ///   seen and a scan of all positions per issue made 20,000 issues take minutes).
    init(graph: StakeholderGraph) {
        self.graph = graph
        var issues: [String] = []
        var positionsByIssue: [String: [Position]] = [:]
        for position in graph.positions {
            if positionsByIssue[position.issue] == nil { issues.append(position.issue) }
            positionsByIssue[position.issue, default: []].append(position)
        }
        var byActor: [String: [(issue: String, position: Position)]] = [:]
        for issue in issues {
            for (actor, position) in positionsByIssue[issue, default: []].latest(on: issue) {
                byActor[actor, default: []].append((issue, position))
            }
        }
        stancesByActor = byActor
    }

    /// Actor fields as (name, value) pairs (the file format's, without the id, custom fields as
    /// `field:<name>`), absent ones left out, then the stances.
    func actor(_ actor: Actor) -> [(String, DocumentValue)] {
        guard case .map(let fields) = StakeholderGraph.document(actor) else { return [] }
        var map = MapBuilder()
        for (name, value) in fields where name != "id" && name != "fields" { map.add(name, value) }
        Self.add(custom: actor.fields, to: &map)
        for (issue, position) in stancesByActor[actor.id, default: []] {
            map.add("stance:\(issue)", .integer(position.stance.rawValue))
        }
        return map.pairs
    }

    /// The prefix of a custom field's name in exports: `field:budget`, beside the stances'
    /// `stance:<issue>`, so that no custom field can take the name of a built-in one.
    static let customFieldPrefix = "field:"

    /// Custom fields as `field:<name>` text values, in alphabetical order: flat, since GraphML,
    /// GEXF and graph databases' properties hold no mappings.
    private static func add(custom fields: [String: String], to map: inout MapBuilder) {
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) { map.add(customFieldPrefix + name, .string(value)) }
    }

    /// Every relation field name once, in order of first use over the graph's relations, with
    /// the value it first had: what `FieldColumns.firstUses` gives for all relations' fields,
    /// without holding them.
    ///
    /// Which fields a relation has depends only on its shape (how it is dated, whether it has a
    /// note, tags, evidence, and its custom field names; the value types are fixed per name), so
    /// the fields are built for the first relation of each shape only.
    ///
    /// - Complexity: O(r) for r relations, plus the fields of one relation per shape.
    func relationColumns() -> [(String, DocumentValue)] {
        struct Shape: Hashable {
            var span: UInt8
            var note, tags, evidence: Bool
            var fields: [String]
        }
        var shapes = Set<Shape>()
        var columns: [(String, DocumentValue)] = []
        var names = Set<String>()
        for relation in graph.relations {
            let span: UInt8
            switch relation.span {
            case .undated: span = 0
            case .on: span = 1
            case .interval(let start, let end): span = 2 | (start == nil ? 0 : 4) | (end == nil ? 0 : 8)
            }
            let shape = Shape(span: span, note: relation.note != nil, tags: !relation.tags.isEmpty,
                              evidence: !relation.evidence.isEmpty, fields: relation.fields.isEmpty ? [] : relation.fields.keys.sorted())
            guard shapes.insert(shape).inserted else { continue }
            for (name, value) in self.relation(relation) where names.insert(name).inserted { columns.append((name, value)) }
        }
        return columns
    }

    /// The id every format gives the relation at `index`: `r1`, `r2`, … in the graph's order.
    static func relationID(_ index: Int) -> String { "r\(index + 1)" }

    /// Relation fields as (name, value) pairs: type and its properties, dates, note and evidence
    /// (`sources` and `quotes` joined by " | ", and the whole evidence list as JSON).
    func relation(_ relation: Relation) -> [(String, DocumentValue)] {
        let type = graph.relationType(relation.type)
        var map = MapBuilder()
        map.add("type", relation.type)
        map.add("label", type?.label ?? relation.type)
        map.add("polarity", (type?.polarity ?? .neutral).rawValue)
        map.add("mode", (type?.mode ?? .structural).rawValue)
        map.add("goldstein", .number(type?.weight ?? 0))
        map.add("directed", .bool(type?.directed ?? true))
        map.add(relation.span)
        map.add("note", relation.note)
        map.add("tags", list: relation.tags.map { .string($0) })
        Self.add(custom: relation.fields, to: &map)
        if !relation.evidence.isEmpty {
            map.add("sources", relation.evidence.map(\.source).joined(separator: " | "))
            map.add("quotes", relation.evidence.map(\.quote).joined(separator: " | "))
            map.add("evidence", JSONText.write(.list(relation.evidence.map(StakeholderGraph.document)), compact: true))
        }
        return map.pairs
    }
}

/// GraphML (graphdrawing.org) for NetworkX, yEd, Gephi and Cytoscape: a `<key>` for every actor
/// and relation field, one `<edge>` per relation (parallel relations kept, ids `r1`, `r2` …).
/// The graph's `stakegraph` key holds, as JSON, what nodes and edges cannot (the graph header,
/// sources, issues, positions, custom relation types), so `import` restores the whole graph.
/// Undirected relation types are marked by the `directed` key, not by GraphML's per-edge
/// `directed` attribute, which NetworkX refuses inside a directed graph.
enum GraphMLWriter {
    static func write(_ graph: StakeholderGraph) -> String {
        var sink = TextSink()
        write(graph, to: &sink)
        return sink.collected
    }

    /// Writes the GraphML into `out` as it goes: one relation's fields at a time, so the text
    /// and the relations' fields are never all in memory.
    ///
    /// - Complexity: O(a + r + f) time for a actors, r relations and f fields written; memory
    ///   for the actors' fields and one chunk of text (`TextSink`).
    static func write(_ graph: StakeholderGraph, to out: inout TextSink) {
        let fields = ExportFields(graph: graph)
        let actorRows = graph.actors.map { ($0.id, fields.actor($0)) }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
        out.write("    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        var keyCount = 0
        func declare(_ domain: String, _ prefix: String, _ columns: [(String, DocumentValue)]) -> [String: String] {
            var ids: [String: String] = [:]
            for (name, sample) in columns {
                let id = "\(prefix)\(keyCount)"
                keyCount += 1
                ids[name] = id
                out.write("  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type(of: sample))\"/>\n")
            }
            return ids
        }
        let graphFields: [(String, DocumentValue)] = [("id", .string(graph.info.id))]
            + (graph.info.title.map { [("title", DocumentValue.string($0))] } ?? [])
            + (graph.info.description.map { [("description", DocumentValue.string($0))] } ?? [])
            + [("stakegraph", .string(embeddedSections(graph)))]
        let graphKeys = declare("graph", "g", FieldColumns.firstUses(in: [graphFields]))
        let nodeKeys = declare("node", "n", FieldColumns.firstUses(in: actorRows.map(\.1)))
        let edgeKeys = declare("edge", "e", fields.relationColumns())
        out.write("  <graph id=\"\(XMLText.escaped(graph.info.id))\" edgedefault=\"directed\">\n")
        for (name, value) in graphFields { out.write("    " + data(graphKeys[name]!, value) + "\n") }
        for (id, row) in actorRows {
            out.write("    <node id=\"\(XMLText.escaped(id))\">\n")
            for (name, value) in row { out.write("      " + data(nodeKeys[name]!, value) + "\n") }
            out.write("    </node>\n")
        }
        for (index, relation) in graph.relations.enumerated() {
            out.write("    <edge id=\"\(ExportFields.relationID(index))\" source=\"\(XMLText.escaped(relation.from))\" target=\"\(XMLText.escaped(relation.to))\">\n")
            for (name, value) in fields.relation(relation) { out.write("      " + data(edgeKeys[name]!, value) + "\n") }
            out.write("    </edge>\n")
        }
        out.write("  </graph>\n</graphml>\n")
    }

    /// The sections of the graph file that have no place in GraphML's nodes and edges, as JSON,
    /// so that importing the GraphML gives back the same graph.
    static func embeddedSections(_ graph: StakeholderGraph) -> String {
        // Built from the sections themselves: the whole document would hold every relation's.
        JSONText.write(.map((graph.documentHead + graph.documentTail).filter { $0.0 != "actors" }), compact: true)
    }

    private static func type(of value: DocumentValue) -> String {
        switch value {
        case .integer: return "int"
        case .number: return "double"
        case .bool: return "boolean"
        default: return "string"
        }
    }

    private static func data(_ key: String, _ value: DocumentValue) -> String {
        "<data key=\"\(key)\">\(XMLText.escaped(text(value)))</data>"
    }

    /// A field's value as GraphML text.
    static func text(_ value: DocumentValue) -> String {
        switch value {
        case .string(let text): return text
        case .integer(let integer): return String(integer)
        case .number(let number): return "\(number)"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return ""
        case .list(let items) where items.allSatisfy({ if case .string = $0 { return true }; return false }):
            return ListText.join(items.map { if case .string(let text) = $0 { return text }; return "" })
        case .list, .map: return JSONText.write(value, compact: true)
        }
    }
}
