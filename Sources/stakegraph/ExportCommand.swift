import ArgumentParser
import Foundation
import StakeGraph


struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph for Gephi, NetworkX, Kumu, d3, Cytoscape, Graphviz or a graph database.",
        discussion: """
        Formats (--format, or implied by the -o file's extension):
          json, yaml   stakegraph's own format (import and every command read it)
          graphml      NetworkX read_graphml, yEd, Gephi, Cytoscape: every actor
                       and relation field
          gexf         GEXF 1.3 for Gephi: dated relations carry spells, so the
                       timeline plays them
          node-link    d3-force JSON (nodes, links); NetworkX
                       node_link_graph(data, edges="links")
          cytoscape    Cytoscape.js elements JSON; NetworkX cytoscape_graph
          csv          a Kumu-style relations sheet, one row per quote;
                       --actors-out and --sources-out write the actors and
                       sources sheets; import reads all three back
          dot          the styled DOT that render lays out
          cypher       openCypher for Neo4j, FalkorDB, Memgraph (one statement
                       per line)
          gml          GML for NetworkX read_gml and igraph Read_GML: every
                       actor and relation field
          pajek        Pajek .net: signed weights (-1 hostile, 1 cooperative,
                       0 neutral), the relation type as each tie's l label
          dl           UCINET DL edgelist1 with labels and signed weights
          kumu         a Kumu JSON blueprint: evidence as connection
                       descriptions, source URLs as links
          ncol         NCOL edge list (from to weight) for igraph Read_Ncol

        Relations are numbered r1, r2 … in every format. The selection flags export \
        only the relations they keep (and, with a date, the positions taken by then); \
        every actor stays. In GEXF, each relation's spell is the days it is in force: \
        with --window, events end that long after their date. Files are written \
        atomically (a device or FIFO such as /dev/null is written through, a \
        symbolic link's file is replaced); -o, --actors-out and --sources-out must \
        name different files.

        Examples:
          stakegraph export -o Output/huawei-5g.graphml
          stakegraph export --format gexf --polarity hostile -o hostile.gexf
          stakegraph export -o relations.csv --actors-out actors.csv \\
            --sources-out sources.csv
          stakegraph export --format cypher | cypher-shell -u neo4j
          stakegraph export -o signed.net
          stakegraph export --format kumu -o blueprint.json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("json, yaml, graphml, gexf, node-link, cytoscape, csv, dot, cypher, gml, pajek, dl, kumu or ncol.", valueName: "format"),
            completion: ExportFormat.completion, transform: ExportFormat.named)
    var format: ExportFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write (default: standard output).", valueName: "path"))
    var output: String?

    @Option(name: .customLong("actors-out"), help: ArgumentHelp("With csv: also write the actors sheet here.", valueName: "path"))
    var actorsOut: String?

    @Option(name: .customLong("sources-out"), help: ArgumentHelp("With csv: also write the sources sheet here.", valueName: "path"))
    var sourcesOut: String?

    @Flag(help: "Print how long each phase took (load, select, write) to stderr.")
    var timings = false

    /// The format asked for, or the one the output file's extension implies.
    var resolvedFormat: ExportFormat? { format ?? output.flatMap { ExportFormat(path: $0) } }

    func validate() throws {
        guard let resolved = resolvedFormat else {
            throw ValidationError(output == nil || output == "-"
                ? "choose a format with --format (\(ExportFormat.names))"
                : "cannot tell the format from '\(output!)'; add --format")
        }
        if resolved != .csv && (actorsOut != nil || sourcesOut != nil) {
            throw ValidationError("--actors-out and --sources-out go with --format csv")
        }
        if resolved != .gexf { try selectionOptions.requireDateForWindow() }
        try OutputPaths.check([("-o", output), ("--actors-out", actorsOut), ("--sources-out", sourcesOut)])
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let format = resolvedFormat!
        let loaded = try graphFile.load()
        clock.lap("load")
        let slice = try selectionOptions.slice(loaded)
        clock.lap("select")
        // GraphML and Cypher go out as they are written, never whole in memory.
        let write = try GraphExport.writer(slice, format: format)
        var files: [(String, String)] = []
        if let actorsOut { files.append((actorsOut, GraphExport.actorsSheet(slice))) }
        if let sourcesOut { files.append((sourcesOut, GraphExport.sourcesSheet(slice))) }
        if let output, output != "-" {
            let count = try AtomicFile.stream(to: output, write)
            Terminal.error("wrote \(output) (\(format.rawValue), \(count) bytes)")
        } else {
            Terminal.stream(write)
        }
        for (path, content) in files {
            try AtomicFile.write(Array(content.utf8), to: path)
            Terminal.error("wrote \(path) (\(format == .csv && path != output ? "csv" : format.rawValue), \(content.utf8.count) bytes)")
        }
        clock.lap("write")
    }
}
