/// Pajek `.net` for Pajek, NetworkX's `read_pajek` and igraph's `Read_Pajek`: `*Vertices` with
/// each actor's name as its label (`name (id)` where names repeat), `*Arcs` for relations of
/// directed types and `*Edges` for undirected ones, each line `from to weight l "type"`: the
/// signed weight of the type's polarity (−1 hostile, 1 cooperative, 0 neutral), as signed-network
/// tools read it, and the relation type as the tie's label `l`, the one text a Pajek tie holds.
/// Labels lose `"` (written `'`), backslashes (`/`) and line breaks (spaces), which Pajek's
/// quoting cannot hold. Dates, evidence, notes and every other field are not in the format.
enum PajekWriter {
    /// - Complexity: O(a + r) for a actors and r relations.
    static func write(_ graph: StakeholderGraph) -> String {
        let labels = ExportLabels.unique(graph)
        var number: [String: Int] = [:]
        var out = "*Network \(quoted(graph.info.id))\n*Vertices \(graph.actors.count)\n"
        for (index, actor) in graph.actors.enumerated() {
            number[actor.id] = index + 1
            out += "\(index + 1) \(quoted(labels[actor.id] ?? actor.id))\n"
        }
        let directed = graph.relations.filter { graph.relationType($0.type)?.directed ?? true }
        let undirected = graph.relations.filter { !(graph.relationType($0.type)?.directed ?? true) }
        for (header, relations) in [("*Arcs", directed), ("*Edges", undirected)] where !relations.isEmpty || header == "*Arcs" {
            out += header + "\n"
            for relation in relations {
                out += "\(number[relation.from] ?? 1) \(number[relation.to] ?? 1) \(ExportLabels.signedWeight(relation, in: graph)) l \(quoted(relation.type))\n"
            }
        }
        return out
    }

    /// `"text"` with what Pajek's quotes cannot hold replaced.
    static func quoted(_ text: String) -> String {
        let cleaned = text.map { character -> String in
            switch character {
            case "\"": return "'"
            case "\\": return "/"
            case _ where character.isNewline || character == "\t": return " "
            default: return String(character)
            }
        }.joined()
        return "\"\(cleaned)\""
    }
}
