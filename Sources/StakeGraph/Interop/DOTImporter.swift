import Graphviz

/// Turns a DOT graph, as Graphviz's own parser reads it, into a stakeholder graph: every node an
/// actor (its `label` as the name), every edge a relation (its `type` or `label` as the relation
/// type, else `related-to`), so an imported graph has exactly the node and edge counts that
/// `gc -n -e` reports. An undirected DOT graph gives undirected relation types.
///
/// Recognised attributes beyond those: `kind`, `country`, `description` (or `tooltip`) and `URL`
/// (or `href`, http(s) only) on nodes; `date`, `start`, `end` and `note` on edges.
enum DOTImporter {
    static func read(_ bytes: [UInt8], path: String, defaultKind: ActorKind) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let lines = LineFinder(bytes)
        let graphs: [DOTGraph]
        do {
            graphs = try DOTReader.read(bytes: bytes)
        } catch {
            builder.report(.error, line: error.line ?? 1, error.message)
            return (builder.graph(info: GraphInfo(id: fileID(path))), builder.diagnostics)
        }
        guard let dot = graphs.first else {
            builder.report(.error, line: 1, "the file holds no DOT graph (it should start with 'digraph' or 'graph')")
            return (builder.graph(info: GraphInfo(id: fileID(path))), builder.diagnostics)
        }
        if graphs.count > 1 {
            builder.report(.warning, line: 1, "the file holds \(graphs.count) graphs; only the first ('\(dot.name)') was imported")
        }
        var ids: [String] = []
        for node in dot.nodes {
            let line = lines.line(of: node.name)
            let kind = builder.kind(node.attributes["kind"], line: line, of: "node '\(node.name)': ")
            let country = builder.countryCode(node.attributes["country"], line: line, of: "node '\(node.name)': ")
            let url = (node.attributes["URL"] ?? node.attributes["href"]).flatMap { WebAddress.isHTTP($0) ? $0 : nil }
            ids.append(builder.addActor(id: nil, name: name(of: node, in: dot), kind: kind, country: country,
                                        description: node.attributes["description"] ?? node.attributes["tooltip"].map { expand($0, node: node.name, graph: dot.name) },
                                        url: url, line: line))
        }
        for edge in dot.edges {
            let tail = dot.nodes[edge.tail].name, head = dot.nodes[edge.head].name
            let label = edge.attributes["label"].flatMap { text -> String? in
                let expanded = expand(text, node: "", graph: dot.name, tail: tail, head: head)
                return expanded.isEmpty ? nil : expanded
            }
            let typeName = edge.attributes["type"] ?? label
            let line = typeName.map { lines.line(of: $0) } ?? lines.line(of: tail)
            let type = builder.relationType(named: typeName ?? "related-to", directed: dot.isDirected, line: line)
            // Keep label text the type does not show: a label next to a `type`, or a spelling
            // that differs from the type's own label (DOT labels "S(a)" and "S(A)" share a type).
            var note = edge.attributes["note"]
            if let label, note == nil, label != builder.label(ofType: type) { note = label }
            builder.addRelation(from: ids[edge.tail], to: ids[edge.head], type: type,
                                span: span(edge.attributes, of: "\(tail) -> \(head)", line: line, builder: &builder), note: note, line: line)
        }
        // Anonymous graphs get names such as "%1" from cgraph.
        let named = !dot.name.hasPrefix("%") && dot.name.contains { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let title = dot.attributes["label"].map { expand($0, node: "", graph: dot.name) } ?? (dot.name.isEmpty || dot.name.hasPrefix("%") ? nil : dot.name)
        let id = named ? Identifier.kebabCase(dot.name) : fileID(path)
        return (builder.graph(info: GraphInfo(id: id, title: title)), builder.diagnostics)
    }

    /// The id a graph gets from its file name, e.g. `fsm` for `graphs/fsm.gv`.
    static func fileID(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let stem = base.split(separator: ".").first.map(String.init) ?? base
        return Identifier.kebabCase(stem)
    }

    /// A node's name for people: its label with DOT's escapes expanded, or its DOT name when the
    /// label is the default `\N`, a record's field list or empty; HTML labels give their text.
    private static func name(of node: DOTGraph.Node, in graph: DOTGraph) -> String {
        let shape = node.attributes["shape"]?.lowercased()
        guard let label = node.attributes["label"], shape != "record", shape != "mrecord" else { return cleaned(node.name, fallback: node.name) }
        let text = node.htmlAttributes.contains("label") ? htmlText(label) : expand(label, node: node.name, graph: graph.name)
        return cleaned(text, fallback: node.name)
    }

    private static func cleaned(_ text: String, fallback: String) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        if !words.isEmpty { return words }
        let name = fallback.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
        return name.isEmpty ? "(unnamed)" : name
    }

    /// Expands DOT's escString sequences: `\N` (node), `\G` (graph), `\T`, `\H` (edge ends),
    /// `\E` (edge); line breaks `\n`, `\l`, `\r` become spaces; `\x` is `x`.
    static func expand(_ text: String, node: String, graph: String, tail: String = "", head: String = "") -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                switch character {
                case "N": result += node
                case "G": result += graph
                case "T": result += tail
                case "H": result += head
                case "E": result += "\(tail)->\(head)"
                case "n", "l", "r": result += " "
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// The text of an HTML-like label: tags dropped, the five XML entities decoded, `<BR/>` a space.
    static func htmlText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; text += " " } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// An edge's time; one that cannot be read is a warning, and the relation stays undated.
    private static func span(_ attributes: [String: String], of edge: String, line: Int, builder: inout ImportBuilder) -> DateSpan {
        switch DateSpan.parse(date: attributes["date"], start: attributes["start"], end: attributes["end"]) {
        case .success(let span): return span
        case .failure(let failure):
            builder.report(.warning, line: line, "edge \(edge): \(failure.message); the relation is left undated")
            return .undated
        }
    }
}

/// Finds the first line of a text that mentions a string, to point diagnostics about DOT nodes
/// and edges (which cgraph does not locate) at the right place.
struct LineFinder {
    /// The first line of every identifier and quoted string in the text. An index, not a search
    /// per name: searching the lines for each node made importing 40,000 edges take 84 s.
    private var firstLine: [String: Int] = [:]

    init(_ bytes: [UInt8]) {
        var line = 1, index = 0
        func isNamePart(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
        }
        func note(_ token: [UInt8], at line: Int) {
            let text = String(decoding: token, as: UTF8.self)
            if firstLine[text] == nil { firstLine[text] = line }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                // A quoted string as cgraph keeps it: `\"` becomes `"`, a backslash-newline joins lines.
                let startLine = line
                var token: [UInt8] = []
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        let next = bytes[index + 1]
                        if next == UInt8(ascii: "\n") { line += 1 } else if next == UInt8(ascii: "\"") { token.append(next) } else { token += [bytes[index], next] }
                        index += 2
                        continue
                    }
                    if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                    token.append(bytes[index])
                    index += 1
                }
                index += 1
                note(token, at: startLine)
            } else if isNamePart(byte) {
                let start = index
                while index < bytes.count, isNamePart(bytes[index]) { index += 1 }
                note(Array(bytes[start..<index]), at: line)
            } else {
                index += 1
            }
        }
    }

    /// The 1-based line where `text` first appears as a name or quoted string, or 1.
    func line(of text: String) -> Int { firstLine[text] ?? 1 }
}
