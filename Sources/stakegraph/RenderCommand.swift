import ArgumentParser
import Foundation
import Graphviz
import StakeGraph

/// What `render` can write: a Graphviz format or the DOT text itself.
enum DiagramFormat: String, CaseIterable {
    case svg, png, pdf, dot
}

enum EngineArgument: String, CaseIterable {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    var choice: EngineChoice { self == .auto ? .auto : .fixed(LayoutEngine(rawValue: rawValue)!) }
}

enum ColorBy: String, CaseIterable {
    case kind, stance
}

enum ClusterBy: String, CaseIterable {
    case country
}

/// What `render` draws: the network of relations, or the position map of an issue.
enum RenderView: String, CaseIterable {
    case graph, positions
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph through Graphviz to SVG, PNG, PDF or styled DOT.",
        discussion: """
        Node shape and colour show the actor kind (or, with --color-by stance, its declared stance); \
        edge colour shows polarity (red hostile, green cooperative, grey neutral), dashed lines are \
        verbal, solid material, thin grey structural. Hovering an edge shows its quotes and sources; \
        nodes and edges carry ids and classes (actor-huawei; relation hostile verbal bans) for styling.

        The selection flags (--relation, --polarity, --mode, --as-of, --between) draw only the \
        relations they keep; every actor stays. The default output is Output/<graph id>.<format>; -o - writes to standard output. The file is \
        replaced atomically: a failed render leaves the previous one as it was.

        --engine auto uses dot for small graphs and drops edge labels or switches to sfdp for large \
        ones (and says so on stderr).

        --frames D1,D2,… writes one picture per date (the relations in force as of each), all with \
        the same layout, so an actor stays in the same place from frame to frame: \
        Output/<graph id>-<date>.svg, or in the directory -o names, or -o with {date} in the name.

        --view positions draws the position map of an issue instead: each actor with a stance at \
        its stance (declared, else inferred; see 'stakegraph positions') across, its power (--power, \
        default PageRank on the whole graph) up, sized by power and coloured by stance; \
        --relations adds the relations between them, faintly. Default output: \
        Output/<graph id>-positions.svg.

        Examples:
          stakegraph render Graphs/huawei-5g.yaml
          stakegraph render --focus huawei --depth 1 -o Output/huawei-focus.svg
          stakegraph render --highlight-path "Chris Wray" huawei --format png
          stakegraph render --color-by stance --issue huawei-in-5g --cluster-by country
          stakegraph render --polarity hostile --as-of 2019-03 -o Output/hostile-2019-03.svg
          stakegraph render --view positions --issue huawei-in-5g
          stakegraph render --frames 2018-06,2019-01,2019-03,2019-06 -o Output/frames
        """
    )

    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var layoutTimeLimit: LayoutTimeLimit

    @Argument(help: ArgumentHelp("The graph file (instead of -g).", valueName: "file"))
    var file: String?

    @Option(name: [.short, .customLong("graph")], help: ArgumentHelp("The graph file to read.", valueName: "path"))
    var graph: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: "svg, png, pdf or dot.", completion: DiagramFormat.completion, transform: DiagramFormat.named)
    var format: DiagramFormat = .svg

    @Option(help: "graph (the relations) or positions (the position map of --issue).",
            completion: RenderView.completion, transform: RenderView.named)
    var view: RenderView = .graph

    @Option(help: ArgumentHelp("With --view positions: the centrality measure used as power (default pagerank).", valueName: "measure"))
    var power = "pagerank"

    @Flag(help: "With --view positions: draw the relations between the actors, faintly.")
    var relations = false

    @Option(help: ArgumentHelp("One picture per date, as of each, all with the same layout.", valueName: "date,…"))
    var frames: String?

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.",
            completion: EngineArgument.completion, transform: EngineArgument.named)
    var engine: EngineArgument = .auto

    @Option(help: ArgumentHelp("Draw only the actors near this one (id, name or alias).", valueName: "actor"))
    var focus: String?

    @Option(help: ArgumentHelp("With --focus: how many hops around it, in either direction.", valueName: "n"))
    var depth = 1

    @Option(name: .customLong("highlight-path"), parsing: .upToNextOption,
            help: ArgumentHelp("Emphasise a shortest path between two actors.", valueName: "from to"))
    var highlightPath: [String] = []

    @Option(name: .customLong("color-by"), help: "Colour nodes by kind or by stance (with --issue).",
            completion: ColorBy.completion, transform: ColorBy.named)
    var colorBy: ColorBy = .kind

    @Option(help: ArgumentHelp("The issue whose stances --color-by stance shows.", valueName: "id"))
    var issue: String?

    @Option(name: .customLong("cluster-by"), help: "Group actors in boxes: country.",
            completion: ClusterBy.completion, transform: ClusterBy.named)
    var clusterBy: ClusterBy?

    @Flag(name: .customLong("no-edge-labels"), help: "Leave relation labels off the edges (tooltips keep them).")
    var noEdgeLabels = false

    @Flag(help: "Leave the legend out.")
    var noLegend = false

    @Flag(help: "Print how long each phase took (load, layout, write) to stderr.")
    var timings = false

    func validate() throws {
        if file != nil && graph != nil { throw ValidationError("give the graph either as FILE or with -g, not both") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if !highlightPath.isEmpty && highlightPath.count != 2 {
            throw ValidationError("--highlight-path takes two actors: FROM TO")
        }
        if colorBy == .stance && issue == nil { throw ValidationError("--color-by stance needs --issue ID") }
        if frames != nil && (selectionOptions.asOf != nil || !selectionOptions.between.isEmpty || view == .positions || clusterBy != nil) {
            throw ValidationError("--frames sets the date of each picture; leave out --as-of, --between, --view positions and --cluster-by")
        }
        if frames != nil, let output, output == "-" { throw ValidationError("--frames writes several files; give -o a directory or a name with {date}") }
        if view == .positions && (focus != nil || !highlightPath.isEmpty || clusterBy != nil || colorBy == .stance) {
            throw ValidationError("--view positions cannot be combined with --focus, --highlight-path, --cluster-by or --color-by")
        }
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let options = GraphOptions(graph: file ?? graph)
        var graph = try options.load()
        clock.lap("load")
        if view == .positions { return try renderPositionMap(graph, clock: &clock) }
        let selection = try selectionOptions.selection(for: graph)
        if selection != Selection() {
            let selected = selection.apply(to: graph)
            selected.noteUndated(selection)
            graph.relations = selected.relations
        }
        var diagram = DiagramOptions()
        diagram.selectionNote = selectionOptions.summary
        do {
            diagram.focus = try focus.map { try graph.findActor($0).id }
            if highlightPath.count == 2 {
                diagram.highlightPath = (try graph.findActor(highlightPath[0]).id, try graph.findActor(highlightPath[1]).id)
            }
        } catch let error as ActorLookupError {
            throw error.cliFailure
        }
        diagram.depth = depth
        diagram.edgeLabels = !noEdgeLabels
        diagram.legend = !noLegend
        diagram.clusterByCountry = clusterBy == .country
        if colorBy == .stance, let issue { diagram.coloring = .stance(issue: issue) }

        if let frames { return try renderFrames(graph, dates: frames, diagram: diagram, clock: &clock) }
        let bytes: [UInt8]
        let plan: LayoutPlan
        do {
            if format == .dot {
                let result = try Diagram.dot(for: graph, options: diagram, engine: engine.choice)
                (bytes, plan) = (Array(result.text.utf8), result.plan)
            } else {
                let result = try layoutTimeLimit.guarding {
                    try Diagram.render(graph, options: diagram, engine: engine.choice,
                                       format: Graphviz.OutputFormat(rawValue: format.rawValue)!)
                }
                (bytes, plan) = (result.bytes, result.plan)
            }
        } catch let error as DiagramError {
            throw error.cliFailure
        } catch let error as GraphvizError {
            throw CLIFailure.rendering(error.description)
        }
        clock.lap(format == .dot ? "dot" : "layout")
        if let note = plan.note { Terminal.error("stakegraph: note: \(note)") }

        try write(bytes, to: output ?? "Output/\(graph.info.id).\(format.rawValue)", engine: plan.engine, clock: &clock)
    }

    /// `--frames`: one file per date, `Output/<id>-<date>.<format>` or as `-o` says (a directory,
    /// or a name with `{date}`).
    private func renderFrames(_ graph: StakeholderGraph, dates text: String, diagram: DiagramOptions, clock: inout Timings) throws {
        guard format != .dot else { throw CLIFailure.usage("--frames draws pictures; choose svg, png or pdf") }
        let dates = try text.split(separator: ",").map { part -> PartialDate in
            do { return try PartialDate(parsing: part.trimmingCharacters(in: .whitespaces)) } catch { throw CLIFailure.usage("--frames: \(error)") }
        }
        guard !dates.isEmpty else { throw CLIFailure.usage("--frames needs at least one date") }
        guard dates == dates.sorted(), Set(dates).count == dates.count else {
            throw CLIFailure.usage("--frames: give the dates in order, each once")
        }
        let selection = try selectionOptions.selection(for: graph)
        let rendered: [(date: PartialDate, rendering: Diagram.Rendering)]
        do {
            rendered = try layoutTimeLimit.guarding {
                try Diagram.frames(graph, dates: dates, selection: selection, options: diagram,
                                   format: Graphviz.OutputFormat(rawValue: format.rawValue)!)
            }
        } catch let error as DiagramError {
            throw error.cliFailure
        } catch let error as GraphvizError {
            throw CLIFailure.rendering(error.description)
        }
        clock.lap("layout")
        for (date, rendering) in rendered {
            let name = "\(graph.info.id)-\(date).\(format.rawValue)"
            let destination: String
            if let output {
                destination = output.contains("{date}") ? output.replacingOccurrences(of: "{date}", with: date.description)
                    : (output as NSString).appendingPathComponent(name)
            } else {
                destination = "Output/\(name)"
            }
            try write(rendering.bytes, to: destination, engine: .neato, clock: &clock)
        }
    }

    /// `--view positions`: the position map, laid out by neato with every actor pinned.
    private func renderPositionMap(_ graph: StakeholderGraph, clock: inout Timings) throws {
        let issue = try IssueChoice.resolve(self.issue, in: graph)
        let sliced = try selectionOptions.slice(graph)
        let measure = try CentralityMeasure.named(power)
        let rows = PositionAnalysis.positions(on: issue, in: sliced, power: try PowerScores.compute(measure, on: graph))
        guard rows.contains(where: { $0.placement != nil }) else {
            throw CLIFailure.nothingFound("no actor has a declared or inferred stance on '\(issue.id)'; add positions or give the issue a subject")
        }
        var mapOptions = PositionMapWriter.Options()
        mapOptions.powerName = measure == .pagerank ? "PageRank" : measure.rawValue
        mapOptions.relations = relations
        mapOptions.selectionNote = selectionOptions.summary
        mapOptions.urlsForXML = format == .svg
        let dot = PositionMapWriter(graph: sliced, issue: issue, rows: rows, options: mapOptions).dot()
        clock.lap("positions")
        let bytes: [UInt8]
        if format == .dot {
            bytes = Array(dot.utf8)
        } else {
            do {
                bytes = try layoutTimeLimit.guarding {
                    try Renderer.render(dot: dot, engine: .neato, format: Graphviz.OutputFormat(rawValue: format.rawValue)!)
                }
            } catch {
                throw CLIFailure.rendering("\(error)")
            }
        }
        clock.lap("layout")
        try write(bytes, to: output ?? "Output/\(graph.info.id)-positions.\(format.rawValue)", engine: .neato, clock: &clock)
    }

    /// Writes to `destination` atomically, or to standard output for "-".
    private func write(_ bytes: [UInt8], to destination: String, engine: LayoutEngine, clock: inout Timings) throws {
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            clock.lap("write")
            return
        }
        do {
            try AtomicFile.write(bytes, to: destination)
        } catch {
            throw CLIFailure.rendering(error.description)
        }
        clock.lap("write")
        Terminal.error("wrote \(destination) (\(engine.rawValue), \(bytes.count) bytes)")
    }
}
