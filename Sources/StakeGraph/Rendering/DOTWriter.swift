import NetworkAnalysis

/// Writes a graph as styled DOT text (DESIGN.md: "DOT generation is domain knowledge").
///
/// The output is deterministic: actors are written in id order and relations grouped by
/// (from, to, type) in sorted order, so the same graph always gives byte-identical DOT, and
/// Graphviz then gives byte-identical SVG.
public struct DOTWriter {
    public let slice: GraphSlice
    public let options: DiagramOptions
    /// The slice's graph: what is drawn.
    var graph: StakeholderGraph { slice.graph }

    public init(slice: GraphSlice, options: DiagramOptions = DiagramOptions()) {
        self.slice = slice
        self.options = options
    }

    /// Relations between the same two actors with the same type, drawn as one edge.
    struct EdgeGroup {
        var from: String
        var to: String
        var type: RelationType
        var relations: [Relation]
    }

    /// How many actors and edges the diagram will draw.
    public func size() throws(DiagramError) -> (actors: Int, edges: Int) {
        let actors = try drawnActors()
        return (actors.count, edgeGroups(among: Set(actors.map(\.id))).count)
    }

    public func dot() throws(DiagramError) -> String {
        let actors = try drawnActors()
        let ids = Set(actors.map(\.id))
        let groups = edgeGroups(among: ids)
        let path = try highlightedPath()
        let stances = stanceByActor()

        var lines = ["digraph \(DOTText.identifier(graph.info.id.isEmpty ? "stakegraph" : graph.info.id)) {"]
        lines.append("  graph [\(graphAttributes(actorCount: actors.count, relationCount: groups.reduce(0) { $0 + $1.relations.count }, groups: groups, path: path))]")
        lines.append("  node [fontname=\"\(DiagramStyle.fontName)\", fontsize=12, style=filled, penwidth=1, margin=\"0.08,0.04\"]")
        lines.append("  edge [fontname=\"\(DiagramStyle.fontName)\", fontsize=10, arrowsize=0.7]")
        if options.clusterByCountry {
            let byCountry = Dictionary(grouping: actors.filter { $0.country != nil }, by: { $0.country! })
            for country in byCountry.keys.sorted() {
                lines.append("  subgraph \(DOTText.identifier("cluster_country_\(country.lowercased())")) {")
                lines.append("    label=\(DOTText.quoted(country)); style=\"rounded,dashed\"; color=\"#9e9e9e\"; fontcolor=\"#616161\"; fontsize=14; id=\(DOTText.identifier("country-\(country.lowercased())"))")
                lines += byCountry[country]!.map { "  " + node($0, stances: stances, path: path) }
                lines.append("  }")
            }
            lines += actors.filter { $0.country == nil }.map { node($0, stances: stances, path: path) }
        } else {
            lines += actors.map { node($0, stances: stances, path: path) }
        }
        for (index, group) in groups.enumerated() {
            lines.append(edge(group, index: index, path: path))
        }
        if options.legend { lines.append(legend(actors: actors, groups: groups)) }
        // Invisible corners give every picture of a series the same drawing area.
        for corner in ["stakegraph_corner_low", "stakegraph_corner_high"] {
            if let pin = options.pinned[corner] { lines.append("  \(corner) [shape=point, style=invis, width=0.01, label=\"\", \(pin.pinnedDOT)]") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
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

    private func edgeGroups(among ids: Set<String>) -> [EdgeGroup] {
        var groups: [String: EdgeGroup] = [:]
        for relation in graph.relations where ids.contains(relation.from) && ids.contains(relation.to) {
            guard let type = graph.relationType(relation.type) else { continue }
            var (from, to) = (relation.from, relation.to)
            if !type.directed && to < from { (from, to) = (to, from) }
            let key = "\(from)\u{0}\(to)\u{0}\(type.id)"
            groups[key, default: EdgeGroup(from: from, to: to, type: type, relations: [])].relations.append(relation)
        }
        return groups.keys.sorted().map { groups[$0]! }
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

    // MARK: Elements

    private func graphAttributes(actorCount: Int, relationCount: Int, groups: [EdgeGroup], path: HighlightedPath) -> String {
        var words = slice.summary
        let moment = slice.moment.description
        if !moment.isEmpty { words.removeFirst() }
        var subtitle = [moment, "\(actorCount) actors", "\(relationCount) relations"].filter { !$0.isEmpty } + words
        if let caption = options.caption { subtitle.append(caption) }
        if let focus = options.focus {
            let name = graph.actor(id: focus)?.name ?? focus
            subtitle.append("within \(options.depth) hop\(options.depth == 1 ? "" : "s") of \(name)")
        }
        if case .stance(let issue) = options.coloring { subtitle.append("colour: stance on \(issue)") }
        if !path.sequence.isEmpty {
            subtitle.append("path: " + path.sequence.map { graph.actor(id: $0)?.name ?? $0 }.joined(separator: " → "))
        }
        let title = graph.info.title ?? graph.info.id
        let label = "<<B>\(DOTText.html(title))</B><BR/><FONT POINT-SIZE=\"14\">\(DOTText.html(subtitle.joined(separator: " · ")))</FONT>>"
        return [
            "label=\(label)", "labelloc=t", "fontname=\"\(DiagramStyle.fontName)\"", "fontsize=26",
            "rankdir=LR", "nodesep=0.18", "ranksep=0.35", options.pinned.isEmpty ? "overlap=false" : "overlap=true", "splines=\(options.splines)", "outputorder=edgesfirst",
            "bgcolor=white", "pad=0.2", "id=\"stakegraph\"", "class=\"stakegraph\"",
        ].joined(separator: ", ") + (options.pinned.isEmpty ? "" : ", notranslate=true")
    }

    private func node(_ actor: Actor, stances: [String: Stance], path: HighlightedPath) -> String {
        let look = DiagramStyle.look(of: actor.kind)
        var fill = look.fill
        var classes = ["actor", actor.kind.rawValue]
        if case .stance = options.coloring {
            fill = DiagramStyle.fill(for: stances[actor.id])
            classes.append(stances[actor.id].map { "stance-\($0.name)" } ?? "stance-none")
        }
        var style = ["filled"] + (look.style.isEmpty ? [] : [look.style])
        var attributes = [
            "id=\(DOTText.identifier("actor-\(actor.id)"))",
            "class=\(DOTText.identifier(classes.joined(separator: " ")))",
            "label=\(DOTText.quoted(actor.name))",
            "shape=\(look.shape)",
        ]
        if !path.isEmpty {
            if path.actors.contains(actor.id) {
                attributes.append("penwidth=2.5")
                attributes.append("color=\"#000000\"")
                classes.append("highlight")
            } else {
                fill = "\(fill)66"
                attributes.append("color=\"#bdbdbd\"")
                attributes.append("fontcolor=\"#9e9e9e\"")
            }
            attributes[1] = "class=\(DOTText.identifier(classes.joined(separator: " ")))"
        }
        if options.focus == actor.id { attributes.append("penwidth=2.5"); style.append("bold") }
        if let pin = options.pinned[actor.id] { attributes.append(pin.pinnedDOT) }
        attributes.append("fillcolor=\"\(fill)\"")
        attributes.append("style=\"\(style.joined(separator: ","))\"")
        attributes.append("tooltip=\(DOTText.tooltip(nodeTooltip(actor)))")
        if let url = actor.url.flatMap({ DOTText.url($0, forXML: options.urlsForXML) }) {
            attributes.append("URL=\(url)")
            attributes.append("target=\"_blank\"")
        }
        return "  \(DOTText.identifier(actor.id)) [\(attributes.joined(separator: ", "))]"
    }

    private func nodeTooltip(_ actor: Actor) -> String {
        var lines = ["\(actor.name) (\(actor.kind.rawValue)\(actor.country.map { ", \($0)" } ?? ""))"]
        if !actor.aliases.isEmpty { lines.append("also: \(actor.aliases.joined(separator: ", "))") }
        if let description = actor.description { lines.append(description) }
        return lines.joined(separator: "\n")
    }

    private func edge(_ group: EdgeGroup, index: Int, path: HighlightedPath) -> String {
        let type = group.type
        var classes = ["relation", type.polarity.rawValue, type.mode.rawValue, type.id]
        var color = DiagramStyle.color(of: type.polarity)
        var penWidth = DiagramStyle.penWidth(of: type.mode)
        if !path.isEmpty {
            let onPath = path.hops.contains("\(group.from)\u{0}\(group.to)")
                || (!type.directed && path.hops.contains("\(group.to)\u{0}\(group.from)"))
            if onPath {
                penWidth = 3.2
                classes.append("highlight")
            } else {
                color += "55"
            }
        }
        var attributes = [
            "id=\(DOTText.identifier("relation-\(group.from)-\(type.id)-\(group.to)"))",
            "class=\(DOTText.identifier(classes.joined(separator: " ")))",
            "color=\"\(color)\"", "fontcolor=\"\(color)\"",
            "style=\"\(DiagramStyle.lineStyle(of: type.mode))\"",
            "penwidth=\(penWidth)",
        ]
        if !type.directed { attributes.append("dir=none") }
        if options.edgeLabels {
            // Graphviz 2.42's dot frees the virtual nodes of edge labels twice when the graph has
            // clusters (a double free in dot_cleanup, reproduced in plain C); external labels
            // (`xlabel`) are placed after layout and avoid it.
            let name = options.clusterByCountry ? "xlabel" : "label"
            attributes.append("\(name)=\(DOTText.quoted(edgeLabel(group)))")
        }
        let tooltip = DOTText.tooltip(edgeTooltip(group))
        attributes.append("tooltip=\(tooltip)")
        attributes.append("labeltooltip=\(tooltip)")
        let urls = group.relations.flatMap(\.evidence).compactMap { graph.source(id: $0.source)?.url }
        if let url = urls.first.flatMap({ DOTText.url($0, forXML: options.urlsForXML) }) {
            attributes.append("URL=\(url)")
            attributes.append("target=\"_blank\"")
        }
        return "  \(DOTText.identifier(group.from)) -> \(DOTText.identifier(group.to)) [\(attributes.joined(separator: ", "))]"
    }

    private func edgeLabel(_ group: EdgeGroup) -> String {
        let dates = group.relations.map(\.span.description).filter { !$0.isEmpty }
        var label = group.type.label
        if group.relations.count > 1 { label += " ×\(group.relations.count)" }
        if !dates.isEmpty { label += "\n" + Array(Set(dates)).sorted().joined(separator: ", ") }
        return label
    }

    private func edgeTooltip(_ group: EdgeGroup) -> String {
        var lines: [String] = []
        for relation in group.relations {
            let from = graph.actor(id: relation.from)?.name ?? relation.from
            let to = graph.actor(id: relation.to)?.name ?? relation.to
            let date = relation.span == .undated ? "" : " (\(relation.span.description))"
            lines.append("\(from) \(group.type.label) \(to)\(date)")
            for evidence in relation.evidence {
                let source = graph.source(id: evidence.source)
                let origin = [source?.title, source?.publisher, source?.date?.description].compactMap { $0 }.joined(separator: ", ")
                lines.append("“\(evidence.quote)” — \(origin)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func legend(actors: [Actor], groups: [EdgeGroup]) -> String {
        var rows: [String] = ["<TR><TD><B>Legend</B></TD></TR>"]
        if case .stance(let issue) = options.coloring {
            rows.append("<TR><TD>\(DOTText.html(graph.issue(id: issue)?.question ?? issue))</TD></TR>")
            for stance in Stance.allCases.reversed() {
                rows.append("<TR><TD BGCOLOR=\"\(DiagramStyle.fill(for: stance))\">\(stance.name)</TD></TR>")
            }
            rows.append("<TR><TD BGCOLOR=\"\(DiagramStyle.fill(for: nil))\">no stated position</TD></TR>")
        } else {
            for kind in ActorKind.allCases where actors.contains(where: { $0.kind == kind }) {
                rows.append("<TR><TD BGCOLOR=\"\(DiagramStyle.look(of: kind).fill)\">\(kind.rawValue)</TD></TR>")
            }
        }
        // Pinned pictures (a series of frames) share one legend whatever each frame draws.
        for polarity in Polarity.allCases where !options.pinned.isEmpty || groups.contains(where: { $0.type.polarity == polarity }) {
            rows.append("<TR><TD><FONT COLOR=\"\(DiagramStyle.color(of: polarity))\">━━ \(polarity.rawValue)</FONT></TD></TR>")
        }
        rows.append("<TR><TD>- - - verbal (says)</TD></TR><TR><TD>━━ material (does)</TD></TR><TR><TD><FONT COLOR=\"\(DiagramStyle.color(of: .neutral))\">── structural (belongs)</FONT></TD></TR>")
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(rows.joined())</TABLE>"
        let pin = options.pinned["stakegraph_legend"].map { ", " + $0.pinnedDOT } ?? ""
        return "  \"stakegraph_legend\" [id=\"legend\", class=\"legend\", shape=plaintext, style=\"\", fontsize=10, label=<\(table)>, tooltip=\"Legend\"\(pin)]"
    }
}
