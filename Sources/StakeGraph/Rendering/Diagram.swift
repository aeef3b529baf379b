import Foundation
import Graphviz

/// Draws slices of a graph through Graphviz: the network of relations, a series of frames over
/// time, and the position map of an issue. The only part of StakeGraph that calls Graphviz.
public enum Diagram {
    /// The largest drawing laid out: sfdp takes 47 s for 5,000 actors and 20,000 edges here and
    /// grows faster than linearly, and long before this size a picture stops being readable.
    public static let maximumActors = 10_000
    public static let maximumEdges = 40_000

    /// The result of a render: the bytes, how they were laid out, and how they sit on the page.
    public struct Rendering: Sendable {
        public var bytes: [UInt8]
        public var plan: LayoutPlan
        /// nil without a page (`PageChoice.none`) or for DOT text.
        public var fit: PageFit? = nil
        public var notes: [PageNote] = []
    }

    /// The smallest text allowed on a page when none is asked for: 7 pt, or 6 pt for the
    /// overview of a dense graph (more than 30 actors, no focus), which 7 pt would leave
    /// without room for its names.
    public static func defaultMinimumFont(actors: Int, focused: Bool) -> Double {
        !focused && actors > 30 ? 6 : 7
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
        // Only dot and fdp draw clusters, which the nesting of belonging relations needs.
        options.nesting = options.nesting && (plan.engine == .dot || plan.engine == .fdp)
        return (try DOTWriter(slice: slice, options: options).dot(), plan)
    }

    /// Draws `slice` in `format` (`.dot`: the styled DOT text), fitted to `options.page`.
    ///
    /// On a page, the drawing declares the page's usable area and keeps its smallest text at the
    /// minimum (`options.minimumFont`, else `defaultMinimumFont`): when edge labels would come
    /// out smaller they are left out (the tooltips keep them), and when even that is too small
    /// the drawing is made larger than the page rather than its text smaller; `notes` says so.
    public static func render(_ slice: GraphSlice, options: DiagramOptions, engine: EngineChoice,
                              format: DiagramFormat) throws(DiagramError) -> Rendering {
        var options = options
        options.urlsForXML = format == .svg || format == .dot
        var (text, plan) = try dot(for: slice, options: options, engine: engine)
        guard options.page != .none, format != .dot else {
            return Rendering(bytes: try draw(text, engine: plan.engine, format: format), plan: plan)
        }
        var notes: [PageNote] = []
        let actors = try DOTWriter(slice: slice, options: options).size().actors
        let minimum = options.minimumFont ?? defaultMinimumFont(actors: actors, focused: options.focus != nil)
        if options.minimumFont == nil && minimum < 7 { notes.append(.denseOverview(minimum: minimum)) }
        // Names on one line or broken give drawings of other proportions; keep the one that
        // fits the page better, with edge labels if at all possible.
        var best: (text: String, plan: LayoutPlan, svg: [UInt8], fit: PageFit, labelsDropped: Bool)?
        let labelChoices = options.edgeLabels ? [true, false] : [false]
        for labels in labelChoices {
            for width in [options.nameWidth, nil].reduce(into: [Int?](), { if !$0.contains($1) { $0.append($1) } }) {
                var attempt = options
                attempt.edgeLabels = labels
                attempt.nameWidth = width
                let (candidate, candidatePlan) = try dot(for: slice, options: attempt, engine: labels == options.edgeLabels ? engine : .fixed(plan.engine))
                let svg = try draw(candidate, engine: candidatePlan.engine, format: .svg)
                let fit = try pageFit(svg, options: attempt, slice: slice, minimum: minimum)
                if best == nil || fit.isBetter(than: best!.fit) {
                    var kept = candidatePlan
                    kept.change = plan.change ?? candidatePlan.change
                    best = (candidate, kept, svg, fit, plan.edgeLabels && !labels)
                }
            }
            if !best!.fit.overflows { break }
        }
        // Flat it does not fit: nesting belonging relations makes a narrower, taller drawing,
        // which may (a portrait page).
        if best!.fit.overflows && !options.nesting && options.nestsToFit && (plan.engine == .dot || plan.engine == .fdp) {
            var attempt = options
            attempt.edgeLabels = false
            attempt.nesting = true
            let (candidate, candidatePlan) = try dot(for: slice, options: attempt, engine: .fixed(plan.engine))
            let svg = try draw(candidate, engine: candidatePlan.engine, format: .svg)
            let fit = try pageFit(svg, options: attempt, slice: slice, minimum: minimum)
            if fit.isBetter(than: best!.fit) {
                var kept = candidatePlan
                kept.change = plan.change ?? candidatePlan.change
                best = (candidate, kept, svg, fit, plan.edgeLabels)
            }
        }
        (text, plan) = (best!.text, best!.plan)
        let fit = best!.fit
        if best!.labelsDropped { notes.append(.edgeLabelsDropped(page: fit.page, minimum: minimum)) }
        if fit.overflows { notes.append(.doesNotFit(page: fit.page, pages: fit.pagesNeeded, minimum: minimum)) }
        let bytes = format == .svg ? SVGPage.fitted(best!.svg, fit) : try draw(sized(text, fit), engine: plan.engine, format: format)
        return Rendering(bytes: bytes, plan: plan, fit: fit, notes: notes)
    }

    /// How a laid-out drawing (its SVG) sits on the page `options` asks for.
    static func pageFit(_ svg: [UInt8], options: DiagramOptions, slice: GraphSlice, minimum: Double) throws(DiagramError) -> PageFit {
        guard let natural = SVGPage.naturalSize(svg) else { throw .graphviz("Graphviz wrote an SVG without a viewBox") }
        let page = options.page.page(width: natural.width, height: natural.height) ?? .a4
        return PageFit(page: page, natural: natural, font: DOTWriter(slice: slice, options: options).smallestFont, minimum: minimum)
    }

    /// DOT text with a `size` that makes Graphviz draw a picture (PNG, PDF) at the fit's scale.
    static func sized(_ dot: String, _ fit: PageFit) -> String {
        let width = fit.natural.width * fit.scale / 72, height = fit.natural.height * fit.scale / 72
        guard let range = dot.range(of: "  graph [") else { return dot }
        return dot.replacingCharacters(in: range, with: "  graph [size=\"\(String(format: "%.3f", width)),\(String(format: "%.3f", height))\", ")
    }

    /// One picture per date, each drawing the relations of `slice`'s selection in force as of
    /// that date, all with the same layout: the graph of every relation shown in any frame is
    /// laid out once (as `render` would), and each frame pins every node there for neato, so an
    /// actor stays in the same place while a reader flips through the frames. Actors without a
    /// relation in force in a frame are faded, not moved; every frame has the same page fit.
    ///
    /// - Parameter dates: at least one date, in order.
    /// - Complexity: memory for one frame's slice at a time, plus the pictures drawn.
    public static func frames(_ slice: GraphSlice, dates: [PartialDate], options: DiagramOptions,
                              format: DiagramFormat) throws(DiagramError) -> [(date: PartialDate, rendering: Rendering)] {
        // One frame's slice at a time: holding every frame's copy of the relations at once took
        // 7.7 GB for 3,000 dates on 2,000 actors. The first frame is kept for the page fit.
        let first = slice.asOf(dates[0])
        var shown = Set(first.relations.map(\.identity))
        for date in dates.dropFirst() { shown.formUnion(slice.asOf(date).relations.lazy.map(\.identity)) }
        let union = GraphSlice(slice.whole.replacing(relations: slice.whole.relations.filter { shown.contains($0.identity) },
                                                     positions: slice.whole.positions),
                               selection: Selection())
        var options = options
        options.nesting = false
        options.fadesActorsOutOfPlay = true
        options.urlsForXML = format == .svg || format == .dot
        let unionSize = try DOTWriter(slice: union, options: options).size()
        let minimum = options.minimumFont ?? defaultMinimumFont(actors: unionSize.actors, focused: options.focus != nil)
        var notes: [PageNote] = []
        if options.page != .none && options.minimumFont == nil && minimum < 7 { notes.append(.denseOverview(minimum: minimum)) }
        var (pinned, plan) = try pinnedLayout(union, options: options)
        var frameOptions = options
        frameOptions.pinned = pinned
        frameOptions.edgeLabels = plan.edgeLabels
        // Every frame is drawn by neato round pinned nodes, so it follows render's budget for a
        // chosen neato: past 150 edges straight lines (curves took 131 s for five frames of 300
        // actors and 1,200 relations).
        let neatoPlan = LayoutPlan.fixed(.neato, edges: unionSize.edges, edgeLabels: plan.edgeLabels)
        frameOptions.splines = neatoPlan.splines
        var fit: PageFit?
        if options.page != .none {
            fit = try pageFit(try draw(frameDOT(first, 0, dates.count, frameOptions), engine: .neato, format: .svg),
                              options: frameOptions, slice: first, minimum: minimum)
            if fit!.overflows && frameOptions.edgeLabels {
                options.edgeLabels = false
                (pinned, plan) = try pinnedLayout(union, options: options)
                frameOptions.pinned = pinned
                frameOptions.edgeLabels = false
                fit = try pageFit(try draw(frameDOT(first, 0, dates.count, frameOptions), engine: .neato, format: .svg),
                                  options: frameOptions, slice: first, minimum: minimum)
                notes.append(.edgeLabelsDropped(page: fit!.page, minimum: minimum))
            }
            if fit!.overflows { notes.append(.doesNotFit(page: fit!.page, pages: fit!.pagesNeeded, minimum: minimum)) }
        }
        var rendered: [(date: PartialDate, rendering: Rendering)] = []
        for (index, date) in dates.enumerated() {
            let text = try frameDOT(index == 0 ? first : slice.asOf(date), index, dates.count, frameOptions)
            let bytes: [UInt8]
            switch (fit, format) {
            case (let fit?, .svg): bytes = SVGPage.fitted(try draw(text, engine: .neato, format: .svg), fit)
            case (let fit?, _): bytes = try draw(sized(text, fit), engine: .neato, format: format)
            case (nil, _): bytes = try draw(text, engine: .neato, format: format)
            }
            let framePlan = LayoutPlan(engine: .neato, edgeLabels: frameOptions.edgeLabels, splines: frameOptions.splines,
                                       change: neatoPlan.change ?? plan.change)
            rendered.append((dates[index], Rendering(bytes: bytes, plan: framePlan, fit: fit, notes: index == 0 ? notes : [])))
        }
        return rendered
    }

    /// Every node's place in the layout of `union`, pinned, with two invisible corners that give
    /// every frame the same drawing area; and the plan it was laid out with.
    static func pinnedLayout(_ union: GraphSlice, options: DiagramOptions) throws(DiagramError) -> ([String: Position2D], LayoutPlan) {
        let (text, plan) = try dot(for: union, options: options, engine: .auto)
        let layout: [String: (x: Double, y: Double)]
        do { layout = try Renderer.nodePositions(dot: text, engine: plan.engine.graphviz) } catch { throw DiagramError(error) }
        var pinned = layout.mapValues { Position2D(x: $0.x, y: $0.y) }
        let xs = layout.values.map(\.x), ys = layout.values.map(\.y)
        if let left = xs.min(), let right = xs.max(), let bottom = ys.min(), let top = ys.max() {
            pinned["stakegraph_corner_low"] = Position2D(x: left - 0.6, y: bottom - 0.3)
            pinned["stakegraph_corner_high"] = Position2D(x: right + 0.6, y: top + 0.3)
        }
        return (pinned, plan)
    }

    /// The DOT of frame `index` of `count`.
    static func frameDOT(_ frame: GraphSlice, _ index: Int, _ count: Int, _ options: DiagramOptions) throws(DiagramError) -> String {
        var options = options
        options.caption = ([options.caption].compactMap { $0 } + ["frame \(index + 1) of \(count)"]).joined(separator: " · ")
        return try DOTWriter(slice: frame, options: options).dot()
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
        let writer = PositionMapWriter(slice: slice, issue: issue, rows: rows, options: options)
        let text = writer.dot()
        let plan = LayoutPlan(engine: .neato, edgeLabels: false)
        guard options.page != .none, format != .dot else { return Rendering(bytes: try draw(text, engine: .neato, format: format), plan: plan) }
        let svg = try draw(text, engine: .neato, format: .svg)
        guard let natural = SVGPage.naturalSize(svg) else { throw .graphviz("Graphviz wrote an SVG without a viewBox") }
        let minimum = options.minimumFont ?? 7
        let fit = PageFit(page: options.page.page(width: natural.width, height: natural.height) ?? .a4, natural: natural,
                          font: PositionMapWriter.smallestFont, minimum: minimum)
        let notes: [PageNote] = fit.overflows ? [.doesNotFit(page: fit.page, pages: fit.pagesNeeded, minimum: minimum)] : []
        let bytes = format == .svg ? SVGPage.fitted(svg, fit) : try draw(sized(text, fit), engine: .neato, format: format)
        return Rendering(bytes: bytes, plan: plan, fit: fit, notes: notes)
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
