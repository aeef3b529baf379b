import ArgumentParser
import Foundation
import StakeGraph

/// `-g/--graph PATH`: which graph file a command reads, the same for every command.
struct GraphFileOption: ParsableArguments {
    @Option(name: [.customShort("g"), .customLong("graph")],
            help: ArgumentHelp("The graph file to read.", discussion: "Default: $STAKEGRAPH_GRAPH, else the only graph file in ./Graphs.",
                               valueName: "path"))
    var path: String?

    /// The file to read: `-g`, else `$STAKEGRAPH_GRAPH`, else the only graph file in ./Graphs.
    func resolved() throws -> String { try GraphLocator.path(explicit: path) }

    /// The valid graph this option names.
    ///
    /// - Throws: `GraphFileError` (66, 65), `InvalidGraphError` (65), or a usage error when no
    ///   graph can be chosen.
    func load() throws -> StakeholderGraph { try GraphReader.load(resolved()) }
}

/// Chooses the graph file when the command line names none.
enum GraphLocator {
    static let extensions = ["yaml", "yml", "json"]

    static func path(explicit: String?) throws -> String {
        if let explicit { return explicit }
        if let fromEnvironment = ProcessInfo.processInfo.environment["STAKEGRAPH_GRAPH"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let directory = "Graphs"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
            .sorted()
        switch files.count {
        case 1: return "\(directory)/\(files[0])"
        case 0: throw CommandFailure.usage("no graph given: use -g PATH, set STAKEGRAPH_GRAPH, or run where ./Graphs holds one graph file")
        default:
            throw CommandFailure.usage("./Graphs holds \(files.count) graph files (\(files.joined(separator: ", "))); choose one with -g PATH")
        }
    }
}
