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
        let graph = slice.graph
        switch format {
        case .json: return JSONText.write(graph.document)
        case .yaml: return YAMLComment.lines("Exported by stakegraph from \(graph.path)") + "\n" + YAMLText.write(graph.document)
        case .graphml: return GraphMLWriter.write(graph)
        case .gexf: return GEXFWriter.write(slice)
        case .nodeLink: return JSONText.write(NodeLinkWriter.nodeLink(graph))
        case .cytoscape: return JSONText.write(NodeLinkWriter.cytoscape(graph))
        case .csv: return SheetWriter.relations(graph)
        case .dot: return try Diagram.dot(for: slice, options: diagram, engine: .auto).text
        case .cypher: return CypherWriter.write(graph)
        case .gml: return GMLWriter.write(graph)
        case .pajek: return PajekWriter.write(graph)
        case .dl: return DLWriter.write(graph)
        case .kumu: return KumuWriter.write(graph)
        case .ncol: return NCOLWriter.write(graph)
        }
    }

    /// The actors sheet that goes with a CSV export.
    public static func actorsSheet(_ slice: GraphSlice) -> String { SheetWriter.actors(slice.graph) }

    /// The sources sheet that goes with a CSV export.
    public static func sourcesSheet(_ slice: GraphSlice) -> String { SheetWriter.sources(slice.graph) }
}
