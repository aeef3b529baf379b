import CGraphviz

/// A Graphviz layout program.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layers; best for small directed graphs.
    case dot
    /// Spring model (stress majorisation); respects pinned `pos` attributes.
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed; fast on large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root.
    case twopi
}

/// A format Graphviz writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// Graphviz's `plain` text: node and edge coordinates after layout.
    case plain

    /// The `-T` name of the Graphviz renderer. PNG and PDF go through cairo for antialiased text.
    var graphvizName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        case .plain: return "plain"
        }
    }
}

/// Lays out DOT text and renders it, in process, through libgvc.
public enum Renderer {
    /// Renders `dot` (DOT language text) with `engine` into `format`.
    ///
    /// Every call is serialised with all other Graphviz calls of the process; the graph, its
    /// layout and the output buffer are freed before returning.
    ///
    /// - Throws: `GraphvizError` with Graphviz's own messages when the text is not DOT, the
    ///   layout fails or the format is not available.
    public static func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try GraphvizLibrary.withContext { context throws(GraphvizError) -> [UInt8] in
            // The lexer's buffer and line counter are global and survive a failed read; reset
            // both so that one bad input cannot disturb the next or its messages' line numbers.
            aglexbad()
            agreadline(1)
            var text = dot
            guard let graph = text.withUTF8({ buffer in
                buffer.withMemoryRebound(to: CChar.self) { stakegraph_read_dot($0.baseAddress, $0.count) }
            }) else {
                throw failure("Graphviz could not read the DOT text")
            }
            defer { stakegraph_close(graph) }
            // Engines draw from rand()/drand48() without seeding them: start each layout from
            // the state a fresh process has, so the n-th render in a process equals the first.
            stakegraph_reset_random_state()
            guard gvLayout(context, graph, engine.rawValue) == 0 else {
                var error = failure("Graphviz could not lay out the graph with \(engine.rawValue)")
                if error.message.contains("not recognized") {
                    error.message += " (Graphviz's layout plugins are missing: reinstall libgvc6, or unset GVBINDIR)"
                }
                throw error
            }
            defer { gvFreeLayout(context, graph) }
            // Last-bit noise (prism overlap removal sums in the order of a pointer-keyed hash)
            // would show in PDF's six decimals; dot does not use prism and stays as `dot -T` draws.
            if engine != .dot { stakegraph_quantize_layout(graph) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(context, graph, format.graphvizName, &buffer, &length) == 0, let buffer else {
                throw failure("Graphviz could not render \(format.rawValue)")
            }
            defer { gvFreeRenderData(buffer) }
            var count = Int(length)
            if format == .pdf {
                // cairo 1.16 stamps the time of rendering (in the local zone) into the PDF.
                var digits = [CChar](repeating: 0, count: 15)
                stakegraph_pdf_date_digits(&digits)
                count = stakegraph_normalize_pdf_date(buffer, count, digits)
            }
            return buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
                Array(UnsafeBufferPointer(start: $0, count: count))
            }
        }
    }

    /// Lays out `dot` with `engine` and returns every node's centre in inches, by node name, as
    /// Graphviz's `plain` output gives them (origin at the lower left).
    public static func nodePositions(dot: String, engine: LayoutEngine) throws(GraphvizError) -> [String: (x: Double, y: Double)] {
        let bytes = try render(dot: dot, engine: engine, format: .plain)
        var positions: [String: (x: Double, y: Double)] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("node ") {
            var rest = line.dropFirst(5)
            let name: String
            if rest.first == "\"" {
                // A quoted name: up to the next unescaped quote.
                var text = "", escaped = false
                rest = rest.dropFirst()
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped { text.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break } else { text.append(character) }
                }
                name = text
            } else {
                name = String(rest.prefix { $0 != " " })
                rest = rest.dropFirst(name.count)
            }
            let numbers = rest.split(separator: " ").prefix(2).compactMap { Double($0) }
            if numbers.count == 2 { positions[name] = (numbers[0], numbers[1]) }
        }
        return positions
    }

    private static func failure(_ message: String) -> GraphvizError {
        let said = GraphvizLibrary.collectedMessages
        return GraphvizError(message: said.isEmpty ? message : "\(message): \(said.joined(separator: " "))")
    }
}
