import Foundation

/// Imports GML as NetworkX's `write_gml`, igraph's `write_gml` and stakegraph's export write it:
/// the first `graph [ … ]`, its `directed` flag, and each `node [ id … label … ]` and
/// `edge [ source … target … ]`. A node's `label` is its name, or its id when it also has a
/// `name` (stakegraph's and NetworkX's re-written exports); other scalar keys are attributes
/// (a key written several times, as NetworkX writes lists, joins its values with `|`); nested
/// lists such as `graphics` are left out with one warning.
enum GMLImporter {
    /// Reads `data` (named `path` in diagnostics); `defaultKind` for nodes without a kind, `signs`
    /// for edges typed only by a weight's sign.
    ///
    /// - Complexity: O(n) in the length of the text, plus O(k²) for an element of k keys.
    static func read(_ data: Data, path: String, defaultKind: ActorKind, signs: SignedTypes) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let bytes = [UInt8](data)
        if let invalid = TextEncoding.firstInvalidUTF8(in: bytes) {
            return builder.refusal(line: invalid.line, column: invalid.column, "the file is not valid UTF-8 text (GML is ASCII, with &#NNN; for other characters)")
        }
        let pairs: [GMLText.Pair]
        do { pairs = try GMLText.parse(String(decoding: bytes, as: UTF8.self)) } catch {
            return builder.refusal(line: error.line, column: error.column, "not GML: \(error.message)")
        }
        guard let graphPair = pairs.first(where: { $0.key.lowercased() == "graph" }), case .list(let body) = graphPair.value else {
            return builder.refusal(line: 1, "the file has no 'graph [ … ]'; is it GML?")
        }
        if pairs.filter({ $0.key.lowercased() == "graph" }).count > 1 {
            builder.report(.warning, line: graphPair.line, "the file holds several graphs; only the first is imported")
        }
        var foreign = ForeignGraph()
        foreign.directed = false
        var skipped: [String: Int] = [:]
        for pair in body {
            switch (pair.key.lowercased(), pair.value) {
            case ("directed", .number(let value)): foreign.directed = value != "0"
            case ("label", .string(let text)), ("name", .string(let text)): foreign.title = foreign.title ?? text
            case ("node", .list(let items)):
                let (item, nested) = element(items, pair: pair)
                for key in nested where skipped[key] == nil { skipped[key] = pair.line }
                guard let id = item.attribute("id") else {
                    builder.report(.error, line: pair.line, column: pair.column, "a node has no 'id'")
                    continue
                }
                var node = item
                node.id = id
                let label = item.attribute("label")
                node.label = label
                if item.attribute("name") != nil { node.preferredID = label }
                node.attributes.removeAll { ["id", "label"].contains($0.name.lowercased()) }
                foreign.nodes.append(node)
            case ("edge", .list(let items)):
                var (edge, nested) = element(items, pair: pair)
                for key in nested where skipped[key] == nil { skipped[key] = pair.line }
                guard let source = edge.attribute("source"), let target = edge.attribute("target") else {
                    builder.report(.error, line: pair.line, column: pair.column, "an edge has no '\(edge.attribute("source") == nil ? "source" : "target")'")
                    continue
                }
                edge.source = source
                edge.target = target
                edge.id = edge.attribute("key") ?? edge.attribute("id") ?? ""
                if let text = edge.attribute("weight") {
                    guard let weight = Double(text) else {
                        builder.report(.error, line: pair.line, column: pair.column, "edge weight '\(text)' is not a number")
                        continue
                    }
                    edge.weight = weight
                }
                edge.attributes.removeAll { ["source", "target", "weight"].contains($0.name.lowercased()) }
                foreign.edges.append(edge)
            case (_, .list):
                if skipped[pair.key] == nil { skipped[pair.key] = pair.line }
            default: break
            }
        }
        for (key, line) in skipped.sorted(by: { $0.value < $1.value }) {
            builder.report(.warning, line: line, "'\(key) [ … ]' lists are not imported (drawing and nested data have no place in stakegraph)")
        }
        return (ForeignGraphImport.graph(foreign, builder: &builder, signs: signs), builder.diagnostics)
    }

    /// A node's or edge's scalar keys as attributes (repeated keys joined with `|`), and the keys
    /// of its nested lists, which are left out.
    private static func element(_ items: [GMLText.Pair], pair: GMLText.Pair) -> (ForeignGraph.Item, [String]) {
        var item = ForeignGraph.Item(id: "", line: pair.line, column: pair.column)
        var nested: [String] = []
        var values: [(String, [String])] = []
        for entry in items {
            let text: String
            switch entry.value {
            case .number(let number): text = number
            case .string(let string): text = string
            case .list:
                nested.append(entry.key)
                continue
            }
            if let index = values.firstIndex(where: { $0.0 == entry.key }) { values[index].1.append(text) } else { values.append((entry.key, [text])) }
        }
        // stakegraph's GML export writes `field:budget` as `field_budget` (GML keys hold no colon).
        item.attributes = values.map { key, texts in
            let name = key.hasPrefix("field_") ? ExportFields.customFieldPrefix + key.dropFirst(6)
                : key.hasPrefix("stance_") ? "stance:" + key.dropFirst(7) : key
            return (name, texts.count == 1 ? texts[0] : ListText.join(texts))
        }
        return (item, nested)
    }
}
