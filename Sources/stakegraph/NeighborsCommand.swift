import ArgumentParser
import NetworkAnalysis
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

    @OptionGroup var options: GraphOptions
    @OptionGroup var selectionOptions: SelectionOptions

    @Argument(help: ArgumentHelp("The actor (id, name or alias).", valueName: "actor"))
    var actor: String

    @Option(help: ArgumentHelp("How many hops away to look.", valueName: "n"))
    var depth = 1

    @Option(help: "Follow relations out of the actor, into it, or both (out, in, both).",
            completion: TraversalDirection.completion, transform: TraversalDirection.named)
    var direction: TraversalDirection = .both

    struct Row: Encodable {
        var id: String
        var name: String
        var kind: String
        var hops: Int
    }

    func validate() throws {
        if depth < 1 { throw ValidationError("--depth must be at least 1") }
    }

    func run() throws {
        let graph = try options.load()
        let center: Actor
        do { center = try graph.findActor(actor) } catch { throw error.cliFailure }
        let selection = try selectionOptions.selection(for: graph)
        let selected = selection.apply(to: graph)
        selected.noteUndated(selection)
        let projection = Projection(graph, relations: selected.relations)
        let distance = projection.network.distances(from: projection.vertex(of: center.id)!, direction: direction, maxDepth: depth)
        let rows = distance.indices
            .filter { distance[$0] > 0 }
            .sorted { (distance[$0], projection.actorID(of: $0)) < (distance[$1], projection.actorID(of: $1)) }
            .compactMap { vertex -> Row? in
                guard let actor = graph.actor(id: projection.actorID(of: vertex)) else { return nil }
                return Row(id: actor.id, name: actor.name, kind: actor.kind.rawValue, hops: Int(distance[vertex]))
            }
        switch options.format {
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
            throw CLIFailure.nothingFound("no actor within \(depth) hop\(depth == 1 ? "" : "s") of \(center.name) (direction \(direction.rawValue))")
        }
    }
}
