import Foundation

/// Imports a Kumu JSON blueprint: `elements` become actors (`label` as the name, `type` or
/// `element type` as the kind, `description`, `tags`; `id` or `_id` kept as the actor's id when
/// it is kebab-case; every other field a custom field) and `connections` relations (`from` and
/// `to` naming an element by id or label, `type` or `connection type` as the relation type,
/// `direction`: directed, undirected or mutual; `description` as the note, `date` or
/// `start`/`end`, `tags`; other fields custom fields). Kumu's export nests the fields in an
/// `attributes` object; both layouts are read.
enum KumuImporter {
    /// Whether JSON text is a Kumu blueprint rather than a stakegraph graph: an object with
    /// `elements` or `connections` and no `actors`.
    static func looksLikeKumu(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return (object["elements"] != nil || object["connections"] != nil) && object["actors"] == nil
    }

    /// Reads `data` (named `path` in diagnostics); `defaultKind` for elements without a type.
    ///
    /// - Complexity: O(n) in the length of the text, plus O(f²) for an element of f fields.
    static func read(_ data: Data, path: String, defaultKind: ActorKind, signs: SignedTypes) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let bytes = [UInt8](data)
        if let invalid = TextEncoding.firstInvalidUTF8(in: bytes) {
            return builder.refusal(line: invalid.line, column: invalid.column, "the file is not valid UTF-8 text")
        }
        let root: DocumentNode
        do { root = try JSONDocumentReader.read(String(decoding: bytes, as: UTF8.self)) } catch {
            return builder.refusal(line: error.position.line, column: error.position.column, "not JSON: \(error.message)")
        }
        guard case .mapping(let top, _) = root else { return builder.refusal(line: root.position.line, column: root.position.column, "a Kumu blueprint is a JSON object with elements and connections") }
        func section(_ name: String) -> [DocumentNode]? {
            guard let node = top.first(where: { $0.key.text == name })?.value else { return [] }
            guard case .sequence(let items, _) = node else { return nil }
            return items
        }
        guard let elements = section("elements"), let connections = section("connections") else {
            return builder.refusal(line: root.position.line, column: root.position.column, "'elements' and 'connections' must be lists")
        }
        var foreign = ForeignGraph()
        foreign.directed = true
        var nodeByKey: [String: String] = [:]
        for element in elements {
            let position = element.position
            guard let fields = flatFields(element, builder: &builder) else {
                builder.report(.error, line: position.line, column: position.column, "an element is not an object")
                continue
            }
            let label = value(fields, "label") ?? value(fields, "name")
            let id = value(fields, "_id") ?? value(fields, "id")
            guard let label = label ?? id else {
                builder.report(.error, line: position.line, column: position.column, "an element has no label")
                continue
            }
            var node = ForeignGraph.Item(id: String(foreign.nodes.count + 1), preferredID: id, label: label, line: position.line, column: position.column)
            for (key, text) in fields where !["label", "name", "_id", "id"].contains(key.lowercased()) {
                let lower = key.lowercased()
                node.attributes.append((lower == "type" || lower == "element type" ? "kind" : Self.known.contains(lower) ? lower : key, text))
            }
            for key in [id, label].compactMap({ $0 }) where nodeByKey[key] == nil { nodeByKey[key] = node.id }
            foreign.nodes.append(node)
        }
        for connection in connections {
            let position = connection.position
            guard let fields = flatFields(connection, builder: &builder) else {
                builder.report(.error, line: position.line, column: position.column, "a connection is not an object")
                continue
            }
            guard let from = value(fields, "from"), let to = value(fields, "to") else {
                builder.report(.error, line: position.line, column: position.column, "a connection needs 'from' and 'to'")
                continue
            }
            var edge = ForeignGraph.Item(id: value(fields, "_id") ?? "", line: position.line, column: position.column)
            // A connection may name an element that has no entry: Kumu creates it, and so does this.
            for name in [from, to] where nodeByKey[name] == nil {
                builder.report(.warning, line: position.line, column: position.column, "no element is labelled '\(name)'; added it, as Kumu does")
                let node = ForeignGraph.Item(id: String(foreign.nodes.count + 1), label: name, line: position.line, column: position.column)
                nodeByKey[name] = node.id
                foreign.nodes.append(node)
            }
            edge.source = nodeByKey[from]!
            edge.target = nodeByKey[to]!
            switch value(fields, "direction")?.lowercased() {
            case nil, "directed": edge.directed = true
            case "undirected", "mutual": edge.directed = false
            case let other?:
                builder.report(.warning, line: position.line, column: position.column, "direction '\(other)' is not directed, undirected or mutual; read as directed")
                edge.directed = true
            }
            for (key, text) in fields where !["from", "to", "direction", "_id"].contains(key.lowercased()) {
                let lower = key.lowercased()
                let name = lower == "connection type" ? "type" : lower == "start date" ? "start" : lower == "end date" ? "end" : lower
                edge.attributes.append((ForeignGraphImport.edgeFields.contains(name) || Self.known.contains(name) ? name : key, text))
            }
            foreign.edges.append(edge)
        }
        return (ForeignGraphImport.graph(foreign, builder: &builder, signs: signs), builder.diagnostics)
    }

    /// Field names compared ignoring case.
    static let known: Set<String> = ["kind", "country", "description", "aliases", "url", "website", "tags", "note", "date", "start", "end", "evidence"]

    private static func value(_ fields: [(String, String)], _ name: String) -> String? {
        fields.first { $0.0.lowercased() == name }.flatMap { $0.1.isEmpty ? nil : $0.1 }
    }

    /// An object's fields as texts (lists joined with `|`), an `attributes` object's fields
    /// among them; nil when the node is not an object. Nested objects are left out, with a warning.
    private static func flatFields(_ node: DocumentNode, builder: inout ImportBuilder) -> [(String, String)]? {
        guard case .mapping(let pairs, _) = node else { return nil }
        var fields: [(String, String)] = []
        for (key, position, value) in pairs {
            switch value {
            case .scalar(let scalar, _):
                if !scalar.isNull || scalar.kind == .quoted { fields.append((key.text, scalar.text)) }
            case .sequence(let items, _):
                let texts = items.compactMap { item -> String? in if case .scalar(let scalar, _) = item { return scalar.text }; return nil }
                fields.append((key.text, ListText.join(texts)))
            case .mapping where key.text == "attributes":
                fields += flatFields(value, builder: &builder) ?? []
            case .mapping:
                builder.report(.warning, line: position.line, column: position.column, "'\(key.text)' is an object; left out")
            }
        }
        return fields
    }
}
