import ArgumentParser
import StakeGraph

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors, optionally of one kind.",
        discussion: """
        One row per actor, sorted by id, with its kind, country and the number of relations it \
        takes part in (among those the selection flags keep). Exits 1 when no actor matches.

        Examples:
          stakegraph actors
          stakegraph actors --kind official --format json
          stakegraph actors --polarity hostile --as-of 2019-03

        Kinds: \(ActorKind.names).
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Only actors of this kind.", valueName: "kind"), completion: ActorKind.completion, transform: ActorKind.named)
    var kind: ActorKind?

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    func run() throws {
        let slice = try selectionOptions.slice(try graphFile.load())
        var actors = slice.graph.actors.sorted { $0.id < $1.id }
        if let kind { actors = actors.filter { $0.kind == kind } }
        switch format {
        case .json: try JSONOutput.print(actors.map(ActorRecord.init))
        case .csv:
            var csv = CSVText(["id", "name", "kind", "country", "aliases", "description"])
            for actor in actors {
                csv.add([actor.id, actor.name, actor.kind.rawValue, actor.country ?? "", actor.aliases.joined(separator: "|"), actor.description ?? ""])
            }
            Terminal.write(csv.rendered)
        case .table:
            let degree = Dictionary(slice.relations.flatMap { [($0.from, 1), ($0.to, 1)] }, uniquingKeysWith: +)
            var table = TextTable(["ID", "NAME", "KIND", "COUNTRY", "RELATIONS"], numericColumns: [4])
            for actor in actors {
                table.add([actor.id, actor.name, actor.kind.rawValue, actor.country ?? "", String(degree[actor.id] ?? 0)])
            }
            Terminal.output(table.rendered)
        }
        if actors.isEmpty { throw CommandFailure.nothingFound("no actors of kind '\(kind?.rawValue ?? "")'") }
    }
}
