import Foundation

/// Imports Pajek `.net` files: `*Vertices n` with a line per vertex (`1 "label" x y z shape …`;
/// vertices without a line are named by their number), then `*Arcs` (directed) and `*Edges`
/// (undirected) with a line per tie (`from to [weight] [l "label"] …`), or `*Arcslist` and
/// `*Edgeslist` with a line per vertex and its neighbours. A tie's `l` label (or a `type`
/// attribute, as NetworkX writes extra attributes) is its relation type; without one, a negative
/// weight is a hostile tie and a positive one cooperative in files that have negative weights
/// (`SignedTypes`), else `related-to`. `*Arcs :2 "name"` names the relation of the lines below.
/// Coordinates, shapes and colours are drawing, left out with one warning; `*Matrix`,
/// `*Partition` and `*Vector` sections are not read (a warning).
enum PajekImporter {
    /// Reads `data` (named `path` in diagnostics); `defaultKind` for vertices without a kind,
    /// `signs` for ties typed only by their weight's sign.
    ///
    /// - Complexity: O(n) in the length of the text, plus O(v) for `*Vertices v`.
    static func read(_ data: Data, path: String, defaultKind: ActorKind, signs: SignedTypes) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let bytes = [UInt8](data)
        // Pajek files are often Windows-1250/1252; UTF-8 is read as it is, anything else as Latin-1, with a warning.
        let text: String
        if TextEncoding.firstInvalidUTF8(in: bytes) == nil {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            text = String(data: data, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
            builder.report(.warning, line: 1, "the file is not UTF-8; read as Windows-1252 (Pajek's usual encoding)")
        }
        var foreign = ForeignGraph()
        var section = ""
        var sectionType: String?
        var declared: Int?
        var numbers: [String: Int] = [:]
        var drawingLine: Int?
        var sawSection = false
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("%") { continue }
            let tokens = LineTokens.split(line)
            if trimmed.hasPrefix("*") {
                sawSection = true
                section = tokens[0].text.lowercased()
                sectionType = nil
                switch section {
                case "*network": foreign.title = tokens.dropFirst().map(\.text).joined(separator: " ")
                case "*vertices":
                    guard tokens.count >= 2, let count = Int(tokens[1].text), count >= 0 else {
                        builder.report(.error, line: lineNumber, column: tokens.count >= 2 ? tokens[1].column : 1, "'*Vertices' needs the number of vertices")
                        continue
                    }
                    if tokens.count >= 3 {
                        builder.report(.error, line: lineNumber, column: tokens[2].column, "a two-mode network (*Vertices \(tokens[1].text) \(tokens[2].text)) is not read; stakegraph's actors are one set")
                        return (builder.graph(info: GraphInfo(id: DOTImporter.fileID(path))), builder.diagnostics)
                    }
                    guard count <= 1_000_000 else {
                        builder.report(.error, line: lineNumber, column: tokens[1].column, "\(count) vertices are more than stakegraph imports (1,000,000)")
                        return (builder.graph(info: GraphInfo(id: DOTImporter.fileID(path))), builder.diagnostics)
                    }
                    declared = count
                    for number in 1...max(count, 1) where count > 0 {
                        numbers[String(number)] = foreign.nodes.count
                        foreign.nodes.append(ForeignGraph.Item(id: String(number), label: String(number), line: lineNumber, column: 1))
                    }
                case "*arcs", "*edges", "*arcslist", "*edgeslist":
                    if tokens.count >= 3, tokens[1].text.hasPrefix(":") { sectionType = tokens[2].text }
                default:
                    builder.report(.warning, line: lineNumber, "the '\(tokens[0].text)' section is not imported")
                    section = "skip"
                }
                continue
            }
            switch section {
            case "*vertices":
                guard let index = numbers[tokens[0].text] else {
                    builder.report(.error, line: lineNumber, column: tokens[0].column,
                                   "vertex '\(tokens[0].text)' is not one of the \(declared ?? 0) numbered in '*Vertices'")
                    continue
                }
                foreign.nodes[index].line = lineNumber
                if tokens.count > 1 { foreign.nodes[index].label = tokens[1].text }
                var rest = Array(tokens.dropFirst(2))
                while let first = rest.first, Double(first.text) != nil { rest.removeFirst() }
                if tokens.count > 2, drawingLine == nil { drawingLine = lineNumber }
                // NetworkX writes the shape and then its extra attributes as key value pairs.
                if let shape = rest.first, ["ellipse", "box", "diamond", "triangle", "cross", "empty"].contains(shape.text.lowercased()) { rest.removeFirst() }
                var pairs = rest[...]
                while pairs.count >= 2 {
                    let key = pairs.removeFirst().text, value = pairs.removeFirst().text
                    if Self.drawingKeys.contains(key.lowercased()) { continue }
                    if key.lowercased() == "id" { continue }
                    foreign.nodes[index].attributes.append((key, value))
                }
            case "*arcs", "*edges":
                guard tokens.count >= 2 else {
                    builder.report(.error, line: lineNumber, column: tokens[0].column, "a tie needs two vertex numbers")
                    continue
                }
                var edge = ForeignGraph.Item(id: "", line: lineNumber, column: tokens[0].column)
                edge.source = tokens[0].text
                edge.target = tokens[1].text
                edge.directed = section == "*arcs"
                var rest = tokens.dropFirst(2)
                if let first = rest.first, !first.quoted, let weight = Double(first.text) {
                    edge.weight = weight
                    rest.removeFirst()
                }
                if let sectionType { edge.attributes.append(("type", sectionType)) }
                while rest.count >= 2 {
                    let key = rest.removeFirst(), value = rest.removeFirst()
                    if Self.drawingKeys.contains(key.text.lowercased()) || key.text.lowercased() == "w" {
                        if drawingLine == nil { drawingLine = lineNumber }
                        continue
                    }
                    edge.attributes.append((key.text, value.text))
                }
                if let extra = rest.first {
                    builder.report(.warning, line: lineNumber, column: extra.column, "'\(extra.text)' at the end of the line is not a weight or a key with a value; left out")
                }
                foreign.edges.append(edge)
            case "*arcslist", "*edgeslist":
                for target in tokens.dropFirst() {
                    var edge = ForeignGraph.Item(id: "", line: lineNumber, column: target.column)
                    edge.source = tokens[0].text
                    edge.target = target.text
                    edge.directed = section == "*arcslist"
                    if let sectionType { edge.attributes.append(("type", sectionType)) }
                    foreign.edges.append(edge)
                }
            case "skip": continue
            default:
                builder.report(.error, line: lineNumber, column: tokens.first?.column ?? 1,
                               sawSection ? "a line outside '*Vertices', '*Arcs' and '*Edges'" : "the file does not begin with '*Vertices' or '*Network'; is it Pajek?")
                if !sawSection { return (builder.graph(info: GraphInfo(id: DOTImporter.fileID(path))), builder.diagnostics) }
            }
        }
        guard declared != nil else {
            builder.report(.error, line: 1, "the file has no '*Vertices' section; is it Pajek?")
            return (builder.graph(info: GraphInfo(id: DOTImporter.fileID(path))), builder.diagnostics)
        }
        if let drawingLine {
            builder.report(.warning, line: drawingLine, "Pajek's drawing (coordinates, shapes, colours, widths) is not imported; stakegraph lays graphs out itself")
        }
        // Ties name vertices by number; the actors are found by them, and named by their labels.
        foreign.directed = foreign.edges.contains { $0.directed == true } || foreign.edges.isEmpty
        return (ForeignGraphImport.graph(foreign, builder: &builder, signs: signs), builder.diagnostics)
    }

    /// Pajek's drawing parameters of vertices and ties (and NetworkX's `x`, `y`).
    static let drawingKeys: Set<String> = ["x", "y", "z", "shape", "ic", "bc", "bw", "lc", "la", "lr", "lphi", "fos", "font", "q", "x_fact",
                                           "y_fact", "phi", "r", "c", "p", "s", "a", "ap", "lp", "k", "h1", "h2", "a1", "a2", "k1", "k2"]
}
