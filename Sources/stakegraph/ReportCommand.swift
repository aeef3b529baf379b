import ArgumentParser
import Foundation
import StakeGraph

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: the network, the position map, central actors, coalitions, a timeline, all cited.",
        discussion: """
        An .html path (the default: Output/<graph id>-report.html) gets one self-contained file: \
        the network and, for every issue, the position map as inline SVG, tables of positions and \
        central actors, the coalitions and communities, a timeline and every relation, each with \
        numbered references to its quotes and sources. No scripts, no external files. An .md path \
        gets the same report as Markdown, with the figures written beside it as <name>-network.svg \
        and <name>-positions.svg (<name>-positions-<issue>.svg with several issues). --issue \
        narrows the positions to one issue.

        The selection flags narrow the report (e.g. --as-of 2019-01 for the state of play then).

        Examples:
          stakegraph report
          stakegraph report -o Output/huawei-5g-report.md
          stakegraph report --as-of 2019-01 -o Output/january-2019.html
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var layoutTimeLimit: LayoutTimeLimit
    @OptionGroup var pageOptions: PageOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("An .html or .md file.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Only this issue's positions (default: a section for every issue).", valueName: "id"))
    var issue: String?

    func validate() throws {
        if let output, !["html", "htm", "md", "markdown"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError("the report is written as .html or .md; '\(output)' is neither")
        }
        try selectionOptions.requireDateForWindow()
        try OutputPaths.check([("-o", output)], inputs: [("the graph file", graphFile.path)])
    }

    func run() throws {
        let whole = try graphFile.load()
        let issues = try IssueChoice.all(issue, in: whole)
        let slice = try selectionOptions.slice(whole)
        let content = try layoutTimeLimit.guarding { try ReportContent.build(slice, issues: issues, page: pageOptions.choice(),
                                                                                     minimumFont: pageOptions.minimumFont) }
        for note in content.pageNotes { Terminal.note(PageOptions.describe(note)) }
        let document = ReportDocument(content)
        let destination = output ?? "Output/\(whole.info.id)-report.html"
        var files: [(String, String)] = []
        if ["md", "markdown"].contains((destination as NSString).pathExtension.lowercased()) {
            let stem = ((destination as NSString).lastPathComponent as NSString).deletingPathExtension
            let directory = (destination as NSString).deletingLastPathComponent
            let figureFile = { (name: String) in "\(stem)-\(name).svg" }
            for figure in document.figures {
                files.append(((directory as NSString).appendingPathComponent(figureFile(figure.name)), figure.svg))
            }
            files.append((destination, ReportMarkdown.write(document, figureFile: figureFile)))
        } else {
            files.append((destination, ReportHTML.write(document)))
        }
        for (path, text) in files {
            try AtomicFile.write(Array(text.utf8), to: path)
            Terminal.error("wrote \(path) (\(text.utf8.count) bytes)")
        }
    }
}
