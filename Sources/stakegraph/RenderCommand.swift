import ArgumentParser
import Foundation
import StakeGraph

/// How `render` colours nodes.
enum ColorBy: String, CaseIterable, NamedChoice {
    case kind, stance
}

/// How `render` groups actors in boxes.
enum ClusterBy: String, CaseIterable, NamedChoice {
    case country
}

/// What `render` draws: the network of relations, or the position map of an issue.
enum RenderView: String, CaseIterable, NamedChoice {
    case graph, positions
}

/// `--engine`: a layout program, or auto.
enum EngineArgument: String, CaseIterable, NamedChoice {
    case auto, dot, neato, fdp, sfdp, circo, twopi

    var choice: EngineChoice { self == .auto ? .auto : .fixed(DiagramEngine(rawValue: rawValue)!) }
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

        The selection flags (--relation, --polarity, --mode, --as-of, --between, --window) draw only \
        the relations they keep, and colour by the stances taken by then; every actor stays. The \
        default output is Output/<graph id>.<format>; -o - writes to standard output. The file is \
        replaced atomically: a failed render leaves the previous one as it was.

        --engine auto uses dot for small graphs and drops edge labels or switches to sfdp for large \
        ones (and says so on stderr).

        --frames D1,D2,… writes one picture per date (the relations in force as of each), all with \
        the same layout, so an actor stays in the same place from frame to frame: \
        Output/<graph id>-<date>.svg, or in the directory -o names, or -o with {date} in the name. \
        At most 100 dates.

        --view positions draws the position map of an issue instead: each actor with a stance at \
        its stance (declared, else inferred; see 'stakegraph positions') across, its power (--power, \
        default PageRank on the whole graph) up, sized by power and coloured by stance; \
        --relations adds the relations between them, faintly. Default output: \
        Output/<graph id>-positions.svg.

        Examples:
          stakegraph render Graphs/huawei-5g.yaml
          stakegraph render --focus huawei --depth 1 -o Output/huawei-focus.svg
          stakegraph render --highlight-path "Chris Wray" huawei --format png
          stakegraph render --color-by stance --cluster-by country
          stakegraph render --polarity hostile --as-of 2019-03 -o hostile.svg
          stakegraph render --view positions --issue huawei-in-5g
          stakegraph render --frames 2018-06,2019-01,2019-06 --window 6m -o frames
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions
    @OptionGroup var layoutTimeLimit: LayoutTimeLimit
    @OptionGroup var pageOptions: PageOptions

    @Argument(help: ArgumentHelp("The graph file (instead of -g).", valueName: "file"))
    var file: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write; - for standard output.", valueName: "path"))
    var output: String?

    @Option(help: "svg, png, pdf or dot.", completion: DiagramFormat.completion, transform: DiagramFormat.named)
    var format: DiagramFormat = .svg

    @Option(help: "graph (the relations) or positions (the position map of an issue).",
            completion: RenderView.completion, transform: RenderView.named)
    var view: RenderView = .graph

    @Option(help: ArgumentHelp("With --view positions: the centrality measure used as power (default pagerank).", valueName: "measure"),
            completion: CentralityMeasure.completion, transform: CentralityMeasure.named)
    var power: CentralityMeasure = .pagerank

    @Flag(help: "With --view positions: draw the relations between the actors, faintly.")
    var relations = false

    @Option(help: ArgumentHelp("One picture per date, as of each, all with the same layout.", valueName: "date,…"))
    var frames: String?

    @Option(help: "Layout engine: auto, dot, neato, fdp, sfdp, circo or twopi.",
            completion: EngineArgument.completion, transform: EngineArgument.named)
    var engine: EngineArgument = .auto

    @Option(help: ArgumentHelp("Draw only the actors near this one (id, name or alias).", valueName: "actor"))
    var focus: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("With --focus: how many hops around it, in either direction.", valueName: "n"))
    var depth = 1

    @Option(name: .customLong("highlight-path"), parsing: .upToNextOption,
            help: ArgumentHelp("Emphasise a shortest path between two actors.", valueName: "from to"))
    var highlightPath: [String] = []

    @Option(name: .customLong("color-by"), help: "Colour nodes by kind or by stance on an issue.",
            completion: ColorBy.completion, transform: ColorBy.named)
    var colorBy: ColorBy = .kind

    @Option(help: ArgumentHelp("The issue of --color-by stance and --view positions (default: the graph's only issue).", valueName: "id"))
    var issue: String?

    @Option(name: .customLong("cluster-by"), help: "Group actors in boxes: country.",
            completion: ClusterBy.completion, transform: ClusterBy.named)
    var clusterBy: ClusterBy?

    @Flag(name: .customLong("no-edge-labels"), help: "Leave relation labels off the edges (tooltips keep them).")
    var noEdgeLabels = false

    @Flag(help: "Leave the legend out.")
    var noLegend = false

    @Flag(help: "Draw belonging relations (part of, leads, member of, owns) as nesting: an official inside its agency inside its government.")
    var nest = false

    @Flag(help: "Print how long each phase took (load, layout, write) to stderr.")
    var timings = false

    func validate() throws {
        if file != nil && graphFile.path != nil { throw ValidationError("give the graph either as FILE or with -g, not both") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        try OutputPaths.check([("-o", output)], inputs: [("the graph file", file ?? graphFile.path)])
        if !highlightPath.isEmpty && highlightPath.count != 2 {
            throw ValidationError("--highlight-path takes two actors: FROM TO")
        }
        if frames != nil && (selectionOptions.asOf != nil || !selectionOptions.between.isEmpty || view == .positions || clusterBy != nil) {
            throw ValidationError("--frames sets the date of each picture; leave out --as-of, --between, --view positions and --cluster-by")
        }
        if frames == nil { try selectionOptions.requireDateForWindow() }
        if frames != nil, let output, output == "-" { throw ValidationError("--frames writes several files; give -o a directory or a name with {date}") }
        if frames != nil, format == .dot { throw ValidationError("--frames draws pictures; choose svg, png or pdf") }
        if view == .positions && (focus != nil || !highlightPath.isEmpty || clusterBy != nil || colorBy == .stance) {
            throw ValidationError("--view positions cannot be combined with --focus, --highlight-path, --cluster-by or --color-by")
        }
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let graph = try GraphFileOption(path: file ?? graphFile.path).load()
        clock.lap("load")
        let slice = try selectionOptions.slice(graph)
        if view == .positions { return try renderPositionMap(slice, clock: &clock) }
        var diagram = DiagramOptions()
        diagram.focus = try focus.map { try graph.findActor($0).id }
        if highlightPath.count == 2 {
            diagram.highlightPath = (try graph.findActor(highlightPath[0]).id, try graph.findActor(highlightPath[1]).id)
        }
        diagram.depth = depth
        diagram.edgeLabels = !noEdgeLabels
        diagram.legend = !noLegend
        diagram.nesting = nest
        diagram.clusterByCountry = clusterBy == .country
        diagram.page = pageOptions.choice()
        diagram.minimumFont = pageOptions.minimumFont
        if colorBy == .stance { diagram.coloring = .stance(issue: try IssueChoice.required(issue, in: graph).id) }

        if let frames { return try renderFrames(slice, dates: try Self.dates(frames), diagram: diagram, clock: &clock) }
        let rendering = try layoutTimeLimit.guarding {
            try Diagram.render(slice, options: diagram, engine: engine.choice, format: format)
        }
        clock.lap(format == .dot ? "dot" : "layout")
        if let change = rendering.plan.change {
            Terminal.note(change.description + (engine == .auto ? " (--engine to choose another)" : ""))
        }
        for note in rendering.notes { Terminal.note(PageOptions.describe(note)) }
        try write(rendering.bytes, to: output ?? "Output/\(graph.info.id).\(format.rawValue)", engine: rendering.plan.engine, clock: &clock)
    }

    /// The most pictures one `--frames` draws: each is a Graphviz drawing, and all are held until
    /// they are written.
    static let mostFrames = 100

    /// The dates of `--frames`: in order, each once, at most `mostFrames`.
    static func dates(_ text: String) throws -> [PartialDate] {
        let dates = try text.split(separator: ",").map { part -> PartialDate in
            do { return try PartialDate(parsing: part.trimmingCharacters(in: .whitespaces)) } catch {
                throw CommandFailure.usage("--frames: \(error)")
            }
        }
        guard !dates.isEmpty else { throw CommandFailure.usage("--frames needs at least one date") }
        guard dates.count <= mostFrames else {
            throw CommandFailure.usage("--frames: \(dates.count) dates are more than \(mostFrames) pictures; each frame is drawn by Graphviz and kept until all are written: give at most \(mostFrames) dates, or render the periods in several runs")
        }
        guard dates == dates.sorted(), Set(dates).count == dates.count else {
            throw CommandFailure.usage("--frames: give the dates in order, each once")
        }
        return dates
    }

    /// `--frames`: one file per date, `Output/<id>-<date>.<format>` or as `-o` says (a directory,
    /// or a name with `{date}`).
    private func renderFrames(_ slice: GraphSlice, dates: [PartialDate], diagram: DiagramOptions, clock: inout Timings) throws {
        let rendered = try layoutTimeLimit.guarding {
            try Diagram.frames(slice, dates: dates, options: diagram, format: format)
        }
        clock.lap("layout")
        for note in rendered.first?.rendering.notes ?? [] { Terminal.note(PageOptions.describe(note)) }
        for (date, rendering) in rendered {
            let name = "\(slice.graph.info.id)-\(date).\(format.rawValue)"
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
    private func renderPositionMap(_ slice: GraphSlice, clock: inout Timings) throws {
        let issue = try IssueChoice.required(self.issue, in: slice.whole)
        let power = try PowerScores(power, on: slice.whole)
        var options = PositionMapWriter.Options()
        options.relations = relations
        options.page = pageOptions.choice()
        options.minimumFont = pageOptions.minimumFont
        clock.lap("positions")
        let rendering = try layoutTimeLimit.guarding {
            try Diagram.positionMap(slice, issue: issue, power: power, options: options, format: format)
        }
        clock.lap("layout")
        for note in rendering.notes { Terminal.note(PageOptions.describe(note)) }
        try write(rendering.bytes, to: output ?? "Output/\(slice.graph.info.id)-positions.\(format.rawValue)", engine: .neato, clock: &clock)
    }

    /// Writes to `destination` atomically, or to standard output for "-".
    private func write(_ bytes: [UInt8], to destination: String, engine: DiagramEngine, clock: inout Timings) throws {
        if destination == "-" {
            Terminal.write(bytes)
            clock.lap("write")
            return
        }
        try AtomicFile.write(bytes, to: destination)
        clock.lap("write")
        Terminal.error("wrote \(destination) (\(engine.rawValue), \(bytes.count) bytes)")
    }
}

extension GraphFileOption {
    /// The option as if `-g path` had been given (for commands that also take the file as an argument).
    init(path: String?) {
        self.init()
        self.path = path
    }
}
