import ArgumentParser
import Foundation
import StakeGraph

/// How results are printed.
enum OutputFormat: String, CaseIterable {
    case table, json, csv
}

/// The options every query command shares: which graph to read and how to print.
struct GraphOptions: ParsableArguments {
    @Option(name: [.short, .customLong("graph")],
            help: ArgumentHelp("The graph file to read.", discussion: "Default: $STAKEGRAPH_GRAPH, else the only graph file in ./Graphs.",
                               valueName: "path"))
    var graph: String?

    @Option(help: "Output format: table, json or csv (csv for listings).", completion: OutputFormat.completion, transform: OutputFormat.named)
    var format: OutputFormat = .table

    init() {}

    /// Options for a command that takes the graph some other way (e.g. as an argument).
    init(graph: String?) { self.graph = graph }

    /// Reads the selected graph; prints its errors and fails with 65 if it is invalid, 66 if it
    /// cannot be read, 64 if no graph can be chosen.
    func load() throws -> StakeholderGraph {
        let path = try GraphLocator.path(explicit: graph)
        let result: GraphReadResult
        do {
            result = try GraphReader.read(contentsOf: path)
        } catch {
            throw error.cliFailure
        }
        if result.diagnostics.hasErrors {
            for diagnostic in result.diagnostics.sorted where diagnostic.severity == .error {
                Terminal.error(diagnostic.description)
            }
            let count = result.diagnostics.errors.count
            throw CLIFailure.invalidData("\(path) is not a valid graph (\(count) error\(count == 1 ? "" : "s")); fix \(count == 1 ? "it" : "them") and run 'stakegraph validate \(path)'")
        }
        return result.graph
    }
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
        case 0: throw CLIFailure.usage("no graph given: use -g PATH, set STAKEGRAPH_GRAPH, or run where ./Graphs holds one graph file")
        default:
            throw CLIFailure.usage("./Graphs holds \(files.count) graph files (\(files.joined(separator: ", "))); choose one with -g PATH")
        }
    }
}
