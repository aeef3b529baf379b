import Graphviz

/// Which layout engine to use: a fixed one, or `auto`, which chooses by size.
public enum EngineChoice: Sendable, Equatable {
    case auto
    case fixed(LayoutEngine)
}

/// The engine and settings a diagram is laid out with, and why.
public struct LayoutPlan: Sendable, Equatable {
    public var engine: LayoutEngine
    public var edgeLabels: Bool
    /// DOT `splines`: curved routing round nodes, or straight lines. Spline routing in the
    /// force-directed engines is superlinear: on 300 actors and 1,200 edges `sfdp` takes 89 s with
    /// `splines=true` (and over 13 minutes with `curved`) but 0.2 s with `line`.
    public var splines: String = "true"
    /// Said on stderr when `auto` departs from `dot` with labels.
    public var note: String?

    /// `auto`'s choice for a diagram of `actors` nodes and `edges` drawn edges.
    ///
    /// `dot` draws the clearest stakeholder maps but treats every edge label as a virtual node:
    /// measured here, 200 nodes and 400 labelled edges take `dot` 137 s, unlabelled 5.7 s, while
    /// `sfdp` needs 0.05 s. So: `dot` with labels up to 150 edges; `dot` without labels up to 150
    /// actors and 400 edges; beyond that `sfdp` without labels (hover tooltips still carry the
    /// relation and its evidence).
    public static func automatic(actors: Int, edges: Int, edgeLabels: Bool) -> LayoutPlan {
        if edges <= 150 { return LayoutPlan(engine: .dot, edgeLabels: edgeLabels, note: nil) }
        if actors <= 150 && edges <= 400 {
            return LayoutPlan(engine: .dot, edgeLabels: false, note: edgeLabels
                ? "\(edges) edges: edge labels dropped so that dot stays fast (tooltips keep them; --engine dot to insist)" : nil)
        }
        return LayoutPlan(engine: .sfdp, edgeLabels: false, splines: "line",
                          note: "\(actors) actors, \(edges) edges: using sfdp with straight edges and no edge labels (--engine to choose another)")
    }

    /// The plan for an engine the user chose: obeyed, with straight edges where spline routing
    /// would take minutes (a force-directed engine on more than 150 edges).
    public static func fixed(_ engine: LayoutEngine, edges: Int, edgeLabels: Bool) -> LayoutPlan {
        let slowSplines = engine != .dot && edges > 150
        return LayoutPlan(engine: engine, edgeLabels: edgeLabels, splines: slowSplines ? "line" : "true",
                          note: slowSplines ? "\(edges) edges: straight edges, since \(engine.rawValue) would take minutes to route curves" : nil)
    }
}

/// Draws graphs through Graphviz.
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

    /// The DOT text for `graph` with `options`, and the plan `engine` gives for it.
    public static func dot(for graph: StakeholderGraph, options: DiagramOptions, engine: EngineChoice)
        throws(DiagramError) -> (text: String, plan: LayoutPlan) {
        var options = options
        var plan: LayoutPlan
        let size = try DOTWriter(graph: graph, options: options).size()
        guard size.actors <= maximumActors && size.edges <= maximumEdges else {
            throw .tooLarge(actors: size.actors, edges: size.edges)
        }
        switch engine {
        case .fixed(let chosen): plan = LayoutPlan.fixed(chosen, edges: size.edges, edgeLabels: options.edgeLabels)
        case .auto: plan = LayoutPlan.automatic(actors: size.actors, edges: size.edges, edgeLabels: options.edgeLabels)
        }
        options.edgeLabels = plan.edgeLabels
        options.splines = plan.splines
        return (try DOTWriter(graph: graph, options: options).dot(), plan)
    }

    /// Renders `graph` into `format` bytes.
    ///
    /// - Throws: `DiagramError` for an impossible request, `GraphvizError` when Graphviz fails.
    public static func render(_ graph: StakeholderGraph, options: DiagramOptions, engine: EngineChoice,
                              format: Graphviz.OutputFormat) throws -> Rendering {
        var options = options
        options.urlsForXML = format == .svg
        let (text, plan) = try dot(for: graph, options: options, engine: engine)
        let bytes = try Renderer.render(dot: text, engine: plan.engine, format: format)
        return Rendering(bytes: bytes, plan: plan)
    }

    /// One picture per date, each drawing the relations in force as of that date (`Selection`
    /// with `asOf`), all with the same layout: the graph of every relation shown in any frame is
    /// laid out once (as `render` would), and each frame pins every node there for neato, so an
    /// actor stays in the same place while a reader flips through the frames.
    ///
    /// - Throws: `DiagramError` for an impossible request, `GraphvizError` when Graphviz fails.
    public static func frames(_ graph: StakeholderGraph, dates: [PartialDate], selection: Selection, options: DiagramOptions,
                              format: Graphviz.OutputFormat) throws -> [(date: PartialDate, rendering: Rendering)] {
        let slices = dates.map { date -> StakeholderGraph in
            var atDate = selection
            atDate.asOf = date
            return atDate.slice(graph).graph
        }
        let shown = Set(slices.flatMap { $0.relations.map(\.identity) })
        var union = graph
        union.relations = graph.relations.filter { shown.contains($0.identity) }
        let (text, plan) = try dot(for: union, options: options, engine: .auto)
        let layout = try Renderer.nodePositions(dot: text, engine: plan.engine)
        var frameOptions = options
        frameOptions.pinned = layout.mapValues { Position2D(x: $0.x, y: $0.y) }
        let xs = layout.values.map(\.x), ys = layout.values.map(\.y)
        if let left = xs.min(), let right = xs.max(), let bottom = ys.min(), let top = ys.max() {
            frameOptions.pinned["stakegraph_corner_low"] = Position2D(x: left - 2.0, y: bottom - 1.0)
            frameOptions.pinned["stakegraph_corner_high"] = Position2D(x: right + 2.0, y: top + 1.0)
        }
        frameOptions.edgeLabels = plan.edgeLabels
        frameOptions.urlsForXML = format == .svg
        return try zip(dates, slices).enumerated().map { index, pair in
            var options = frameOptions
            options.selectionNote = ([options.selectionNote].compactMap { $0 } + ["frame \(index + 1) of \(dates.count)"])
                .joined(separator: " · ")
            var frame = pair.1
            frame.info.asOf = pair.0
            let text = try DOTWriter(graph: frame, options: options).dot()
            let bytes = try Renderer.render(dot: text, engine: .neato, format: format)
            return (pair.0, Rendering(bytes: bytes, plan: LayoutPlan(engine: .neato, edgeLabels: plan.edgeLabels, splines: options.splines, note: nil)))
        }
    }
}
