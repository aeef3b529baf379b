import ArgumentParser
import Foundation
import StakeGraph

struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write an interactive explorer: one HTML file to search, focus, filter, slide through time and read the evidence.",
        discussion: """
        The file (default Output/<graph id>-explorer.html) holds everything: the drawing (the same \
        Graphviz layout as render), the data and its own script. It makes no network request, so \
        it opens from disk, from an email attachment or in an iframe. In it: search by name, id or \
        alias; click an actor or a tie for its relations, quotes and sources; focus 1 to 3 hops \
        around an actor (+ and −); filter by relation type, polarity, mode and actor kind; slide \
        through the graph's dates, as of each date or with events in force for a window; find the \
        path between two actors (the one `stakegraph path` gives); colour by kind, stance, \
        coalition or community; copy a link that reopens the view; export the view as SVG; print it.

        The selection flags narrow what the file holds, and which relations are in force at each \
        date of the slider is decided by the same rules as --as-of and --window; --window alone \
        sets the window the slider's window mode starts with. --page none (the \
        default) draws at natural size with every edge label, for the screen; a page draws it for \
        print, as render does.

        Examples:
          stakegraph explore
          stakegraph explore --polarity hostile -o Output/hostile.html
          stakegraph explore --window 6m --issue huawei-in-5g
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var layoutTimeLimit: LayoutTimeLimit
    @OptionGroup var pageOptions: PageOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The .html file to write.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Offer stance colouring for this issue only (default: every issue).", valueName: "id"))
    var issue: String?

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.",
            completion: EngineArgument.completion, transform: EngineArgument.named)
    var engine: EngineArgument = .auto

    func validate() throws {
        if let output, output != "-", !["html", "htm"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError("the explorer is one .html file; '\(output)' does not end in .html")
        }
        try OutputPaths.check([("-o", output)], inputs: [("the graph file", graphFile.path)])
    }

    func run() throws {
        let whole = try graphFile.load()
        let issues = try IssueChoice.all(issue, in: whole)
        let slice = try selectionOptions.slice(whole)
        var diagram = DiagramOptions()
        diagram.page = pageOptions.choice(default: pageOptions.minimumFont == nil ? .none : .auto)
        diagram.minimumFont = pageOptions.minimumFont
        let page = try layoutTimeLimit.guarding { try ExplorerPage.build(slice, issues: issues, options: diagram, engine: engine.choice) }
        if let change = page.plan.change {
            Terminal.note(change.description + (engine == .auto ? " (--engine to choose another)" : ""))
        }
        for note in page.notes { Terminal.note(PageOptions.describe(note)) }
        let destination = output ?? "Output/\(whole.info.id)-explorer.html"
        let bytes = Array(page.html.utf8)
        if destination == "-" {
            Terminal.write(bytes)
        } else {
            try AtomicFile.write(bytes, to: destination)
            Terminal.error("wrote \(destination) (\(bytes.count) bytes)")
        }
    }
}
