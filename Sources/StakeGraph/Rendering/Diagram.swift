import Graphviz

/// Draws slices of a graph through Graphviz: the network of relations, a series of frames over
/// time, and the position map of an issue. The only part of StakeGraph that calls Graphviz.
public enum Diagram {
    /// The largest drawing laid out: sfdp takes 47 s for 5,000 actors and 20,000 edges here and
    /// grows faster than linearly, and long before this size a picture stops being readable.
    public static let maximumActors = 10_000
    public static let maximumEdges = 40_000

    /// The result of a render: the bytes and how they were laid out.
    public struct Rendering: Sendable {
        public var bytes: [UInt8]
        public var plan: LayoutPlan
    }

    /// The DOT text for `slice` with `options`, and the plan `engine` gives for it.
    public static func dot(for slice: GraphSlice, options: DiagramOptions, engine: EngineChoice)
        throws(DiagramError) -> (text: String, plan: LayoutPlan) {
        var options = options
        let size = try DOTWriter(slice: slice, options: options).size()
        guard size.actors <= maximumActors && size.edges <= maximumEdges else {
            throw .tooLarge(actors: size.actors, edges: size.edges)
        }
        let plan: LayoutPlan
        switch engine {
        case .fixed(let chosen): plan = LayoutPlan.fixed(chosen, edges: size.edges, edgeLabels: options.edgeLabels)
        case .auto: plan = LayoutPlan.automatic(actors: size.actors, edges: size.edges, edgeLabels: options.edgeLabels)
        }
        options.edgeLabels = plan.edgeLabels
        options.splines = plan.splines
        return (try DOTWriter(slice: slice, options: options).dot(), plan)
    }

    /// Draws `slice` in `format` (`.dot`: the styled DOT text).
    public static func render(_ slice: GraphSlice, options: DiagramOptions, engine: EngineChoice,
                              format: DiagramFormat) throws(DiagramError) -> Rendering {
        var options = options
        options.urlsForXML = format == .svg || format == .dot
        let (text, plan) = try dot(for: slice, options: options, engine: engine)
        return Rendering(bytes: try draw(text, engine: plan.engine, format: format), plan: plan)
    }

    /// One picture per date, each drawing the relations of `slice`'s selection in force as of
    /// that date, all with the same layout: the graph of every relation shown in any frame is
    /// laid out once (as `render` would), and each frame pins every node there for neato, so an
    /// actor stays in the same place while a reader flips through the frames.
    public static func frames(_ slice: GraphSlice, dates: [PartialDate], options: DiagramOptions,
                              format: DiagramFormat) throws(DiagramError) -> [(date: PartialDate, rendering: Rendering)] {
        let slices = dates.map { slice.asOf($0) }
        let shown = Set(slices.flatMap { $0.relations.map(\.identity) })
        let union = GraphSlice(slice.whole.replacing(relations: slice.whole.relations.filter { shown.contains($0.identity) },
                                                     positions: slice.whole.positions),
                               selection: Selection())
        let (text, plan) = try dot(for: union, options: options, engine: .auto)
        let layout: [String: (x: Double, y: Double)]
        do { layout = try Renderer.nodePositions(dot: text, engine: plan.engine.graphviz) } catch { throw DiagramError(error) }
        var frameOptions = options
        frameOptions.pinned = layout.mapValues { Position2D(x: $0.x, y: $0.y) }
        let xs = layout.values.map(\.x), ys = layout.values.map(\.y)
        if let left = xs.min(), let right = xs.max(), let bottom = ys.min(), let top = ys.max() {
            frameOptions.pinned["stakegraph_corner_low"] = Position2D(x: left - 2.0, y: bottom - 1.0)
            frameOptions.pinned["stakegraph_corner_high"] = Position2D(x: right + 2.0, y: top + 1.0)
        }
        frameOptions.edgeLabels = plan.edgeLabels
        frameOptions.urlsForXML = format == .svg || format == .dot
        var rendered: [(date: PartialDate, rendering: Rendering)] = []
        for (index, frame) in slices.enumerated() {
            var options = frameOptions
            options.caption = ([options.caption].compactMap { $0 } + ["frame \(index + 1) of \(dates.count)"]).joined(separator: " · ")
            let text = try DOTWriter(slice: frame, options: options).dot()
            let framePlan = LayoutPlan(engine: .neato, edgeLabels: plan.edgeLabels, splines: options.splines)
            rendered.append((dates[index], Rendering(bytes: try draw(text, engine: .neato, format: format), plan: framePlan)))
        }
        return rendered
    }

    /// The position map of `issue` (see `PositionMapWriter`): every actor of `slice` with a
    /// declared or inferred stance, power from `power` (e.g. `PositionAnalysis.power`).
    ///
    /// - Throws: `DiagramError.noStances` when no actor has a stance to place.
    public static func positionMap(_ slice: GraphSlice, issue: Issue, power: PowerScores, options: PositionMapWriter.Options,
                                   format: DiagramFormat) throws(DiagramError) -> Rendering {
        let rows = PositionAnalysis.positions(on: issue, in: slice, power: power.scores)
        guard rows.contains(where: { $0.placement != nil }) else { throw .noStances(issue: issue.id) }
        var options = options
        options.powerName = power.measure == .pagerank ? "PageRank" : power.measure.rawValue
        options.urlsForXML = format == .svg || format == .dot
        let text = PositionMapWriter(slice: slice, issue: issue, rows: rows, options: options).dot()
        return Rendering(bytes: try draw(text, engine: .neato, format: format), plan: LayoutPlan(engine: .neato, edgeLabels: false))
    }

    /// `dot` laid out by `engine` in `format`, or the DOT text itself.
    static func draw(_ dot: String, engine: DiagramEngine, format: DiagramFormat) throws(DiagramError) -> [UInt8] {
        let output: Graphviz.OutputFormat
        switch format {
        case .dot: return Array(dot.utf8)
        case .svg: output = .svg
        case .png: output = .png
        case .pdf: output = .pdf
        }
        do { return try Renderer.render(dot: dot, engine: engine.graphviz, format: output) } catch { throw DiagramError(error) }
    }
}

extension DiagramEngine {
    /// Graphviz's own name for the engine.
    var graphviz: LayoutEngine { LayoutEngine(rawValue: rawValue)! }
}
