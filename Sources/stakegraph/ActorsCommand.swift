import ArgumentParser
import StakeGraph

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors, optionally of one kind.",
        discussion: """
        One row per actor, sorted by id, with its kind, country and the number of relations it \
        takes part in. Exits 1 when no actor matches.

        Examples:
          stakegraph actors
          stakegraph actors --kind official --format json

        Kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).
        """
    )

    @OptionGroup var options: GraphOptions

    @Option(help: ArgumentHelp("Only actors of this kind.", valueName: "kind"))
    var kind: String?

    func run() throws {
        let graph = try options.load()
        var actors = graph.actors.sorted { $0.id < $1.id }
        if let kind {
            guard let wanted = ActorKind(rawValue: kind.lowercased()) else {
                let names = ActorKind.allCases.map(\.rawValue)
                throw CLIFailure.usage("unknown actor kind '\(kind)'\(Suggestion.hint(for: kind, in: names)) (one of: \(names.joined(separator: ", ")))")
            }
            actors = actors.filter { $0.kind == wanted }
        }
        switch options.format {
        case .json: try JSONOutput.print(actors.map(ActorRecord.init))
        case .csv:
            var csv = CSVText(["id", "name", "kind", "country", "aliases", "description"])
            for actor in actors {
                csv.add([actor.id, actor.name, actor.kind.rawValue, actor.country ?? "", actor.aliases.joined(separator: "|"), actor.description ?? ""])
            }
            Terminal.write(csv.rendered)
        case .table:
            let degree = Dictionary(graph.relations.flatMap { [($0.from, 1), ($0.to, 1)] }, uniquingKeysWith: +)
            var table = TextTable(["ID", "NAME", "KIND", "COUNTRY", "RELATIONS"], numericColumns: [4])
            for actor in actors {
                table.add([actor.id, actor.name, actor.kind.rawValue, actor.country ?? "", String(degree[actor.id] ?? 0)])
            }
            Terminal.output(table.rendered)
        }
        if actors.isEmpty { throw CLIFailure.nothingFound("no actors of kind '\(kind ?? "")'") }
    }
}
