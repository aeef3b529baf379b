import CGraphviz
import Foundation

/// A graph as DOT text describes it, read by Graphviz's own parser (libcgraph): every node and
/// edge with its attributes, after cgraph has applied defaults (`node [shape=box]`), merged
/// `strict` duplicates and expanded subgraph edges (`a -> {b c}`).
public struct DOTGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var name: String
        /// Attributes with a non-empty value, declared on the node or as a default.
        public var attributes: [String: String]
        /// The attributes whose value is HTML-like (`label=<…>`), given without the brackets.
        public var htmlAttributes: Set<String> = []
    }

    public struct Edge: Sendable, Equatable {
        /// Indices into `nodes`.
        public var tail: Int
        public var head: Int
        public var attributes: [String: String]
        public var htmlAttributes: Set<String> = []
    }

    public var name: String
    public var isDirected: Bool
    public var isStrict: Bool
    public var attributes: [String: String]
    /// In order of first mention.
    public var nodes: [Node]
    /// In order of first mention.
    public var edges: [Edge]
}

/// Parses DOT text into `DOTGraph` values through libcgraph, so that what is imported is exactly
/// what Graphviz itself sees (the same node and edge counts as `gc -n -e`).
public enum DOTReader {
    /// Every graph in `text`, in order (a DOT file may hold several).
    ///
    /// Names and values are decoded as UTF-8, or as Latin-1 when the graph says
    /// `charset=latin1` or a value is not valid UTF-8 (Graphviz's own rule for input).
    ///
    /// - Throws: `GraphvizError` with the line of the syntax error when the text is not DOT.
    public static func read(_ text: String) throws(GraphvizError) -> [DOTGraph] {
        try read(bytes: Array(text.utf8))
    }

    /// Every graph in DOT text given as bytes.
    public static func read(bytes: [UInt8]) throws(GraphvizError) -> [DOTGraph] {
        try GraphvizLibrary.withContext { _ throws(GraphvizError) -> [DOTGraph] in
            aglexbad()
            agreadline(1)
            if bytes.isEmpty { return [] }
            let text = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
            defer { text.deallocate() }
            for (offset, byte) in bytes.enumerated() { text[offset] = CChar(bitPattern: byte) }
            guard let stream = stakegraph_open_text(text, bytes.count) else {
                throw GraphvizError(message: "cannot open the DOT text for reading")
            }
            var graphs: [DOTGraph] = []
            while let graph = stakegraph_read_next(stream) {
                defer { agclose(graph) }
                graphs.append(convert(graph))
            }
            fclose(stream)
            let said = GraphvizLibrary.collectedMessages
                if !said.isEmpty, said.contains(where: { $0.contains("syntax error") || $0.lowercased().hasPrefix("error") }) {
                    var error = GraphvizError(message: "Graphviz could not read the DOT text: \(said.joined(separator: " "))")
                    error.line = syntaxErrorLine(in: said)
                    throw error
                }
                return graphs
        }
    }

    /// The line number in a cgraph message such as "syntax error in line 3 near 'x'".
    static func syntaxErrorLine(in messages: [String]) -> Int? {
        for message in messages {
            guard let range = message.range(of: "in line ") else { continue }
            let digits = message[range.upperBound...].prefix { $0.isNumber }
            if let line = Int(digits) { return line }
        }
        return nil
    }

    private static func convert(_ graph: UnsafeMutablePointer<Agraph_t>) -> DOTGraph {
        let charsetName = "charset".withCString { name in
            text(agget(UnsafeMutableRawPointer(graph), UnsafeMutablePointer(mutating: name)), latin1: false)
        }.lowercased()
        let latin1 = ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100"].contains(charsetName)
        let nodeSymbols = symbols(graph, kind: AGNODE)
        let edgeSymbols = symbols(graph, kind: AGEDGE)
        var nodes: [DOTGraph.Node] = []
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let current = node {
            index[current] = nodes.count
            let (values, html) = attributes(of: UnsafeMutableRawPointer(current), nodeSymbols, latin1: latin1)
            nodes.append(DOTGraph.Node(name: text(agnameof(UnsafeMutableRawPointer(current)), latin1: latin1),
                                       attributes: values, htmlAttributes: html))
            node = agnxtnode(graph, current)
        }
        var edges: [(sequence: UInt, edge: DOTGraph.Edge)] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let out = edge {
                if let tail = index[stakegraph_tail(out)], let head = index[stakegraph_head(out)] {
                    let object = UnsafeMutableRawPointer(out)
                    let (values, html) = attributes(of: object, edgeSymbols, latin1: latin1)
                    edges.append((stakegraph_sequence(object),
                                  DOTGraph.Edge(tail: tail, head: head, attributes: values, htmlAttributes: html)))
                }
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        edges.sort { $0.sequence < $1.sequence }
        return DOTGraph(name: text(agnameof(UnsafeMutableRawPointer(graph)), latin1: latin1),
                        isDirected: agisdirected(graph) != 0, isStrict: agisstrict(graph) != 0,
                        attributes: attributes(of: UnsafeMutableRawPointer(graph), symbols(graph, kind: AGRAPH), latin1: latin1).values,
                        nodes: nodes, edges: edges.map(\.edge))
    }

    private static func symbols(_ graph: UnsafeMutablePointer<Agraph_t>, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var result: [UnsafeMutablePointer<Agsym_t>] = []
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            result.append(current)
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    private static func attributes(of object: UnsafeMutableRawPointer, _ symbols: [UnsafeMutablePointer<Agsym_t>],
                                   latin1: Bool) -> (values: [String: String], html: Set<String>) {
        var values: [String: String] = [:]
        var html: Set<String> = []
        for symbol in symbols {
            guard let raw = agxget(object, symbol) else { continue }
            let value = text(raw, latin1: latin1)
            guard !value.isEmpty else { continue }
            let name = text(symbol.pointee.name, latin1: latin1)
            values[name] = value
            if aghtmlstr(raw) != 0 { html.insert(name) }
        }
        return (values, html)
    }

    /// A C string from cgraph as Swift text: UTF-8, or Latin-1 when asked or when not UTF-8.
    private static func text(_ pointer: UnsafeMutablePointer<CChar>?, latin1: Bool) -> String {
        guard let pointer else { return "" }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
        if !latin1, let decoded = String(validating: bytes, as: UTF8.self) { return decoded }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
