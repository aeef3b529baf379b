import ArgumentParser
import Foundation
import StakeGraph

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by centrality measures, with values equal to NetworkX's.",
        discussion: """
        Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).

        The selected relations are projected onto a simple directed network of all actors (parallel \
        relations collapse, undirected types count both ways, self-relations are ignored) and each \
        measure is computed with NetworkX 3.x's defaults on that DiGraph: degree measures divided by \
        n−1; closeness over incoming distances with the Wasserman–Faust correction; harmonic \
        over incoming distances, not normalised; betweenness normalised by 1/((n−1)(n−2)); \
        eigenvector over in-edges, L2-normalised; Katz with α 0.1, β 1; PageRank with α 0.85 and \
        uniform dangling; hubs and authorities (HITS) summing to 1. Iterative measures stop when the \
        L1 change falls below n·10⁻¹⁴ (NetworkX: n·10⁻⁶); one that does not converge is an error \
        (exit 1), not a number.

        Rows are sorted by the first measure, highest first, then by id. The values are computed on \
        every actor of the graph (isolated ones count in n), but only the actors with a relation in \
        the selection are listed; how many others were left out is said on stderr.

        Examples:
          stakegraph centrality --measure pagerank --top 10
          stakegraph centrality --measure betweenness --polarity hostile --as-of 2019-03
          stakegraph centrality --measure hubs,authorities --format csv > hits.csv
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Measures, comma-separated.", valueName: "measure,…"), transform: CentralityMeasure.list)
    var measure: [CentralityMeasure] = [.degree]

    @Option(parsing: .unconditional, help: ArgumentHelp("Only the first N rows.", valueName: "n"))
    var top: Int?

    @Flag(help: "Ignore the direction of relations.")
    var undirected = false

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    @Flag(help: "Print how long each phase took (load, select, project, compute, write) to stderr.")
    var timings = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        let names = measure.map(\.rawValue)
        if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw ValidationError("--measure names \(twice) twice; give each measure once")
        }
        try selectionOptions.requireDateForWindow()
    }

    /// One actor's row: JSON `{"id","name",<measure>: value,…}`.
    struct Row: Encodable {
        var id: String
        var name: String
        var values: [(CentralityMeasure, Double)]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(id, forKey: Key(stringValue: "id"))
            try container.encode(name, forKey: Key(stringValue: "name"))
            for (measure, value) in values { try container.encode(value, forKey: Key(stringValue: measure.rawValue)) }
        }
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let graph = try graphFile.load()
        clock.lap("load")
        let slice = try selectionOptions.slice(graph)
        clock.lap("select")
        let ranking = try CentralityRanking(slice, measures: measure, undirected: undirected,
                                            projected: { clock.lap("project") }, computed: { clock.lap("compute") })
        clock.lap("rank")
        var rows = ranking.rows.map { Row(id: $0.actor.id, name: $0.actor.name, values: Array(zip(measure, $0.values))) }
        if let top { rows = Array(rows.prefix(top)) }
        if ranking.leftOut > 0 {
            Terminal.note("\(counted(ranking.leftOut, "actor")) without relations in this selection not shown")
        }
        switch format {
        case .json: try JSONOutput.print(rows)
        case .csv:
            var csv = CSVText(["id", "name"] + measure.map(\.rawValue))
            for row in rows { csv.add([row.id, row.name] + row.values.map { String($0.1) }) }
            Terminal.write(csv.rendered)
        case .table:
            var table = TextTable(["ID", "NAME"] + measure.map { $0.rawValue.uppercased() },
                                  numericColumns: Set(2..<(2 + measure.count)))
            for row in rows { table.add([row.id, row.name] + row.values.map { String(format: "%.6f", $0.1) }) }
            Terminal.output(table.rendered)
        }
        clock.lap("write")
        if rows.isEmpty { throw CommandFailure.nothingFound("no actor has a relation in this selection") }
    }
}

extension CentralityMeasure {
    /// Measures from a comma-separated list (any case), for `--measure`.
    static func list(_ text: String) throws -> [CentralityMeasure] {
        let measures = try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { try CentralityMeasure.named($0) }
        guard !measures.isEmpty else { throw UnknownChoice(value: text, names: allCases.map(\.rawValue)) }
        return measures
    }
}
