/// openCypher statements that load a graph into a graph database (Neo4j 5, FalkorDB, Memgraph):
/// `(:Actor)`, `(:Source)` and `(:Issue)` nodes; one relationship per relation between actors,
/// typed by its relation type in Cypher's style (`warns-against` → `WARNS_AGAINST`) and carrying
/// the same fields as every other export (`id` r1 …, `type`, `polarity`, dates; `sources` and
/// `quotes` as lists); and `(:Actor)-[:TAKES_POSITION]->(:Issue)` for positions.
///
/// One statement per line, each ending in `;`, rows batched with `UNWIND` so that a big graph
/// loads in few round trips. Cypher relationships always have a direction: an undirected relation
/// is stored once, from → to, with `directed: false`; match it with `-[r]-`.
enum CypherWriter {
    /// Rows per `UNWIND` statement.
    static let batchSize = 500

    static func write(_ graph: StakeholderGraph) -> String {
        let fields = ExportFields(graph: graph)
        var lines = [
            "// stakegraph export of '\(graph.info.id)': \(graph.actors.count) actors, \(graph.relations.count) relations.",
            "// Run each line as one statement (cypher-shell, redis-cli GRAPH.QUERY, mgconsole).",
            "CREATE INDEX FOR (a:Actor) ON (a.id);",
        ]
        var header = MapBuilder()
        header.add("id", graph.info.id)
        header.add("title", graph.info.title)
        header.add("description", graph.info.description)
        lines.append("CREATE (:Graph \(literal(header.value)));")
        let sources = graph.sources.map { StakeholderGraph.document($0) }
        lines += unwind(sources, "CREATE (s:Source) SET s = row")
        let actors = graph.actors.map { actor in DocumentValue.map([("id", .string(actor.id))] + fields.actor(actor)) }
        lines += unwind(actors, "CREATE (a:Actor) SET a = row")
        lines += unwind(graph.issues.map { StakeholderGraph.document($0) }, "CREATE (i:Issue) SET i = row")
        var byType: [(String, [DocumentValue])] = []
        for (index, relation) in graph.relations.enumerated() {
            let row = DocumentValue.map([("id", .string(ExportFields.relationID(index))), ("from", .string(relation.from)),
                                         ("to", .string(relation.to))] + fields.relation(relation).map { name, value in
                switch name {
                case "sources": return (name, .list(relation.evidence.map { .string($0.source) }))
                case "quotes": return (name, .list(relation.evidence.map { .string($0.quote) }))
                default: return (name, value)
                }
            })
            if let slot = byType.firstIndex(where: { $0.0 == relation.type }) { byType[slot].1.append(row) } else { byType.append((relation.type, [row])) }
        }
        for (type, rows) in byType {
            lines += unwind(rows, "MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)-[r:\(relationshipType(type))]->(b) SET r = row")
        }
        let positions = graph.positions.map { position in
            var map = MapBuilder()
            map.add("actor", position.actor)
            map.add("issue", position.issue)
            map.add("stance", position.stance.name)
            map.add("value", .integer(position.stance.rawValue))
            map.add("date", position.date)
            map.add("note", position.note)
            if !position.evidence.isEmpty {
                map.add("sources", .list(position.evidence.map { .string($0.source) }))
                map.add("quotes", .list(position.evidence.map { .string($0.quote) }))
            }
            return map.value
        }
        lines += unwind(positions, "MATCH (a:Actor {id: row.actor}), (i:Issue {id: row.issue}) CREATE (a)-[p:TAKES_POSITION]->(i) SET p = row")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `warns-against` → `WARNS_AGAINST`; anything but letters, digits and `_` becomes `_`, and a
    /// leading digit gets a `T_` prefix, so every relation type is a valid bare Cypher name.
    static func relationshipType(_ id: String) -> String {
        var name = String(id.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        if name.first?.isNumber ?? true { name = "T_" + name }
        return name
    }

    private static func unwind(_ rows: [DocumentValue], _ body: String) -> [String] {
        stride(from: 0, to: rows.count, by: batchSize).map { start in
            let batch = rows[start..<min(start + batchSize, rows.count)]
            return "UNWIND [\(batch.map(literal).joined(separator: ", "))] AS row \(body);"
        }
    }

    /// A Cypher literal: maps with backquoted keys where needed, single-quoted strings.
    static func literal(_ value: DocumentValue) -> String {
        switch value {
        case .string(let text): return string(text)
        case .integer(let integer): return String(integer)
        case .number(let number): return number.isFinite ? "\(number)" : "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let pairs): return "{" + pairs.map { "\(key($0.0)): \(literal($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    private static func key(_ name: String) -> String {
        let plain = name.first.map { $0.isASCII && $0.isLetter } ?? false
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A single-quoted Cypher string: backslash, quote and line breaks escaped, other control
    /// characters left out, so no data value can end the string early.
    static func string(_ text: String) -> String {
        var result = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }
}
