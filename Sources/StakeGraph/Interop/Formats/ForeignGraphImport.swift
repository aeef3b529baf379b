import Foundation

/// Turns a `ForeignGraph` into actors and relations, one mapping for GEXF, GML, Pajek, DL and
/// Kumu JSON, so that the same attribute means the same everywhere:
/// - nodes: `name` (else the label, else the id) as the name; `kind` (Kumu's element `type`),
///   `country`, `description`, `aliases` and `tags` (`|`-separated), `url` or `website`;
///   `field:<name>` attributes and any other attribute as custom fields (one warning per name);
///   `stance:<issue>` attributes are left out (positions need an issue), with a warning.
/// - edges: `type`, `relation`, `kind`, Pajek's `l` or `label` as the relation type; a type not in
///   the vocabulary is declared with the `polarity`, `mode`, `goldstein` and `directed` attributes
///   when the edge has them (as stakegraph's exports write them), else as a neutral type; an edge
///   without a type takes its sign from its weight (`SignedTypes`) in a file with a negative
///   weight, and is `related-to` otherwise; `date`/`start`/`end` attributes, else the file's spans;
///   `note` (Kumu's `description`), `tags`, the `evidence` JSON list; weights other than −1, 0 and 1 as
///   the custom field `weight`.
/// Every such decision is a warning; an edge whose ends or dates cannot be read is an error.
enum ForeignGraphImport {
    /// Node attributes that map to actor fields.
    static let nodeFields: Set<String> = ["name", "label", "kind", "country", "description", "aliases", "url", "website", "tags", "id"]
    /// Edge attributes that map to relation fields or that exports derive from the type.
    static let edgeFields: Set<String> = ["type", "relation", "kind", "l", "label", "date", "start", "end", "note", "description",
                                          "tags", "evidence", "polarity", "mode", "goldstein", "directed", "sources", "quotes",
                                          "id", "key", "weight"]

    /// - Complexity: O(n + m) for n nodes and m edges (dictionary look-ups).
    static func graph(_ foreign: ForeignGraph, builder: inout ImportBuilder, signs: SignedTypes = SignedTypes()) -> StakeholderGraph {
        var ids: [String: String] = [:]
        var keptAsFields: [String: Int] = [:]
        var leftOut: [String: Int] = [:]
        for node in foreign.nodes {
            let what = "node '\(node.id)': "
            let name = node.attribute("name") ?? node.label ?? node.id
            let kind = builder.kind(node.attribute("kind").flatMap(nonEmpty), line: node.line, column: node.column, of: what)
            let country = builder.countryCode(node.attribute("country").flatMap(nonEmpty), line: node.line, column: node.column, of: what)
            let url = (node.attribute("url") ?? node.attribute("website")).flatMap { WebAddress.isHTTP($0) ? $0 : nil }
            var fields: [String: String] = [:]
            for (attribute, value) in node.attributes where !nodeFields.contains(attribute.lowercased()) {
                if attribute.lowercased().hasPrefix("stance:") { leftOut[attribute] = leftOut[attribute] ?? node.line; continue }
                let field = attribute.hasPrefix(ExportFields.customFieldPrefix) ? String(attribute.dropFirst(ExportFields.customFieldPrefix.count)) : attribute
                if field.trimmingSpaces.isEmpty || value.isEmpty { continue }
                if !attribute.hasPrefix(ExportFields.customFieldPrefix) { keptAsFields[attribute] = keptAsFields[attribute] ?? node.line }
                fields[field] = value
            }
            let preferred = node.preferredID.flatMap { Identifier.isKebabCase($0) ? $0 : nil }
            if ids[node.id] != nil {
                builder.report(.error, line: node.line, column: node.column, "a second node has the id '\(node.id)'; node ids are unique")
                continue
            }
            ids[node.id] = builder.addActor(id: preferred, name: name, kind: kind, country: country,
                                            aliases: node.attribute("aliases").map(ListText.split) ?? [],
                                            description: node.attribute("description").flatMap(nonEmpty), url: url,
                                            tags: node.attribute("tags").map(ListText.split) ?? [], fields: fields, line: node.line)
        }
        for (attribute, line) in keptAsFields.sorted(by: { $0.key < $1.key }) {
            builder.report(.warning, line: line, "node attribute '\(attribute)' has no field of its own in stakegraph; kept as the custom field '\(attribute)'")
        }
        for (attribute, line) in leftOut.sorted(by: { $0.key < $1.key }) {
            builder.report(.warning, line: line, "node attribute '\(attribute)' is not imported (a stance needs the issue's positions)")
        }
        let signed = foreign.edges.contains { ($0.weight ?? 0) < 0 }
        var signWarned = false
        var edgeFieldsKept: [String: Int] = [:]
        for edge in foreign.edges {
            let what = edge.id.isEmpty ? "edge" : "edge '\(edge.id)'"
            guard let from = ids[edge.source], let to = ids[edge.target] else {
                builder.report(.error, line: edge.line, column: edge.column,
                               "\(what) connects '\(edge.source)' and '\(edge.target)', but no node has the id '\(ids[edge.source] == nil ? edge.source : edge.target)'")
                continue
            }
            let directed = edge.attribute("directed").flatMap(flag) ?? edge.directed ?? foreign.directed
            let typeName = ["type", "relation", "kind", "l", "label"].lazy.compactMap { edge.attribute($0).flatMap(nonEmpty) }.first
            let type: String
            if let typeName {
                type = relationType(typeName, of: edge, directed: directed, signed: signed, builder: &builder)
            } else if let weight = edge.weight, weight != 0, signed || weight < 0 {
                let polarity: Polarity = weight < 0 ? .hostile : .cooperative
                if !signWarned {
                    signWarned = true
                    builder.report(.warning, line: edge.line, column: edge.column,
                                   "edges without a type take it from the sign of their weight: negative '\(signs.negative)' (hostile), positive '\(signs.positive)' (cooperative)")
                }
                type = signedType(weight < 0 ? signs.negative : signs.positive, polarity: polarity, directed: directed,
                                  line: edge.line, builder: &builder)
            } else {
                type = builder.relationType(named: "related-to", directed: directed, line: edge.line, column: edge.column)
            }
            let spans = spansOf(edge)
            var fields: [String: String] = [:]
            if let weight = edge.weight, ![-1, 0, 1].contains(weight) { fields["weight"] = number(weight) }
            for (attribute, value) in edge.attributes where !edgeFields.contains(attribute.lowercased()) && !value.isEmpty {
                let field = attribute.hasPrefix(ExportFields.customFieldPrefix) ? String(attribute.dropFirst(ExportFields.customFieldPrefix.count)) : attribute
                if field.trimmingSpaces.isEmpty { continue }
                if !attribute.hasPrefix(ExportFields.customFieldPrefix) { edgeFieldsKept[attribute] = edgeFieldsKept[attribute] ?? edge.line }
                fields[field] = value
            }
            var evidence: [Evidence] = []
            if let json = edge.attribute("evidence").flatMap(nonEmpty) {
                guard let items = GraphMLImporter.evidenceList(json) else {
                    builder.report(.error, line: edge.line, column: edge.column, "\(what): 'evidence' is not a JSON list of {source, quote} or {source, record}")
                    continue
                }
                evidence = items.map { Evidence(source: builder.source(named: $0.source, line: edge.line), quote: $0.quote,
                                                note: $0.note, location: builder.location(line: edge.line), record: $0.record) }
            }
            let note = edge.attribute("note").flatMap(nonEmpty) ?? edge.attribute("description").flatMap(nonEmpty)
            if spans.count > 1 {
                builder.report(.warning, line: edge.line, column: edge.column, "\(what) has \(spans.count) time spans; imported as \(spans.count) relations, one per span")
            }
            for span in spans {
                switch span {
                case .success(let span):
                    builder.addRelation(from: from, to: to, type: type, span: span, note: note, evidence: evidence,
                                        tags: edge.attribute("tags").map(ListText.split) ?? [], fields: fields, line: edge.line)
                case .failure(let failure):
                    builder.report(.error, line: edge.line, column: edge.column, "\(what): \(failure.message)")
                }
            }
        }
        for (attribute, line) in edgeFieldsKept.sorted(by: { $0.key < $1.key }) {
            builder.report(.warning, line: line, "edge attribute '\(attribute)' has no field of its own in stakegraph; kept as the custom field '\(attribute)'")
        }
        var info = GraphInfo(id: DOTImporter.fileID(builder.path))
        info.title = foreign.title
        return builder.graph(info: info)
    }

    /// The relation's time: its `date`/`start`/`end` attributes, else each span the file gives
    /// (GEXF's spells), else undated.
    private static func spansOf(_ edge: ForeignGraph.Item) -> [Result<DateSpan, DateSpan.ParseFailure>] {
        let date = edge.attribute("date").flatMap(nonEmpty), start = edge.attribute("start").flatMap(nonEmpty)
        let end = edge.attribute("end").flatMap(nonEmpty)
        if date != nil || start != nil || end != nil { return [DateSpan.parse(date: date, start: start, end: end)] }
        if edge.spans.isEmpty { return [.success(.undated)] }
        return edge.spans.map { DateSpan.parse(date: nil, start: $0.start, end: $0.end) }
    }

    /// The type `name` names: the vocabulary's or one declared before; a new one with the edge's
    /// `polarity`, `mode`, `goldstein` when it has them, else a neutral one.
    private static func relationType(_ name: String, of edge: ForeignGraph.Item, directed: Bool, signed: Bool,
                                     builder: inout ImportBuilder) -> String {
        // A new type on a signed tie (stakegraph's Pajek export) takes the polarity of its sign.
        if builder.knownRelationType(named: name) == nil, edge.attribute("polarity") == nil, signed, let weight = edge.weight, weight != 0 {
            return signedType(name, polarity: weight < 0 ? .hostile : .cooperative, directed: directed, line: edge.line, builder: &builder)
        }
        if builder.knownRelationType(named: name) != nil || edge.attribute("polarity").flatMap({ Polarity(rawValue: $0) }) == nil {
            return builder.relationType(named: name, directed: directed, line: edge.line, column: edge.column)
        }
        let polarity = Polarity(rawValue: edge.attribute("polarity")!)!
        let mode = edge.attribute("mode").flatMap { RelationMode(rawValue: $0) } ?? .structural
        let weight = edge.attribute("goldstein").flatMap(Double.init) ?? 0
        let id = builder.uniqueID(for: name, in: "relation-type", fallback: "type-\(builder.customTypes.count + 1)")
        let label = edge.attribute("label").flatMap(nonEmpty).flatMap { $0 == name ? nil : $0 } ?? name
        builder.declare(RelationType(id: id, label: label, directed: directed, polarity: polarity, mode: mode, weight: weight),
                        keys: [ImportBuilder.key(name), Identifier.kebabCase(name)], line: edge.line, column: edge.column,
                        reason: "'\(name)' is not in the vocabulary; as the file's edges describe it")
        return id
    }

    /// The type a signed weight stands for: `name` when the vocabulary has it (its twin when the
    /// direction differs), else `name` declared with `polarity`.
    static func signedType(_ name: String, polarity: Polarity, directed: Bool, line: Int, builder: inout ImportBuilder) -> String {
        if builder.knownRelationType(named: name) != nil {
            return builder.relationType(named: name, directed: directed, line: line)
        }
        let id = builder.uniqueID(for: name, in: "relation-type", fallback: "\(polarity.rawValue)-tie")
        let label = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        builder.declare(RelationType(id: id, label: label.isEmpty ? id : label, directed: directed, polarity: polarity,
                                     mode: .structural, weight: polarity == .hostile ? -1 : 1),
                        keys: [ImportBuilder.key(name), Identifier.kebabCase(name)], line: line, column: 1,
                        reason: "'\(name)' is not in the vocabulary; a \(polarity == .hostile ? "negative" : "positive") weight is a \(polarity.rawValue) tie")
        return id
    }

    static func nonEmpty(_ text: String) -> String? { text.trimmingSpaces.isEmpty ? nil : text }

    /// `true`/`false`, `1`/`0`, `yes`/`no`.
    static func flag(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: return nil
        }
    }

    /// `2`, `0.5`: a weight as text without a needless `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
