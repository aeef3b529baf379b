
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
        let fields = ExportFields(graph: graph)
        let actorRows = graph.actors.map { ($0.id, fields.actor($0)) }
        let relationRows = graph.relations.enumerated().map { ($0.offset, $0.element, fields.relation($0.element)) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        out += "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        var keyIDs: [String: String] = [:]
        func declare(_ domain: String, _ prefix: String, _ rows: [[(String, DocumentValue)]]) {
            for (name, sample) in FieldColumns.firstUses(in: rows) {
                let id = "\(prefix)\(keyIDs.count)"
                keyIDs["\(domain) \(name)"] = id
                out += "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(XMLText.escaped(name))\" attr.type=\"\(type(of: sample))\"/>\n"
            }
        }
        let graphFields: [(String, DocumentValue)] = [("id", .string(graph.info.id))]
            + (graph.info.title.map { [("title", DocumentValue.string($0))] } ?? [])
            + (graph.info.description.map { [("description", DocumentValue.string($0))] } ?? [])
            + [("stakegraph", .string(embeddedSections(graph)))]
        declare("graph", "g", [graphFields])
        declare("node", "n", actorRows.map(\.1))
        declare("edge", "e", relationRows.map(\.2))
        out += "  <graph id=\"\(XMLText.escaped(graph.info.id))\" edgedefault=\"directed\">\n"
        for (name, value) in graphFields { out += "    " + data(keyIDs["graph \(name)"]!, value) + "\n" }
        for (id, row) in actorRows {
            out += "    <node id=\"\(XMLText.escaped(id))\">\n"
            for (name, value) in row { out += "      " + data(keyIDs["node \(name)"]!, value) + "\n" }
            out += "    </node>\n"
        }
        for (index, relation, row) in relationRows {
            out += "    <edge id=\"\(ExportFields.relationID(index))\" source=\"\(XMLText.escaped(relation.from))\" target=\"\(XMLText.escaped(relation.to))\">\n"
            for (name, value) in row { out += "      " + data(keyIDs["edge \(name)"]!, value) + "\n" }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The sections of the graph file that have no place in GraphML's nodes and edges, as JSON,
    /// so that importing the GraphML gives back the same graph.
    static func embeddedSections(_ graph: StakeholderGraph) -> String {
        guard case .map(let pairs) = graph.document else { return "{}" }
        return JSONText.write(.map(pairs.filter { $0.0 != "actors" && $0.0 != "relations" }), compact: true)
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
