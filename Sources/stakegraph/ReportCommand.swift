import ArgumentParser
import Foundation
import Graphviz
import StakeGraph

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: the network, the position map, central actors, coalitions, a timeline, all cited.",
        discussion: """
        An .html path (the default: Output/<graph id>-report.html) gets one self-contained file: \
        the network and the position map as inline SVG, tables of positions and central actors, the \
        coalitions and communities, a timeline and every relation, each with numbered references to \
        its quotes and sources. No scripts, no external files. An .md path gets Markdown, with the two \
        figures written beside it as <name>-network.svg and <name>-positions.svg.

        The selection flags narrow the report (e.g. --as-of 2019-01 for the state of play then).

        Examples:
          stakegraph report
          stakegraph report -o Output/huawei-5g-report.md
          stakegraph report --as-of 2019-01 -o Output/january-2019.html
        """
    )

    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var layoutTimeLimit: LayoutTimeLimit

    @Option(name: [.short, .customLong("graph")],
            help: ArgumentHelp("The graph file to read.", discussion: "Default: $STAKEGRAPH_GRAPH, else the only graph file in ./Graphs.",
                               valueName: "path"))
    var graph: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("An .html or .md file.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("The issue of the positions section (default: the graph's only issue).", valueName: "id"))
    var issue: String?

    func validate() throws {
        if let output, !["html", "htm", "md", "markdown"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError("the report is written as .html or .md; '\(output)' is neither")
        }
    }

    func run() throws {
        let whole = try GraphOptions(graph: graph).load()
        let sliced = try selectionOptions.slice(whole)
        let chosen = issue != nil || whole.issues.count == 1 ? try IssueChoice.resolve(issue, in: whole) : nil
        let content: ReportContent
        do {
            content = try layoutTimeLimit.guarding {
                try ReportContent.build(sliced, whole: whole, issue: chosen, selectionNote: selectionOptions.summary)
            }
        } catch let error as GraphvizError {
            throw CLIFailure.rendering(error.description)
        } catch let error as DiagramError {
            throw error.cliFailure
        } catch {
            throw CLIFailure.nothingFound("\(error)")
        }
        let destination = output ?? "Output/\(whole.info.id)-report.html"
        var files: [(String, String)] = []
        if ["md", "markdown"].contains((destination as NSString).pathExtension.lowercased()) {
            let stem = ((destination as NSString).lastPathComponent as NSString).deletingPathExtension
            let directory = (destination as NSString).deletingLastPathComponent
            let network = "\(stem)-network.svg", positions = content.positionMapSVG == nil ? nil : "\(stem)-positions.svg"
            files.append(((directory as NSString).appendingPathComponent(network), content.networkSVG))
            if let positions, let map = content.positionMapSVG { files.append(((directory as NSString).appendingPathComponent(positions), map)) }
            files.append((destination, ReportMarkdown.write(content, networkImage: network, positionsImage: positions)))
        } else {
            files.append((destination, ReportHTML.write(content)))
        }
        for (path, text) in files {
            do { try AtomicFile.write(Array(text.utf8), to: path) } catch { throw CLIFailure.rendering(error.description) }
            Terminal.error("wrote \(path) (\(text.utf8.count) bytes)")
        }
    }
}
