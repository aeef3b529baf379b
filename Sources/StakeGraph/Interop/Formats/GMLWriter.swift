/// GML for NetworkX's `read_gml` and igraph's `Graph.Read_GML`: a directed multigraph, one
/// `node` per actor (`id` its number, `label` the actor's id, which NetworkX requires unique, and
/// every actor field by name) and one `edge` per relation (`key` its r-id, the relation's fields
/// as the other exports write them). GML keys are letters, digits and `_`, so `field:budget`
/// becomes `field_budget` and `stance:huawei-in-5g` `stance_huawei_in_5g`; strings hold no `"`
/// and are ASCII, the rest written as `&quot;`, `&amp;` and `&#NNN;` (which both readers decode).
/// Booleans are 1 and 0. GML has no place for sources, issues and positions beyond these fields.
enum GMLWriter {
    /// - Complexity: O(a + r) for a actors and r relations, times their fields.
    static func write(_ graph: StakeholderGraph) -> String {
        let fields = ExportFields(graph: graph)
        var number: [String: Int] = [:]
        var out = "graph [\n  directed 1\n  multigraph 1\n"
        out += "  label \(string(graph.info.title ?? graph.info.id))\n"
        for (index, actor) in graph.actors.enumerated() {
            number[actor.id] = index
            out += "  node [\n    id \(index)\n    label \(string(actor.id))\n"
            for (name, value) in fields.actor(actor) { out += "    \(key(name)) \(text(value))\n" }
            out += "  ]\n"
        }
        for (index, relation) in graph.relations.enumerated() {
            out += "  edge [\n    source \(number[relation.from] ?? 0)\n    target \(number[relation.to] ?? 0)\n"
            out += "    key \(string(ExportFields.relationID(index)))\n"
            for (name, value) in fields.relation(relation) { out += "    \(key(name)) \(text(value))\n" }
            out += "  ]\n"
        }
        return out + "]\n"
    }

    /// A field name as a GML key: letters, digits and `_` (others become `_`), starting with a letter.
    static func key(_ name: String) -> String {
        let mapped = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        return mapped.first?.isLetter == true ? mapped : "k" + mapped
    }

    private static func text(_ value: DocumentValue) -> String {
        switch value {
        case .integer(let integer): return String(integer)
        case .number(let number) where number.isFinite:
            let written = "\(number)"
            return written.contains(".") || written.contains("e") ? written : written + ".0"
        case .bool(let flag): return flag ? "1" : "0"
        default: return string(GraphMLWriter.text(value))
        }
    }

    /// A GML string: in quotes, ASCII, with `"`, `&`, control and non-ASCII characters as
    /// character references.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "&quot;"
            case "&": out += "&amp;"
            case _ where scalar.value < 0x20 || scalar.value >= 0x7F: out += "&#\(scalar.value);"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
