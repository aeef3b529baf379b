import Foundation
import NetworkAnalysis

/// Writes a slice as styled DOT text (DESIGN.md: "DOT generation is domain knowledge").
///
/// The output is deterministic: actors are written in id order, edges bundled in sorted order
/// (`EdgeBundle`) and nested by a fixed rule (`BelongingTree`), so the same slice always gives
/// byte-identical DOT.
public struct DOTWriter {
    public let slice: GraphSlice
    public let options: DiagramOptions
    /// The slice's graph: what is drawn.
    var graph: StakeholderGraph { slice.graph }

    public init(slice: GraphSlice, options: DiagramOptions = DiagramOptions()) {
        self.slice = slice
        self.options = options
    }

    /// Font sizes in points, at the drawing's natural size.
    enum FontSize {
        static let title = 22.0, subtitle = 13.0, node = 12.0, edge = 11.0, legend = 12.0, cluster = 12.0
    }

    /// The smallest text the drawing has, in points at its natural size: what page fitting must
    /// keep above the minimum.
    var smallestFont: Double {
        var sizes = [FontSize.node, FontSize.subtitle]
        if options.edgeLabels { sizes.append(FontSize.edge) }
        if options.legend { sizes.append(FontSize.legend) }
        return sizes.min()!
    }

    /// What is drawn: the actors, the nesting and the edges.
    struct Content {
        var actors: [Actor]
        var nesting: BelongingTree
        var bundles: [EdgeBundle]
    }

    func content() throws(DiagramError) -> Content {
        let actors = try drawnActors()
        let ids = Set(actors.map(\.id))
        let nesting = options.nestsBelonging ? BelongingTree(graph, among: ids, sameCountry: options.clusterByCountry) : BelongingTree(graph, among: [])
        return Content(actors: actors, nesting: nesting, bundles: EdgeBundle.bundles(of: graph, among: ids, leaving: nesting.shown))
    }

    /// How many actors and edges the diagram will draw.
    public func size() throws(DiagramError) -> (actors: Int, edges: Int) {
        let content = try content()
        return (content.actors.count, content.bundles.count)
    }

    public func dot() throws(DiagramError) -> String {
        let content = try content()
        let path = try highlightedPath()
        let stances = stanceByActor()
        let drawnRelations = content.bundles.reduce(0) { $0 + $1.relations.count } + content.nesting.shown.count

        var lines = ["digraph \(DOTText.identifier(graph.info.id.isEmpty ? "stakegraph" : graph.info.id)) {"]
        lines.append("  graph [\(graphAttributes(content, relationCount: drawnRelations, path: path))]")
        lines.append("  node [fontname=\"\(DiagramStyle.fontName)\", fontsize=\(Int(FontSize.node)), style=filled, penwidth=1, margin=\"0.06,0.03\"]")
        lines.append("  edge [fontname=\"\(DiagramStyle.fontName)\", fontsize=\(Int(FontSize.edge)), arrowsize=0.7]")
        let byID = Dictionary(uniqueKeysWithValues: content.actors.map { ($0.id, $0) })
        if options.clusterByCountry {
            let byCountry = Dictionary(grouping: content.actors.filter { $0.country != nil }, by: { $0.country! })
            for country in byCountry.keys.sorted() {
                lines.append("  subgraph \(DOTText.identifier("cluster_country_\(country.lowercased())")) {")
                lines.append("    label=\(DOTText.quoted(country)); style=\"rounded,dashed\"; color=\"#9e9e9e\"; fontcolor=\"#616161\"; fontsize=\(Int(FontSize.cluster)); id=\(DOTText.identifier("country-\(country.lowercased())"))")
                for actor in byCountry[country]! where content.nesting.ancestors(of: actor.id).isEmpty {
                    lines += nested(actor, in: content, byID: byID, stances: stances, path: path, depth: 2)
                }
                lines.append("  }")
            }
            for actor in content.actors where actor.country == nil && content.nesting.ancestors(of: actor.id).isEmpty {
                lines += nested(actor, in: content, byID: byID, stances: stances, path: path, depth: 1)
            }
        } else {
            for actor in content.actors where content.nesting.ancestors(of: actor.id).isEmpty {
                lines += nested(actor, in: content, byID: byID, stances: stances, path: path, depth: 1)
            }
        }
        let ports = pinnedPorts(content.bundles)
        for (index, bundle) in content.bundles.enumerated() { lines.append(edge(bundle, path: path, ports: ports[index])) }
        // Invisible corners give every picture of a series the same drawing area.
        for corner in ["stakegraph_corner_low", "stakegraph_corner_high"] {
            if let pin = options.pinned[corner] { lines.append("  \(corner) [shape=point, style=invis, width=0.01, label=\"\", \(pin.pinnedDOT)]") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `actor`'s node, and when others are drawn inside it, a box holding it and them.
    private func nested(_ actor: Actor, in content: Content, byID: [String: Actor], stances: [String: Stance],
                        path: HighlightedPath, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        guard let children = content.nesting.children[actor.id] else {
            return [indent + node(actor, stances: stances, path: path).dropFirst(2)]
        }
        let shown = graph.relations.enumerated().filter { content.nesting.shown.contains($0.offset) && ($0.element.to == actor.id || $0.element.from == actor.id) }
            .map(\.element).filter { content.nesting.parent[$0.from] == actor.id || content.nesting.parent[$0.to] == actor.id }
        var lines = [indent + "subgraph \(DOTText.identifier("cluster_belongs_\(actor.id)")) {"]
        lines.append(indent + "  id=\(DOTText.identifier("belongs-\(actor.id)")); class=\"belonging\"; label=\"\"; style=\"rounded\"; color=\"#9e9e9e\"; penwidth=0.8; margin=3")
        lines.append(indent + "  tooltip=\(DOTText.tooltip(belongingTooltip(actor, shown)))")
        lines.append(indent + "  " + node(actor, stances: stances, path: path, container: true).dropFirst(2))
        for child in children {
            guard let member = byID[child] else { continue }
            lines += nested(member, in: content, byID: byID, stances: stances, path: path, depth: depth + 1)
        }
        lines.append(indent + "}")
        return lines
    }

    private func belongingTooltip(_ actor: Actor, _ relations: [Relation]) -> String {
        var lines = ["Inside \(actor.name): what belongs to it"]
        for relation in relations {
            let from = graph.actor(id: relation.from)?.name ?? relation.from, to = graph.actor(id: relation.to)?.name ?? relation.to
            lines.append("\(from) \(graph.relationType(relation.type)?.label ?? relation.type) \(to)")
            lines += relation.evidence.map { "  \($0.cited) — \(sourceLine($0.source))" }
        }
        return lines.joined(separator: "\n")
    }

    /// For pictures with pinned nodes (frames), where neato draws edges between the same two
    /// actors on top of each other: ports on opposite sides of the line between them, so that
    /// each edge of a pair runs along its own side. nil where there is no need.
    func pinnedPorts(_ bundles: [EdgeBundle]) -> [String?] {
        guard !options.pinned.isEmpty else { return bundles.map { _ in nil } }
        var byPair: [String: [Int]] = [:]
        for (index, bundle) in bundles.enumerated() {
            byPair[[bundle.from, bundle.to].sorted().joined(separator: "\u{0}"), default: []].append(index)
        }
        var ports = [String?](repeating: nil, count: bundles.count)
        let compass = ["e", "ne", "n", "nw", "w", "sw", "s", "se"]
        for indices in byPair.values where indices.count > 1 {
            for (rank, index) in indices.enumerated() {
                let bundle = bundles[index]
                guard let tail = options.pinned[bundle.from], let head = options.pinned[bundle.to] else { continue }
                // Sides alternate left, right, further left …, measured from one fixed direction of
                // the pair so that opposite edges also part.
                let (a, b) = bundle.from < bundle.to ? (tail, head) : (head, tail)
                let angle = atan2(b.y - a.y, b.x - a.x) + (rank % 2 == 0 ? 1 : -1) * Double.pi / 2
                let sector = Int(((angle / (Double.pi / 4)).rounded() + 16)) % 8
                ports[index] = "tailport=\(compass[sector]), headport=\(compass[sector])"
            }
        }
        return ports
    }

    func sourceLine(_ id: String) -> String {
        let source = graph.source(id: id)
        return [source?.title, source?.publisher, source?.date?.description].compactMap { $0 }.joined(separator: ", ")
    }

    // MARK: Selection

    private func drawnActors() throws(DiagramError) -> [Actor] {
        let sorted = graph.actors.sorted { $0.id < $1.id }
        guard let focus = options.focus else { return sorted }
        let projection = Projection(graph)
        guard let center = projection.vertex(of: focus) else { return [] }
        let kept = Set(projection.network.neighbourhood(of: center, depth: options.depth).map(projection.actorID(of:)))
        return sorted.filter { kept.contains($0.id) }
    }

    /// Actor ids on the highlighted path, and its hops as "from\0to" keys.
    struct HighlightedPath {
        var sequence: [String] = []
        var actors: Set<String> = []
        var hops: Set<String> = []
        var isEmpty: Bool { actors.isEmpty }
    }

    private func highlightedPath() throws(DiagramError) -> HighlightedPath {
        guard let (from, to) = options.highlightPath else { return HighlightedPath() }
        let projection = Projection(graph)
        guard let source = projection.vertex(of: from), let target = projection.vertex(of: to),
              let vertices = projection.network.shortestPath(from: source, to: target) else {
            throw .noPath(from: from, to: to)
        }
        let ids = vertices.map(projection.actorID(of:))
        var path = HighlightedPath(sequence: ids, actors: Set(ids))
        for (u, v) in zip(ids, ids.dropFirst()) { path.hops.insert("\(u)\u{0}\(v)") }
        return path
    }

    /// Each actor's latest stance on the coloured issue among the positions taken by the slice's date.
    private func stanceByActor() -> [String: Stance] {
        guard case .stance(let issue) = options.coloring else { return [:] }
        return graph.positions.latest(on: issue).mapValues(\.stance)
    }
}
