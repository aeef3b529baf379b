import ArgumentParser
import Foundation
import StakeGraph

@main
struct Stakegraph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stakegraph",
        abstract: "Explore stakeholder-position graphs: actors, typed and evidenced relations, stances.",
        discussion: """
        A graph is a YAML (or JSON) file of actors, relations with quotes from sources, issues and \
        positions. Every command reads it with -g/--graph PATH (default: $STAKEGRAPH_GRAPH, else the \
        only graph file in ./Graphs).

        Text output (tables, cards, messages) shows control characters in names as escapes \
        (Clear\\x1B[2J, \\u{202E}); --format json and csv keep the values, and csv writes a \
        cell that starts like a formula (=, +, -, @, tab) with a leading '.

        Examples:
          stakegraph validate Graphs/huawei-5g.yaml --sources ../shared/seeds
          stakegraph show "FBI Director Chris Wray"
          stakegraph relations --type bans --format json
          stakegraph import relations.csv --actors actors.csv -o Graphs/mine.yaml
          stakegraph export -o Output/huawei-5g.graphml

        Exit codes: 0 success, 1 nothing found, 64 usage error, 65 invalid graph data,
        66 input file missing or unreadable, 70 rendering failed, 74 stdout or stderr
        cannot be written.
        """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, ActorsCommand.self, RelationsCommand.self, ShowCommand.self, StatsCommand.self,
            RenderCommand.self, PathCommand.self, NeighborsCommand.self, CentralityCommand.self,
            PositionsCommand.self, TimelineCommand.self, DiffCommand.self, CoalitionsCommand.self, CommunitiesCommand.self,
            ReportCommand.self, ExploreCommand.self, SourcesCommand.self, SuggestCommand.self, ImportCommand.self, ExportCommand.self,
        ]
    )

    /// Runs the command; every failure goes through `ExitMessage`, the one table of messages and
    /// exit codes.
    static func main() {
        DescriptorWriter.reserveClosedStandardStreams()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let message = ExitMessage(error) else {
                // ArgumentParser's usage errors quote the values typed; they go to stderr with
                // their control characters escaped. Help and version go out as ArgumentParser
                // writes them.
                let code = exitCode(for: error)
                if code.isSuccess { exit(withError: error) }
                Terminal.error(fullMessage(for: error))
                Foundation.exit(code.rawValue)
            }
            for line in message.lines { Terminal.error(line) }
            Foundation.exit(message.code)
        }
    }
}
