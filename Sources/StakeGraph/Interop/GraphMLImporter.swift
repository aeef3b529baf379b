import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports GraphML: stakegraph's own export back to the same graph, and GraphML from NetworkX,
/// Gephi or yEd as well as it can. Nodes become actors (`name` or `label` data, else a yEd
/// `NodeLabel`, else the node id as the name; `kind`, `country`, `aliases`, `description`, `url`);
/// edges become relations (`type` or `label` data as the type, dates, `note`, and the `evidence`
/// list stakegraph writes). The graph-level `stakegraph` key carries the sections GraphML has no
/// place for (graph header, sources, issues, positions, relation types) as JSON.
enum GraphMLImporter {
    /// The document as UTF-8 for Foundation's XMLParser, which crashes the process on a name
    /// that is not UTF-8 (found by fuzzing) and trusts libxml2 with any declared encoding.
    /// UTF-8 passes as it is; UTF-16 (with a byte-order mark), Latin-1, Windows-1252 and ASCII
    /// are converted here; any other encoding, bytes that are not text, and NUL are refused.
    static func utf8Document(_ data: Data) -> Result<Data, TextProblem> {
        var bytes = [UInt8](data)
        let prolog = String(decoding: bytes.prefix(200).filter { $0 != 0 }, as: UTF8.self).lowercased()
        var encoding: String.Encoding?
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16
        } else if prolog.hasPrefix("<?xml"), let declaration = prolog.range(of: "encoding=") {
            let name = String(prolog[declaration.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" })
            switch name {
            case "utf-8", "utf8": encoding = nil
            case "iso-8859-1", "iso_8859-1", "latin1", "latin-1", "l1": encoding = .isoLatin1
            case "windows-1252", "cp1252": encoding = .windowsCP1252
            case "us-ascii", "ascii": encoding = .ascii
            default:
                return .failure(TextProblem(line: 1, column: 1, message: "the file declares the encoding '\(name)', which stakegraph does not read; save it as UTF-8"))
            }
        }
        if let encoding {
            guard let text = String(data: data, encoding: encoding) else {
                return .failure(TextProblem(line: 1, column: 1, message: "the file is not valid text in the encoding it declares; save it as UTF-8"))
            }
            // The same document, now UTF-8 and saying so.
            var converted = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            if converted.hasPrefix("<?xml"), let end = converted.range(of: "?>") {
                let declaration = String(converted[..<end.lowerBound])
                    .replacingOccurrences(of: #"encoding\s*=\s*["'][^"']*["']"#, with: "encoding=\"UTF-8\"", options: .regularExpression)
                converted = declaration + converted[end.lowerBound...]
            }
            bytes = Array(converted.utf8)
        }
        if let invalid = TextEncoding.firstInvalidUTF8(in: bytes) {
            return .failure(TextProblem(line: invalid.line, column: invalid.column,
                                        message: "the file is not valid UTF-8 text; save it as UTF-8 or declare its encoding in <?xml … encoding=\"…\"?>"))
        }
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(problem(at: nul, in: bytes, "the file holds a NUL byte, which XML does not allow (binary data?)"))
        }
        // Processing instructions other than the XML declaration: GraphML has no use for them, and
        // Foundation's XMLParser crashes on one without data (`<?x?>`, found by fuzzing).
        let declarationEnd = bytes.starts(with: Array("<?xml".utf8)) ? (bytes.firstRange(of: Array("?>".utf8))?.upperBound ?? 0) : 0
        if let instruction = bytes[declarationEnd...].firstRange(of: Array("<?".utf8)) {
            return .failure(problem(at: instruction.lowerBound, in: bytes,
                                    "processing instructions (<?…?>) are not GraphML; remove it, or the XML declaration must come first"))
        }
        return .success(Data(bytes))
    }

    /// `message` at the line and column of byte `offset`.
    private static func problem(at offset: Int, in bytes: [UInt8], _ message: String) -> TextProblem {
        let position = TextEncoding.position(ofByte: offset, in: bytes)
        return TextProblem(line: position.line, column: position.column, message: message)
    }

    struct TextProblem: Error {
        var line: Int
        var column: Int
        var message: String
    }

    static func read(_ data: Data, path: String, defaultKind: ActorKind) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        /// The file refused with one error: an empty graph and the diagnostics.
        let utf8: Data
        switch utf8Document(data) {
        case .success(let converted): utf8 = converted
        case .failure(let problem): return builder.refusal(line: problem.line, column: problem.column, problem.message)
        }
        let document = GraphMLDocument()
        let parser = XMLParser(data: utf8)
        parser.shouldResolveExternalEntities = false
        parser.delegate = document
        if !parser.parse() {
            return builder.refusal(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                           "not well-formed GraphML: \(parser.parserError.map { "\($0.localizedDescription)" } ?? "XML error")")
        }
        if let unclosed = document.openElements.last {
            return builder.refusal(line: max(unclosed.line, 1), "the file ends before <\(unclosed.name)> begun here is closed; is it cut short?")
        }
        guard document.sawGraph else { return builder.refusal(line: 1, "the file has no <graph> element; is it GraphML?") }
        let embedded = document.graphData["stakegraph"]
        var ids: [String: String] = [:]
        var unused = Set<String>()
        for node in document.nodes {
            let fields = node.fields
            let name = fields["name"] ?? fields["label"] ?? node.graphicsLabel ?? node.id
            let kind = builder.kind(fields["kind"], line: node.line, of: "node '\(node.id)': ")
            let country = builder.countryCode(fields["country"], line: node.line, of: "node '\(node.id)': ")
            let url = fields["url"].flatMap { WebAddress.isHTTP($0) ? $0 : nil }
            ids[node.id] = builder.addActor(id: node.id, name: name, kind: kind, country: country,
                                            aliases: fields["aliases"].map(ListText.split) ?? [],
                                            description: fields["description"], url: url,
                                            tags: fields["tags"].map(ListText.split) ?? [], fields: ImportBuilder.customFields(in: fields),
                                            line: node.line)
            unused.formUnion(fields.keys.filter { !Self.nodeFields.contains($0) && !$0.hasPrefix("stance:") && !$0.hasPrefix(ExportFields.customFieldPrefix) })
        }
        for edge in document.edges {
            guard let from = ids[edge.source], let to = ids[edge.target] else {
                builder.report(.error, line: edge.line, "edge '\(edge.id)' connects '\(edge.source)' and '\(edge.target)', but no node has the id '\(ids[edge.source] == nil ? edge.source : edge.target)'")
                continue
            }
            let fields = edge.fields
            let typeName = fields["type"] ?? fields["relation"] ?? fields["label"] ?? "related-to"
            // Types of stakegraph's own export are declared in the embedded sections.
            let type = embedded != nil ? typeName
                : builder.relationType(named: typeName, directed: edge.directed ?? document.directedByDefault, line: edge.line)
            let span: DateSpan
            switch DateSpan.parse(date: fields["date"], start: fields["start"], end: fields["end"]) {
            case .success(let value): span = value
            case .failure(let failure):
                builder.report(.error, line: edge.line, "edge '\(edge.id)': \(failure.message)")
                continue
            }
            var evidence: [Evidence] = []
            if let json = fields["evidence"] {
                guard let items = evidenceList(json) else {
                    builder.report(.error, line: edge.line, "edge '\(edge.id)': 'evidence' is not a JSON list of {source, quote} or {source, record}")
                    continue
                }
                evidence = items.map { item in
                    Evidence(source: embedded != nil ? item.source : builder.source(named: item.source, line: edge.line),
                             quote: item.quote, note: item.note, location: builder.location(line: edge.line), record: item.record)
                }
            }
            builder.addRelation(from: from, to: to, type: type, span: span, note: fields["note"], evidence: evidence,
                                tags: fields["tags"].map(ListText.split) ?? [], fields: ImportBuilder.customFields(in: fields),
                                line: edge.line)
            unused.formUnion(fields.keys.filter { !Self.edgeFields.contains($0) && !$0.hasPrefix(ExportFields.customFieldPrefix) })
        }
        for name in unused.sorted() {
            builder.report(.warning, line: 1, "data '\(name)' is not imported (stakegraph has no field for it)")
        }
        var info = GraphInfo(id: DOTImporter.fileID(path))
        info.title = document.graphData["title"]?.text
        let graph = builder.graph(info: info)
        guard let embedded else { return (graph, builder.diagnostics) }
        return merge(graph, sections: embedded, path: path, diagnostics: builder.diagnostics)
    }

    /// stakegraph's own GraphML: the actors and relations read from nodes and edges joined with
    /// the sections of the `stakegraph` data, and the whole read by the file-format decoder, which
    /// checks every reference. Its findings point at the `stakegraph` data.
    private static func merge(_ graph: StakeholderGraph, sections: (text: String, line: Int), path: String,
                              diagnostics: [Diagnostic]) -> (StakeholderGraph, [Diagnostic]) {
        var network = MapBuilder()
        network.add("actors", .list(graph.actors.map(StakeholderGraph.document)))
        network.add("relations", .list(graph.relations.map(StakeholderGraph.document)))
        var body = JSONText.write(network.value, compact: true)
        let rest = sections.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard rest.hasPrefix("{"), rest.hasSuffix("}") else {
            let location = SourceLocation(file: path, line: sections.line, column: 1)
            return (graph, diagnostics + [Diagnostic(.error, at: location, "the 'stakegraph' data is not a JSON object")])
        }
        let inner = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
        if !inner.isEmpty { body = String(body.dropLast()) + "," + inner + "}" }
        let result = GraphReader.read(text: body, path: path + ".json")
        let located = result.diagnostics.items.map { diagnostic in
            Diagnostic(diagnostic.severity, at: SourceLocation(file: path, line: sections.line, column: 1),
                       "in the 'stakegraph' data: \(diagnostic.message)")
        }
        return (result.graph.moved(to: path), diagnostics + located)
    }

    /// The evidence list stakegraph writes on an edge: `[{"source", "quote" or "record", "note"?}]`
    /// (a record reference has no quote).
    static func evidenceList(_ json: String) -> [(source: String, quote: String, note: String?, record: String?)]? {
        guard let items = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] else { return nil }
        var result: [(source: String, quote: String, note: String?, record: String?)] = []
        for item in items {
            guard let source = item["source"] as? String else { return nil }
            switch (item["quote"] as? String, item["record"] as? String) {
            case (let quote?, nil): result.append((source, quote, item["note"] as? String, nil))
            case (nil, let record?): result.append((source, "", item["note"] as? String, record))
            default: return nil
            }
        }
        return result
    }

    /// Node and edge data that map to fields, or that the export derives from them.
    static let nodeFields: Set<String> = ["name", "label", "kind", "country", "aliases", "description", "url", "tags"]
    static let edgeFields: Set<String> = ["type", "relation", "label", "date", "start", "end", "note", "evidence",
                                          "polarity", "mode", "goldstein", "directed", "sources", "quotes", "id", "tags"]
}

/// The elements of a GraphML file, collected by `XMLParser`.
final class GraphMLDocument: NSObject, XMLParserDelegate {
    struct Key { var domain: String; var name: String }
    struct Element {
        var id: String
        var line: Int
        var data: [String: String] = [:]
        var graphicsLabel: String?
        var source = "", target = ""
        var directed: Bool?
    }

    var keys: [String: Key] = [:]
    var nodes: [Element] = []
    var edges: [Element] = []
    var graphData: [String: (text: String, line: Int)] = [:]
    var directedByDefault = true
    var sawGraph = false
    private var current: Element?
    private var currentKind = ""
    private var dataKey: String?
    private var dataLine = 0
    private var text = ""
    private var inNodeLabel = false
    /// The elements begun and not yet ended, with their lines: libxml2's SAX parser accepts a
    /// document that simply stops, so a file cut short shows only here.
    private(set) var openElements: [(name: String, line: Int)] = []

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        openElements.append((name, parser.lineNumber))
        switch local {
        case "key":
            if let id = attributes["id"] {
                keys[id] = Key(domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id)
            }
        case "graph":
            if !sawGraph { directedByDefault = attributes["edgedefault"] != "undirected" }
            sawGraph = true
        case "node" where current == nil:
            current = Element(id: attributes["id"] ?? "", line: parser.lineNumber)
            currentKind = "node"
        case "edge" where current == nil:
            var edge = Element(id: attributes["id"] ?? "", line: parser.lineNumber)
            edge.source = attributes["source"] ?? ""
            edge.target = attributes["target"] ?? ""
            edge.directed = attributes["directed"].map { $0 == "true" }
            current = edge
            currentKind = "edge"
        case "data":
            dataKey = attributes["key"]
            dataLine = parser.lineNumber
            text = ""
        case "NodeLabel":
            inNodeLabel = true
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if dataKey != nil || inNodeLabel { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if !openElements.isEmpty { openElements.removeLast() }
        switch local {
        case "NodeLabel":
            inNodeLabel = false
            let label = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if current?.graphicsLabel == nil, !label.isEmpty { current?.graphicsLabel = label }
        case "data":
            guard let key = dataKey else { return }
            dataKey = nil
            let name = keys[key]?.name ?? key
            if current != nil {
                if current?.graphicsLabel == nil || keys[key] != nil { current?.data[name] = text }
            } else {
                graphData[name] = (text, dataLine)
            }
        case "node" where currentKind == "node":
            if let node = current { nodes.append(node) }
            current = nil
            currentKind = ""
        case "edge" where currentKind == "edge":
            if let edge = current { edges.append(edge) }
            current = nil
            currentKind = ""
        default: break
        }
    }
}

extension GraphMLDocument.Element {
    /// Data values by field name, empty ones left out.
    var fields: [String: String] { data.filter { !$0.value.isEmpty } }
}
