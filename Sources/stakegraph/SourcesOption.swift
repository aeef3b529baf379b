import ArgumentParser
import Foundation
import StakeGraph

/// `--sources DIR`: the folder holding the sources' text files, for `sources` and `suggest`.
struct SourcesOption: ParsableArguments {
    @Option(help: ArgumentHelp("The folder with the sources' text files (each source's 'file' inside it); default: the graph's own sources-dir.", valueName: "dir"))
    var sources: String?

    /// The folder of `graph`'s texts: `--sources`, else the graph file's `sources-dir`.
    func directory(of graph: StakeholderGraph) throws -> String {
        guard let directory = sources ?? graph.sourcesDirectory else {
            throw CommandFailure.usage("say where the sources' texts are: --sources DIR, or sources-dir in the graph file's header")
        }
        return directory
    }

    /// The sources' texts of `graph`; notes on stderr for sources that cannot be read.
    func texts(of graph: StakeholderGraph) throws -> SourceTexts {
        let directory = try directory(of: graph)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure.unreadable("\(directory): no such folder")
        }
        let texts = SourceTexts(graph, directory: directory)
        for problem in texts.problems { Terminal.note(problem.description) }
        return texts
    }
}
