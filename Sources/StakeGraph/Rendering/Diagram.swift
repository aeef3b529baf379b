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
}
