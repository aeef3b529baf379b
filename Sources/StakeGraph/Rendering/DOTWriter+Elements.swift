/// The graph's attributes, its nodes and its edges, as `DOTWriter` writes them.
extension DOTWriter {
    func graphAttributes(_ content: Content, relationCount: Int, path: HighlightedPath) -> String {
        var words = slice.summary
        let moment = slice.moment.description
        if !moment.isEmpty { words.removeFirst() }
        let inPlay = content.actors.filter { slice.actorsInPlay.contains($0.id) }.count
        let actorWords = options.fadesActorsOutOfPlay && inPlay < content.actors.count
            ? "\(inPlay) of \(content.actors.count) actors in play" : counted(content.actors.count, "actor")
        var subtitle = [moment, actorWords, counted(relationCount, "relation")].filter { !$0.isEmpty } + words
        if let caption = options.caption { subtitle.append(caption) }
        if let focus = options.focus {
            let name = graph.actor(id: focus)?.name ?? focus
            subtitle.append("within \(counted(options.depth, "hop")) of \(name)")
        }
        if !path.sequence.isEmpty {
            subtitle.append("path: " + path.sequence.map { graph.actor(id: $0)?.name ?? $0 }.joined(separator: " → "))
        }
        if !options.edgeLabels && !content.bundles.isEmpty { subtitle.append("relation types in the tooltips") }
        let title = graph.info.title ?? graph.info.id
        var rows = ["<TR><TD><B>\(DOTText.html(title))</B></TD></TR>"]
        rows += TextMetrics.joined(subtitle, width: 110).map { "<TR><TD><FONT POINT-SIZE=\"\(Int(FontSize.subtitle))\">\(DOTText.html($0))</FONT></TD></TR>" }
        if options.legend { rows.append("<TR><TD>\(legend(content))</TD></TR>") }
        let label = "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">\(rows.joined())</TABLE>>"
        var attributes = [
            "label=\(label)", "labelloc=t", "fontname=\"\(DiagramStyle.fontName)\"", "fontsize=\(Int(FontSize.title))",
            "rankdir=LR", "nodesep=0.04", "ranksep=0.2", options.pinned.isEmpty ? "overlap=false" : "overlap=true",
            "splines=\(options.splines)", "outputorder=edgesfirst",
            // dot 2.42 double-frees the label nodes of edges among clusters in its cleanup unless
            // clusters are ranked by the newer algorithm (123 of 150 random nested graphs crashed
            // without, none of 650 with it).
            "newrank=true",
            "bgcolor=white", "pad=0.1", "id=\"stakegraph\"", "class=\"stakegraph\"",
        ]
        if !options.pinned.isEmpty { attributes.append("notranslate=true") }
        return attributes.joined(separator: ", ")
    }

    func node(_ actor: Actor, stances: [String: Stance], path: HighlightedPath, container: Bool = false) -> String {
        let look = DiagramStyle.look(of: actor.kind)
        var fill = look.fill
        var fontColor: String?
        var classes = ["actor", actor.kind.rawValue]
        if case .stance = options.coloring {
            fill = DiagramStyle.fill(for: stances[actor.id])
            if DiagramStyle.isDark(stances[actor.id]) { fontColor = "#ffffff" }
            classes.append(stances[actor.id].map { "stance-\($0.name)" } ?? "stance-none")
        }
        var style = ["filled"] + (look.style.isEmpty ? [] : [look.style])
        var attributes = [
            "label=\(DOTText.quoted(options.nameWidth.map { TextMetrics.wrapped(actor.name, width: $0) }?.joined(separator: "\n") ?? actor.name))",
            "shape=\(look.shape)",
        ]
        var color: String?
        if !path.isEmpty {
            if path.actors.contains(actor.id) {
                attributes.append("penwidth=2.5")
                color = "#000000"
                classes.append("highlight")
            } else {
                fill = "\(fill)66"
                color = "#bdbdbd"
                fontColor = "#757575"
            }
        }
        if options.fadesActorsOutOfPlay && !slice.actorsInPlay.contains(actor.id) {
            fill = "#f5f5f5"
            color = "#cfcfcf"
            fontColor = "#9e9e9e"
            style = ["filled"] + (look.style == "dashed" ? ["dashed"] : [])
            classes.append("out-of-play")
        }
        if container { classes.append("container") }
        if options.focus == actor.id { attributes.append("penwidth=2.5"); style.append("bold") }
        if let pin = options.pinned[actor.id] { attributes.append(pin.pinnedDOT) }
        if let color { attributes.append("color=\"\(color)\"") }
        if let fontColor { attributes.append("fontcolor=\"\(fontColor)\"") }
        attributes.append("fillcolor=\"\(fill)\"")
        attributes.append("style=\"\(style.joined(separator: ","))\"")
        attributes.append("tooltip=\(DOTText.tooltip(nodeTooltip(actor)))")
        if let url = actor.url.flatMap({ DOTText.url($0, forXML: options.urlsForXML) }) {
            attributes.append("URL=\(url)")
            attributes.append("target=\"_blank\"")
        }
        attributes.insert("class=\(DOTText.identifier(classes.joined(separator: " ")))", at: 0)
        attributes.insert("id=\(DOTText.identifier("actor-\(actor.id)"))", at: 0)
        return "  \(DOTText.identifier(actor.id)) [\(attributes.joined(separator: ", "))]"
    }

    func nodeTooltip(_ actor: Actor) -> String {
        var lines = ["\(actor.name) (\(actor.kind.rawValue)\(actor.country.map { ", \($0)" } ?? ""))"]
        if !actor.aliases.isEmpty { lines.append("also: \(actor.aliases.joined(separator: ", "))") }
        if let description = actor.description { lines.append(description) }
        if !actor.tags.isEmpty { lines.append("tags: \(actor.tags.joined(separator: ", "))") }
        for (name, value) in actor.fields.sorted(by: { $0.key < $1.key }) { lines.append("\(name): \(value)") }
        if options.fadesActorsOutOfPlay && !slice.actorsInPlay.contains(actor.id) { lines.append("(no relation in force \(slice.moment))") }
        return lines.joined(separator: "\n")
    }

    func edge(_ bundle: EdgeBundle, path: HighlightedPath, ports: String? = nil) -> String {
        var classes = ["relation", bundle.polarity.rawValue, bundle.mode.rawValue] + bundle.types.map(\.id)
        var color = DiagramStyle.color(of: bundle.polarity)
        var penWidth = DiagramStyle.penWidth(of: bundle.mode)
        if !path.isEmpty {
            let onPath = path.hops.contains("\(bundle.from)\u{0}\(bundle.to)")
                || (!bundle.directed && path.hops.contains("\(bundle.to)\u{0}\(bundle.from)"))
            if onPath {
                penWidth = 3.2
                classes.append("highlight")
            } else {
                color += "55"
            }
        }
        var attributes = [
            "id=\(DOTText.identifier(bundle.id))",
            "class=\(DOTText.identifier(classes.joined(separator: " ")))",
            "color=\"\(color)\"", "fontcolor=\"\(color)\"",
            "style=\"\(DiagramStyle.lineStyle(of: bundle.mode))\"",
            "penwidth=\(penWidth)",
        ]
        if !bundle.directed { attributes.append("dir=none") }
        if let ports { attributes.append(ports) }
        if options.edgeLabels { attributes.append("label=\(DOTText.quoted(bundle.label))") }
        let tooltip = DOTText.tooltip(edgeTooltip(bundle))
        attributes.append("tooltip=\(tooltip)")
        attributes.append("labeltooltip=\(tooltip)")
        let urls = bundle.relations.flatMap(\.evidence).compactMap { graph.source(id: $0.source)?.url }
        if let url = urls.first.flatMap({ DOTText.url($0, forXML: options.urlsForXML) }) {
            attributes.append("URL=\(url)")
            attributes.append("target=\"_blank\"")
        }
        return "  \(DOTText.identifier(bundle.from)) -> \(DOTText.identifier(bundle.to)) [\(attributes.joined(separator: ", "))]"
    }

    func edgeTooltip(_ bundle: EdgeBundle) -> String {
        var lines: [String] = []
        for relation in bundle.relations {
            let from = graph.actor(id: relation.from)?.name ?? relation.from
            let to = graph.actor(id: relation.to)?.name ?? relation.to
            let date = relation.span == .undated ? "" : " (\(relation.span.description))"
            lines.append("\(from) \(graph.relationType(relation.type)?.label ?? relation.type) \(to)\(date)")
            for evidence in relation.evidence { lines.append("\(evidence.cited) — \(sourceLine(evidence.source))") }
        }
        return lines.joined(separator: "\n")
    }

    /// The legend, as a strip under the title (outside the network): the kinds drawn (or the
    /// stances, with the issue's question wrapped), then what edge colours and lines mean.
    func legend(_ content: Content) -> String {
        let size = "POINT-SIZE=\"\(Int(FontSize.legend))\""
        // One FONT for the whole legend: pango keeps every span of an HTML label for good (128
        // bytes each, see README "Memory"), so colour is the only per-cell span.
        func cell(_ text: String, fill: String? = nil, fontColor: String? = nil) -> String {
            let box = fill.map { " BGCOLOR=\"\($0)\" BORDER=\"1\" COLOR=\"#9e9e9e\"" } ?? ""
            let content = fontColor.map { "<FONT COLOR=\"\($0)\">\(DOTText.html(text))</FONT>" } ?? DOTText.html(text)
            return "<TD\(box)>\(content)</TD>"
        }
        var first: [String] = []
        if case .stance(let issue) = options.coloring {
            let question = graph.issue(id: issue)?.question ?? issue
            let lines = TextMetrics.wrapped("Stance on “\(question)”", width: 40).map(DOTText.html)
            first.append("<TD ALIGN=\"LEFT\">\(lines.joined(separator: "<BR ALIGN=\"LEFT\"/>"))<BR ALIGN=\"LEFT\"/></TD>")
            for stance in Stance.allCases.reversed() {
                first.append(cell(stance.name, fill: DiagramStyle.fill(for: stance), fontColor: DiagramStyle.isDark(stance) ? "#ffffff" : nil))
            }
            first.append(cell("no stated position", fill: DiagramStyle.fill(for: nil)))
        } else {
            for kind in ActorKind.allCases where content.actors.contains(where: { $0.kind == kind }) {
                first.append(cell(kind.rawValue, fill: DiagramStyle.look(of: kind).fill))
            }
        }
        var second: [String] = []
        // Pictures of a series (pinned frames) share one legend whatever each one draws.
        for polarity in Polarity.allCases where !options.pinned.isEmpty || content.bundles.contains(where: { $0.polarity == polarity }) {
            second.append(cell("━━ \(polarity.rawValue)", fontColor: DiagramStyle.color(of: polarity)))
        }
        second += [cell("- - - says (verbal)"), cell("━━ does (material)"), cell("── belongs (structural)", fontColor: DiagramStyle.color(of: .neutral))]
        if !content.nesting.isEmpty { second.append(cell("▢ drawn inside: part of, led by, member of")) }
        func row(_ cells: [String]) -> String {
            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\"><TR>\(cells.joined())</TR></TABLE>"
        }
        return "<FONT \(size)><TABLE ID=\"legend\" TOOLTIP=\"Legend\" HREF=\"#legend\" BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR><TD>\(row(first))</TD></TR><TR><TD>\(row(second))</TD></TR></TABLE></FONT>"
    }
}
