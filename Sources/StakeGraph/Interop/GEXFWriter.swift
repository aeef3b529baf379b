/// GEXF 1.3 (gexf.net) for Gephi and NetworkX: a dynamic graph whose dated relations carry spells,
/// so Gephi's timeline plays the dispute over time. The spell is the days the relation is in force
/// (`Validity`, the reading of `--as-of` and `--window`): a state dated `2019-05` from 2019-05-01
/// on; an event dated `2019-05` from 2019-05-01 on, or until the window after 2019-05-31 when the
/// export has one; an interval from the first day of its start to the last day of its end;
/// undated relations are always present.
///
/// Edges also carry their `date` or `start`/`end` as written, so that `import` gives back the
/// same dates.
///
/// Edges carry the relation type as `kind` (Gephi keeps parallel edges of different kinds) and
/// its label as `label`; the Goldstein weight is an attribute, not the edge `weight`, because
/// Gephi's layouts cannot use negative weights.
enum GEXFWriter {
    static func write(_ slice: GraphSlice) -> String {
        var sink = TextSink()
        write(slice, to: &sink)
        return sink.collected
    }

    /// Fields that are the edge's own attributes, not attribute values. (`date`, `start` and
    /// `end` are both: the spell, and the dates as written, which `import` reads back.)
    private static let edgeAttributes: Set<String> = ["label"]

    /// Writes the GEXF into `sink` as it goes: the relations one at a time, so neither their
    /// fields nor the text are all in memory.
    ///
    /// - Complexity: O(a + r + f) time for a actors, r relations and f fields written.
    static func write(_ slice: GraphSlice, to sink: inout TextSink) {
        let graph = slice.graph
        let fields = ExportFields(graph: graph)
        let actorRows = graph.actors.map { actor in (actor, fields.actor(actor).filter { $0.0 != "name" }) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        out += "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>stakegraph</creator>\n"
        out += "    <title>\(XMLText.escaped(graph.info.title ?? graph.info.id))</title>\n"
        if let description = graph.info.description { out += "    <description>\(XMLText.escaped(description))</description>\n" }
        out += "  </meta>\n"
        out += "  <graph id=\"\(XMLText.escaped(graph.info.id))\" mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n"
        out += attributes("node", FieldColumns.firstUses(in: actorRows.map(\.1)))
        // The first uses of the rows without those fields are the first uses without them.
        out += attributes("edge", fields.relationColumns().filter { !edgeAttributes.contains($0.0) })
        out += "    <nodes>\n"
        for (actor, row) in actorRows {
            out += "      <node id=\"\(XMLText.escaped(actor.id))\" label=\"\(XMLText.escaped(actor.name))\">\n"
            out += attvalues(row)
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        sink.write(out)
        for (index, relation) in graph.relations.enumerated() {
            let row = fields.relation(relation).filter { !edgeAttributes.contains($0.0) }
            out = ""
            let label = graph.relationType(relation.type)?.label ?? relation.type
            out += "      <edge id=\"\(ExportFields.relationID(index))\" source=\"\(XMLText.escaped(relation.from))\" target=\"\(XMLText.escaped(relation.to))\""
            out += " kind=\"\(XMLText.escaped(relation.type))\" label=\"\(XMLText.escaped(label))\">\n"
            out += attvalues(row)
            if let spell = spell(graph.validity(of: relation, window: slice.selection.window)) { out += "        <spells>\n          \(spell)\n        </spells>\n" }
            out += "      </edge>\n"
            sink.write(out)
        }
        sink.write("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// The `<spell>` of the days a relation is in force, or nil when undated.
    static func spell(_ validity: Validity?) -> String? {
        guard let validity else { return nil }
        let from = validity.first.map { " start=\"\($0)\"" } ?? ""
        let to = validity.last.map { " end=\"\($0)\"" } ?? ""
        return "<spell\(from)\(to)/>"
    }

    private static func attributes(_ domain: String, _ columns: [(String, DocumentValue)]) -> String {
        var out = "    <attributes class=\"\(domain)\" mode=\"static\">\n"
        for (name, sample) in columns {
            let type: String
            switch sample {
            case .integer: type = "integer"
            case .number: type = "double"
            case .bool: type = "boolean"
            default: type = "string"
            }
            out += "      <attribute id=\"\(XMLText.escaped(name))\" title=\"\(XMLText.escaped(name))\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    private static func attvalues(_ row: [(String, DocumentValue)]) -> String {
        guard !row.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (name, value) in row {
            out += "          <attvalue for=\"\(XMLText.escaped(name))\" value=\"\(XMLText.escaped(GraphMLWriter.text(value)))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }
}
