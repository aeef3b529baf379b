import ArgumentParser
import Foundation
import NetworkAnalysis
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

        Rows are sorted by the first measure, highest first, then by id.

        Examples:
          stakegraph centrality --measure pagerank --top 10
          stakegraph centrality --measure betweenness,in-degree --polarity hostile --as-of 2019-03
          stakegraph centrality --measure hubs,authorities --format csv > hits.csv
        """
    )

    @OptionGroup var options: GraphOptions
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Measures, comma-separated.", valueName: "measure,…"))
    var measure: String = "degree"

    @Option(help: ArgumentHelp("Only the first N rows.", valueName: "n"))
    var top: Int?

    @Flag(help: "Ignore the direction of relations.")
    var undirected = false

    @Flag(help: "Print how long each phase took (load, select, compute, write) to stderr.")
    var timings = false

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
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
        let measures = try parsedMeasures()
        var clock = Timings(enabled: timings)
        let graph = try options.load()
        clock.lap("load")
        let selection = try selectionOptions.selection(for: graph)
        let selected = selection.apply(to: graph)
        selected.noteUndated(selection)
        let projection = Projection(graph, relations: selected.relations, undirected: undirected)
        clock.lap("select")
        let columns: [[Double]]
        do {
            columns = try CentralityMeasure.scores(measures, on: projection.network)
        } catch {
            throw CLIFailure.nothingFound("\(error.description); choose another measure or selection")
        }
        clock.lap("compute")
        var rows = projection.actorIDs.indices.map { vertex in
            Row(id: projection.actorID(of: vertex), name: graph.actor(id: projection.actorID(of: vertex))?.name ?? "",
                values: measures.indices.map { (measures[$0], columns[$0][vertex]) })
        }
        rows.sort { $0.values[0].1 != $1.values[0].1 ? $0.values[0].1 > $1.values[0].1 : $0.id < $1.id }
        if let top { rows = Array(rows.prefix(top)) }
        switch options.format {
        case .json: try JSONOutput.print(rows)
        case .csv:
            var csv = CSVText(["id", "name"] + measures.map(\.rawValue))
            for row in rows { csv.add([row.id, row.name] + row.values.map { String($0.1) }) }
            Terminal.write(csv.rendered)
        case .table:
            var table = TextTable(["ID", "NAME"] + measures.map { $0.rawValue.uppercased() },
                                  numericColumns: Set(2..<(2 + measures.count)))
            for row in rows { table.add([row.id, row.name] + row.values.map { String(format: "%.6f", $0.1) }) }
            Terminal.output(table.rendered)
        }
        clock.lap("write")
    }

    private func parsedMeasures() throws -> [CentralityMeasure] {
        let names = CentralityMeasure.allCases.map(\.rawValue)
        let measures = try measure.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
            .map(CentralityMeasure.named)
        guard !measures.isEmpty else { throw CLIFailure.usage("--measure needs at least one of: \(names.joined(separator: ", "))") }
        return measures
    }
}

extension CentralityMeasure {
    /// The measure a command-line name gives (any case), or a usage error with a suggestion.
    static func named(_ text: String) throws -> CentralityMeasure {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let measure = CentralityMeasure(rawValue: name) { return measure }
        let names = allCases.map(\.rawValue)
        throw CLIFailure.usage("unknown measure '\(name)'\(Suggestion.hint(for: name, in: names)) (one of: \(names.joined(separator: ", ")))")
    }
}
