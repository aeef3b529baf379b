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
        var sink = TextSink()
        write(graph, to: &sink)
        return sink.collected
    }

    /// Writes the statements into `out` as it goes: relations one `UNWIND` batch at a time, so
    /// neither the text nor the relations' rows are ever all in memory.
    ///
    /// - Complexity: O(a + r + f) time for a actors, r relations and f fields written.
    static func write(_ graph: StakeholderGraph, to out: inout TextSink) {
        let fields = ExportFields(graph: graph)
        func line(_ text: String) {
            out.write(text)
            out.write("\n")
        }
        line("// stakegraph export of '\(graph.info.id)': \(graph.actors.count) actors, \(graph.relations.count) relations.")
        line("// Run each line as one statement (cypher-shell, redis-cli GRAPH.QUERY, mgconsole).")
        line("CREATE INDEX FOR (a:Actor) ON (a.id);")
        var header = MapBuilder()
        header.add("id", graph.info.id)
        header.add("title", graph.info.title)
        header.add("description", graph.info.description)
        line("CREATE (:Graph \(literal(header.value)));")
        let sources = graph.sources.map { StakeholderGraph.document($0) }
        unwind(sources, "CREATE (s:Source) SET s = row", into: line)
        let actors = graph.actors.map { actor in DocumentValue.map([("id", .string(actor.id))] + fields.actor(actor)) }
        unwind(actors, "CREATE (a:Actor) SET a = row", into: line)
        unwind(graph.issues.map { StakeholderGraph.document($0) }, "CREATE (i:Issue) SET i = row", into: line)
        // The relations' positions by type, types in order of first appearance.
        var byType: [(type: String, indices: [Int])] = []
        var slotOfType: [String: Int] = [:]
        for (index, relation) in graph.relations.enumerated() {
            if let slot = slotOfType[relation.type] { byType[slot].indices.append(index) } else {
                slotOfType[relation.type] = byType.count
                byType.append((relation.type, [index]))
            }
        }
        for (type, indices) in byType {
            let body = "MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to}) CREATE (a)-[r:\(relationshipType(type))]->(b) SET r = row"
            for start in stride(from: 0, to: indices.count, by: batchSize) {
                let rows = indices[start..<min(start + batchSize, indices.count)].map { index in
                    let relation = graph.relations[index]
                    return DocumentValue.map([("id", .string(ExportFields.relationID(index))), ("from", .string(relation.from)),
                                              ("to", .string(relation.to))] + fields.relation(relation).map { name, value in
                        switch name {
                        case "sources": return (name, .list(relation.evidence.map { .string($0.source) }))
                        case "quotes": return (name, .list(relation.evidence.map { .string($0.quote) }))
                        default: return (name, value)
                        }
                    })
                }
                unwind(rows, body, into: line)
            }
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
        unwind(positions, "MATCH (a:Actor {id: row.actor}), (i:Issue {id: row.issue}) CREATE (a)-[p:TAKES_POSITION]->(i) SET p = row", into: line)
    }

    /// `warns-against` → `WARNS_AGAINST`; anything but letters, digits and `_` becomes `_`, and a
    /// leading digit gets a `T_` prefix, so every relation type is a valid bare Cypher name.
    static func relationshipType(_ id: String) -> String {
        var name = String(id.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        if name.first?.isNumber ?? true { name = "T_" + name }
        return name
    }

    /// `UNWIND [rows] AS row body;` lines, `batchSize` rows each, handed to `line`.
    private static func unwind(_ rows: [DocumentValue], _ body: String, into line: (String) -> Void) {
        for start in stride(from: 0, to: rows.count, by: batchSize) {
            let batch = rows[start..<min(start + batchSize, rows.count)]
            line("UNWIND [\(batch.map(literal).joined(separator: ", "))] AS row \(body);")
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
        func letter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        let plain = name.utf8.first.map(letter) ?? false
            && name.utf8.allSatisfy { letter($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
        return plain ? name : "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
    }

    /// A single-quoted Cypher string: backslash, quote and line breaks escaped, other control
    /// characters left out, so no data value can end the string early.
    static func string(_ text: String) -> String {
        // Printable ASCII without a backslash or quote needs no escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C && $0 != 0x27 }) { return "'" + text + "'" }
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
