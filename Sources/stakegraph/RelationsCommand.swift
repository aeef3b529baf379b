import ArgumentParser
import StakeGraph

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List relations, optionally of one type or involving one actor.",
        discussion: """
        One row per relation in file order: from, type, to, date and the sources of its evidence. \
        Actors may be named by id, name or alias, case-insensitively. The selection flags apply \
        (--as-of lists what was in force then). Exits 1 when no relation matches.

        Examples:
          stakegraph relations --type bans
          stakegraph relations --actor "Chris Wray" --format json
          stakegraph relations --as-of 2019-03 --window 6m
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Only relations of this type (e.g. bans, warns-against).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only relations from or to this actor (id, name or alias).", valueName: "actor"))
    var actor: String?

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    func run() throws {
        let slice = try selectionOptions.slice(try graphFile.load())
        let graph = slice.graph
        var relations = slice.relations
        if let type {
            let wanted = try graph.relationTypeIDs([type])
            relations = relations.filter { wanted.contains($0.type) }
        }
        if let actor {
            let id = try graph.findActor(actor).id
            relations = relations.filter { $0.from == id || $0.to == id }
        }
        switch format {
        case .json: try JSONOutput.print(relations.map { RelationRecord($0, in: graph) })
        case .csv:
            var csv = CSVText(["from", "to", "type", "date", "start", "end", "source", "quote"])
            for relation in relations {
                var (date, start, end) = ("", "", "")
                switch relation.span {
                case .undated: break
                case .on(let day): date = day.description
                case .interval(let from, let to): (start, end) = (from?.description ?? "", to?.description ?? "")
                }
                let first = relation.evidence.first
                csv.add([relation.from, relation.to, relation.type, date, start, end, first?.source ?? "", first?.quote ?? ""])
            }
            Terminal.write(csv.rendered)
        case .table:
            var table = TextTable(["FROM", "TYPE", "TO", "DATE", "EVIDENCE"])
            for relation in relations {
                var sources: [String] = []
                for source in relation.evidence.map(\.source) where !sources.contains(source) { sources.append(source) }
                table.add([relation.from, relation.type, relation.to, relation.span.description,
                           sources.isEmpty ? "(none)" : sources.joined(separator: ", ")])
            }
            Terminal.output(table.rendered)
        }
        if relations.isEmpty { throw CommandFailure.nothingFound("no relations match") }
    }
}
