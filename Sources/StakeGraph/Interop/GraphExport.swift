import Foundation

/// What `export` writes (see each writer for the details of its format).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// stakegraph's own format as JSON; `import` and every command read it back.
    case json
    /// stakegraph's own format as YAML, as a person would write it.
    case yaml
    /// GraphML for NetworkX, yEd, Gephi and Cytoscape.
    case graphml
    /// GEXF 1.3 with time spells, for Gephi's timeline and NetworkX.
    case gexf
    /// d3's node-link JSON, read by NetworkX's `node_link_graph(data, edges="links")`.
    case nodeLink = "node-link"
    /// Cytoscape.js elements JSON, read by NetworkX's `cytoscape_graph`.
    case cytoscape
    /// Kumu-style relations sheet (with `--actors-out` and `--sources-out` sheets).
    case csv
    /// The styled DOT the renderer lays out.
    case dot
    /// openCypher statements for Neo4j, FalkorDB and Memgraph.
    case cypher
    /// GML for NetworkX and igraph.
    case gml
    /// Pajek `.net` with signed weights and the relation type as each tie's label.
    case pajek
    /// UCINET DL (edgelist1, labels) with signed weights.
    case dl
    /// A Kumu JSON blueprint (elements, connections).
    case kumu
    /// NCOL edge list (`from to weight`) for igraph's `Read_Ncol`.
    case ncol

    /// The format a file name's extension implies, if any.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": self = .json
        case "yaml", "yml": self = .yaml
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "csv": self = .csv
        case "gv", "dot": self = .dot
        case "cypher", "cql": self = .cypher
        case "gml": self = .gml
        case "net", "paj": self = .pajek
        case "dl": self = .dl
        case "ncol": self = .ncol
        default: return nil
        }
    }
}

public enum GraphExport {
    /// `slice` in `format`: its relations and positions, and every actor, source and issue of the
    /// graph. `diagram` styles the DOT export (the renderer's options).
    public static func text(_ slice: GraphSlice, format: ExportFormat,
                            diagram: DiagramOptions = DiagramOptions()) throws(DiagramError) -> String {
        let write = try writer(slice, format: format, diagram: diagram)
        var sink = TextSink()
        write(&sink)
        return sink.collected
    }

    /// What writes `slice` in `format` into a sink, the same text as `text`: GraphML, GEXF, Cypher,
    /// JSON and CSV as they go (a relation at a time, never the whole text in memory: `AtomicFile.stream`),
    /// the other formats built whole, then written. A DOT diagram that cannot be made throws
    /// here, before anything is written.
    public static func writer(_ slice: GraphSlice, format: ExportFormat,
                              diagram: DiagramOptions = DiagramOptions()) throws(DiagramError) -> (inout TextSink) -> Void {
        let graph = slice.graph
        switch format {
        case .graphml: return { GraphMLWriter.write(graph, to: &$0) }
        case .cypher: return { CypherWriter.write(graph, to: &$0) }
        case .dot:
            let text = try Diagram.dot(for: slice, options: diagram, engine: .auto).text
            return { $0.write(text) }
        case .json: return { JSONText.write(graph, to: &$0) }
        case .yaml: return { $0.write(YAMLComment.lines("Exported by stakegraph from \(graph.path)") + "\n" + YAMLText.write(graph.document)) }
        case .gexf: return { GEXFWriter.write(slice, to: &$0) }
        case .nodeLink: return { $0.write(JSONText.write(NodeLinkWriter.nodeLink(graph))) }
        case .cytoscape: return { $0.write(JSONText.write(NodeLinkWriter.cytoscape(graph))) }
        case .csv: return { SheetWriter.relations(graph, to: &$0) }
        case .gml: return { $0.write(GMLWriter.write(graph)) }
        case .pajek: return { $0.write(PajekWriter.write(graph)) }
        case .dl: return { $0.write(DLWriter.write(graph)) }
        case .kumu: return { $0.write(KumuWriter.write(graph)) }
        case .ncol: return { $0.write(NCOLWriter.write(graph)) }
        }
    }

    /// The actors sheet that goes with a CSV export.
    public static func actorsSheet(_ slice: GraphSlice) -> String { SheetWriter.actors(slice.graph) }

    /// The sources sheet that goes with a CSV export.
    public static func sourcesSheet(_ slice: GraphSlice) -> String { SheetWriter.sources(slice.graph) }
}
