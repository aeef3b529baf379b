import ArgumentParser
import StakeGraph

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the actors within N hops of an actor.",
        discussion: """
        Follows the selected relations out of the actor (--direction out), into it (in) or both \
        ways (both, the default) and lists every actor reached with its distance in hops, nearest \
        first. Exits 1 when no actor is reached.

        Examples:
          stakegraph neighbors huawei
          stakegraph neighbors "Chris Wray" --depth 2 --direction out
          stakegraph neighbors zte --polarity hostile --format csv
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Argument(help: ArgumentHelp("The actor (id, name or alias).", valueName: "actor"))
    var actor: String

    @Option(parsing: .unconditional, help: ArgumentHelp("How many hops away to look.", valueName: "n"))
    var depth = 1

    @Option(help: "Follow relations out of the actor, into it, or both (out, in, both).",
            completion: Direction.completion, transform: Direction.named)
    var direction: Direction = .both

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    struct Row: Encodable {
        var id: String
        var name: String
        var kind: String
        var hops: Int
    }

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
        try selectionOptions.requireDateForWindow()
    }

    func run() throws {
        let graph = try graphFile.load()
        let center = try graph.findActor(actor)
        let slice = try selectionOptions.slice(graph)
        let rows = slice.neighbours(of: center.id, depth: depth, direction: direction).map {
            Row(id: $0.actor.id, name: $0.actor.name, kind: $0.actor.kind.rawValue, hops: $0.hops)
        }
        switch format {
        case .json: try JSONOutput.print(rows)
        case .csv:
            var csv = CSVText(["id", "name", "kind", "hops"])
            for row in rows { csv.add([row.id, row.name, row.kind, String(row.hops)]) }
            Terminal.write(csv.rendered)
        case .table:
            var table = TextTable(["ID", "NAME", "KIND", "HOPS"], numericColumns: [3])
            for row in rows { table.add([row.id, row.name, row.kind, String(row.hops)]) }
            Terminal.output(table.rendered)
        }
        if rows.isEmpty {
            throw CommandFailure.nothingFound("no actor within \(counted(depth, "hop")) of \(center.name) (direction \(direction.rawValue))")
        }
    }
}
