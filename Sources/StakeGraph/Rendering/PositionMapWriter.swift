import Foundation

/// DOT for a position map (the PolicyMaker-style stakeholder map): each actor with a stance on
/// an issue is a circle at its stance on the horizontal axis (oppose ← → support) and its power
/// on the vertical axis, sized by power and coloured by stance. Positions are pinned
/// (`pos="x,y!"`) for `neato`, which keeps them; names are placed by `LabelPlacement` clear of
/// every circle and every other name, with a leader line where a crowd pushes one away.
///
/// Power is drawn on a square-root scale: centrality scores are skewed (a few actors hold most of
/// it), and a linear axis would stack everyone else on the floor.
public struct PositionMapWriter {
    public struct Options: Sendable {
        /// The centrality measure the power values are, for the axis label.
        public var powerName = "PageRank"
        /// Also draw the relations between the actors shown, faintly.
        public var relations = false
        /// Write links for SVG (XML-escaped) rather than for PNG/PDF.
        public var urlsForXML = true
        /// The page to draw for and the smallest text allowed on it (nil: 7 pt).
        public var page: PageChoice = .none
        public var minimumFont: Double?

        public init() {}
    }

    public let slice: GraphSlice
    public let issue: Issue
    public let rows: [ActorPosition]
    public let options: Options
    var graph: StakeholderGraph { slice.graph }

    /// The smallest text of the map, in points at its natural size (names, ticks, the legend).
    static let smallestFont = 10.0

    /// Inches per stance step on the horizontal axis, and the height of the power axis.
    static let stanceWidth = 1.8, powerHeight = 4.7

    public init(slice: GraphSlice, issue: Issue, rows: [ActorPosition], options: Options = Options()) {
        self.slice = slice
        self.issue = issue
        self.rows = rows
        self.options = options
    }

    /// The actors drawn (those with a declared or inferred stance) and their centres in inches.
    public var placements: [(row: ActorPosition, x: Double, y: Double, diameter: Double)] {
        let shown = rows.filter { $0.placement != nil }.sorted { $0.power != $1.power ? $0.power > $1.power : $0.actor.id < $1.actor.id }
        let top = (shown.map(\.power).max() ?? 0).squareRoot(), bottom = (shown.map(\.power).min() ?? 0).squareRoot()
        var placed: [(row: ActorPosition, x: Double, y: Double, diameter: Double)] = []
        for row in shown {
            let root = row.power.squareRoot()
            let diameter = 0.16 + 0.5 * (top > 0 ? root / top : 0)
            // The weakest actor shown sits just above the stance axis, the strongest at the top.
            let height = top > bottom ? (root - bottom) / (top - bottom) : 0.5
            let x0 = row.placement! * Self.stanceWidth, y0 = 0.5 + (Self.powerHeight - 0.5) * height
            // Nudge sideways (then up) until clear of the circles placed so far, keeping within a
            // third of a stance step of the true position.
            var spot = (x: x0, y: y0)
            search: for step in 0..<40 {
                let offset = Double((step + 1) / 2) * 0.35 * (step % 2 == 0 ? 1 : -1)
                let candidate = step < 7 ? (x: x0 + offset, y: y0) : (x: x0 + Double(step % 7 - 3) * 0.22, y: y0 + Double(step / 7) * 0.4)
                let clear = placed.allSatisfy { other in
                    let dx = other.x - candidate.x, dy = other.y - candidate.y
                    return (dx * dx + dy * dy).squareRoot() >= (other.diameter + diameter) / 2 + 0.1
                }
                if clear { spot = candidate; break search }
            }
            placed.append((row, spot.x, spot.y, diameter))
        }
        return placed
    }

    public func dot() -> String {
        let placed = placements
        var lines = ["digraph \"position-map\" {"]
        lines.append("  graph [\(graphAttributes(shown: placed.count))]")
        lines.append("  node [fontname=\"\(DiagramStyle.fontName)\", fontsize=10, fixedsize=true, label=\"\", shape=circle, style=filled]")
        lines.append("  edge [arrowsize=0.4, color=\"#9e9e9e66\", penwidth=0.6]")
        lines += axes()
        for (row, x, y, diameter) in placed { lines.append(node(row, x: x, y: y, diameter: diameter)) }
        let (names, key) = names(placed)
        lines += names
        if options.relations {
            let ids = Set(placed.map(\.row.actor.id))
            var drawn = Set<String>()
            for relation in graph.relations where ids.contains(relation.from) && ids.contains(relation.to) && relation.from != relation.to {
                guard drawn.insert("\(relation.from) \(relation.to)").inserted, let type = graph.relationType(relation.type) else { continue }
                lines.append("  \(DOTText.identifier(relation.from)) -> \(DOTText.identifier(relation.to)) [color=\"\(DiagramStyle.color(of: type.polarity))44\", class=\"relation \(type.polarity.rawValue)\", tooltip=\(DOTText.tooltip("\(relation.from) \(type.label) \(relation.to)"))]")
            }
        }
        lines.append(legend())
        if !key.isEmpty { lines.append(keyNode(key)) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func graphAttributes(shown: Int) -> String {
        let hidden = rows.count - shown
        var subtitle = ["x: stance (declared, else inferred from relations with \(issue.subject.flatMap { graph.actor(id: $0)?.name } ?? "the subject"))",
                        "y and size: power (\(options.powerName), square-root scale)"]
        subtitle += slice.summary
        if hidden > 0 { subtitle.append("\(hidden) actor\(hidden == 1 ? "" : "s") without a stance not shown") }
        let title = "Position map: \(issue.question)"
        let lines = TextMetrics.joined(subtitle, width: 90).map { "<FONT POINT-SIZE=\"12\">\(DOTText.html($0))</FONT>" }
        let label = "<<B>\(DOTText.html(title))</B><BR/>\(lines.joined(separator: "<BR/>"))>"
        return ["label=\(label)", "labelloc=t", "fontname=\"\(DiagramStyle.fontName)\"", "fontsize=20", "splines=false",
                "outputorder=edgesfirst", "bgcolor=white", "pad=0.15", "id=\"position-map\"",
                "class=\"stakegraph position-map\""].joined(separator: ", ")
    }

    /// The stance axis with its five ticks, and the power axis.
    private func axes() -> [String] {
        let left = -2.35 * Self.stanceWidth, right = 2.35 * Self.stanceWidth, floor = -0.45
        var lines = [
            "  axis_left [id=\"axis-left\", class=\"axis\", shape=point, width=0.01, pos=\"\(f(left)),\(f(floor))!\"]",
            "  axis_right [id=\"axis-right\", class=\"axis\", shape=point, width=0.01, pos=\"\(f(right)),\(f(floor))!\"]",
            "  axis_left -> axis_right [id=\"stance-axis\", class=\"axis\", dir=both, color=\"#424242\", penwidth=1, arrowsize=0.6]",
            "  axis_bottom [id=\"axis-bottom\", class=\"axis\", shape=point, width=0.01, pos=\"\(f(left - 0.3)),\(f(floor))!\"]",
            "  axis_top [id=\"axis-top\", class=\"axis\", shape=point, width=0.01, pos=\"\(f(left - 0.3)),\(f(Self.powerHeight + 0.5))!\"]",
            "  axis_bottom -> axis_top [id=\"power-axis\", class=\"axis\", color=\"#424242\", penwidth=1, arrowsize=0.6]",
            "  power_label [id=\"power-label\", class=\"axis\", shape=plaintext, fixedsize=false, style=\"\", fontsize=11, label=\(DOTText.quoted("more power ↑\n(\(options.powerName))")), pos=\"\(f(left - 0.3)),\(f(Self.powerHeight + 0.9))!\"]",
        ]
        for stance in Stance.allCases {
            let x = Double(stance.rawValue) * Self.stanceWidth
            lines.append("  tick_\(stance.rawValue + 2) [id=\"tick-\(stance.name)\", class=\"axis\", shape=plaintext, fixedsize=false, style=\"\", fontsize=11, label=\(DOTText.quoted("\(stance.name.replacingOccurrences(of: "-", with: " "))\n(\(stance.rawValue > 0 ? "+\(stance.rawValue)" : stance.rawValue < 0 ? "−\(-stance.rawValue)" : "0"))")), pos=\"\(f(x)),\(f(floor - 0.35))!\"]")
        }
        lines.append("  oppose_label [class=\"axis\", shape=plaintext, fixedsize=false, style=\"\", fontsize=12, label=\"← oppose\", pos=\"\(f(left + 0.5)),\(f(floor - 0.85))!\"]")
        lines.append("  support_label [class=\"axis\", shape=plaintext, fixedsize=false, style=\"\", fontsize=12, label=\"support →\", pos=\"\(f(right - 0.5)),\(f(floor - 0.85))!\"]")
        return lines
    }

    private func node(_ row: ActorPosition, x: Double, y: Double, diameter: Double) -> String {
        let stance = row.declared ?? Stance(rawValue: Int(row.inferred!.rounded()))
        var classes = ["actor", row.actor.kind.rawValue, "stance-\(stance?.name ?? "none")"]
        var style = ["filled"]
        var attributes = ["pos=\"\(f(x)),\(f(y))!\"", "width=\(f(diameter))", "fillcolor=\"\(DiagramStyle.fill(for: stance))\""]
        if row.declared == nil {
            style.append("dashed")
            classes.append("inferred")
        }
        if row.disagrees {
            attributes += ["color=\"#b71c1c\"", "penwidth=2.5"]
            classes.append("disagrees")
        } else {
            attributes.append("color=\"#424242\"")
        }
        attributes.insert("id=\(DOTText.identifier("actor-\(row.actor.id)"))", at: 0)
        attributes.insert("class=\(DOTText.identifier(classes.joined(separator: " ")))", at: 1)
        attributes.append("style=\"\(style.joined(separator: ","))\"")
        var tooltip = ["\(row.actor.name) (\(row.actor.kind.rawValue))"]
        tooltip.append("declared: \(row.declared.map { "\($0.name) (\($0.rawValue))" } ?? "none")")
        tooltip.append("inferred: \(row.inferred.map { String(format: "%+.2f from %d relation%@", $0, row.basis.count, row.basis.count == 1 ? "" : "s") } ?? "none")")
        tooltip.append("power (\(options.powerName)): \(String(format: "%.4f", row.power))")
        tooltip.append("evidence: \(row.evidence) quote\(row.evidence == 1 ? "" : "s")")
        if row.disagrees { tooltip.append("declared and inferred stances disagree") }
        attributes.append("tooltip=\(DOTText.tooltip(tooltip.joined(separator: "\n")))")
        if let url = row.actor.url.flatMap({ DOTText.url($0, forXML: options.urlsForXML) }) {
            attributes += ["URL=\(url)", "target=\"_blank\""]
        }
        return "  \(DOTText.identifier(row.actor.id)) [\(attributes.joined(separator: ", "))]"
    }

    private func legend() -> String {
        var cells = ["<TR><TD COLSPAN=\"2\"><B>Stance</B></TD></TR>"]
        for stance in Stance.allCases.reversed() {
            cells.append("<TR><TD BGCOLOR=\"\(DiagramStyle.fill(for: stance))\" WIDTH=\"14\"> </TD><TD ALIGN=\"LEFT\">\(DOTText.html(stance.name))</TD></TR>")
        }
        cells.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">solid: declared<BR ALIGN=\"LEFT\"/>dashed: inferred only<BR ALIGN=\"LEFT\"/><FONT COLOR=\"#b71c1c\">red ring ≠</FONT>: declared and<BR ALIGN=\"LEFT\"/>inferred disagree<BR ALIGN=\"LEFT\"/></TD></TR>")
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\(cells.joined())</TABLE>"
        let x = legendBox.x, y = legendBox.y
        return "  legend [id=\"legend\", class=\"legend\", shape=plaintext, fixedsize=false, style=\"\", fontsize=10, label=<\(table)>, pos=\"\(f(x)),\(f(y))!\"]"
    }

    /// The key of the names shown by number, under the legend.
    private func keyNode(_ key: [(Int, String)]) -> String {
        let rows = key.map { "<TR><TD ALIGN=\"RIGHT\">\($0.0)</TD><TD ALIGN=\"LEFT\">\(DOTText.html($0.1))</TD></TR>" }.joined()
        let table = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">\(rows)</TABLE>"
        let place = keyBox(count: key.count)
        return "  legend_key [id=\"legend-key\", class=\"legend key\", shape=plaintext, fixedsize=false, style=\"\", fontsize=10, label=<\(table)>, pos=\"\(f(place.x)),\(f(place.y))!\"]"
    }

    /// Where the key of `count` numbered names goes: under the legend, its top a little below
    /// the legend's bottom.
    func keyBox(count: Int) -> LabelPlacement.Box {
        let height = Double(count) * 0.18 + 0.05, top = legendBox.bottom - 0.1
        return LabelPlacement.Box(left: legendBox.left, bottom: top - height, right: legendBox.right, top: top)
    }

    /// Where the legend goes (right of the plot, level with its top), in inches.
    var legendBox: LabelPlacement.Box { LabelPlacement.Box(x: 2.35 * Self.stanceWidth + 1.3, y: Self.powerHeight - 1, width: 2.0, height: 2.1) }

    /// The text of an actor's name on the map.
    static func name(_ row: ActorPosition) -> String { row.actor.name + (row.disagrees ? " ≠" : "") }

    /// Each actor's name as a node of its own (`label-ID`, class `actor-label`) where
    /// `LabelPlacement` put it, and a leader line from its circle where it had to move away. A
    /// name that finds no place clear of the others and nearer its own circle than any other (a
    /// crowd of weak actors at one stance) is replaced by a number, which the key beside the
    /// legend spells out.
    func names(_ placed: [(row: ActorPosition, x: Double, y: Double, diameter: Double)]) -> (lines: [String], key: [(Int, String)]) {
        let size = Self.smallestFont
        let circles = placed.map { LabelPlacement.Circle(x: $0.x, y: $0.y, radius: $0.diameter / 2) }
        func box(_ text: String) -> (width: Double, height: Double) { (TextMetrics.width(text, size: size) / 72 + 0.04, size * 1.25 / 72) }
        var texts = placed.map { Self.name($0.row) }
        var places = LabelPlacement.place(circles, labels: Dictionary(uniqueKeysWithValues: texts.indices.map { ($0, box(texts[$0])) }),
                                          obstacles: labelObstacles)
        var key: [(Int, String)] = []
        let crowded = LabelPlacement.unclear(places, circles: circles, obstacles: labelObstacles)
        if !crowded.isEmpty {
            // Short numbers for the crowded names, placed around the names that did fit.
            for (number, index) in crowded.enumerated() {
                key.append((number + 1, texts[index]))
                texts[index] = String(number + 1)
            }
            let fixed = places.filter { !crowded.contains($0.key) }.map(\.value.box)
            let numbers = LabelPlacement.place(circles, labels: Dictionary(uniqueKeysWithValues: crowded.map { ($0, box(texts[$0])) }),
                                               obstacles: labelObstacles + fixed + [keyBox(count: key.count)])
            for (index, place) in numbers { places[index] = place }
        }
        var lines: [String] = []
        for (index, item) in placed.enumerated() {
            let id = item.row.actor.id, place = places[index]!
            lines.append("  \(DOTText.identifier("label_\(id)")) [id=\(DOTText.identifier("label-\(id)")), class=\"actor-label\", shape=plaintext, style=\"\", fixedsize=true, width=\(f(place.box.width)), height=\(f(place.box.height)), margin=0, fontsize=\(Int(size)), label=\(DOTText.quoted(texts[index])), pos=\"\(f(place.box.x)),\(f(place.box.y))!\", tooltip=\(DOTText.tooltip(item.row.actor.name))]")
            if place.leader {
                lines.append("  \(DOTText.identifier(id)) -> \(DOTText.identifier("label_\(id)")) [class=\"leader\", dir=none, color=\"#9e9e9e\", penwidth=0.6]")
            }
        }
        return (lines, key)
    }

    /// What names must keep clear of: the axes, their ticks and the legend.
    var labelObstacles: [LabelPlacement.Box] {
        let left = -2.35 * Self.stanceWidth, floor = -0.45
        return [
            LabelPlacement.Box(left: -100, bottom: -100, right: 100, top: floor + 0.05),   // the stance axis and its ticks
            LabelPlacement.Box(left: -100, bottom: -100, right: left - 0.25, top: 100),    // the power axis
            legendBox,
        ]
    }

    private func f(_ value: Double) -> String { String(format: "%.3f", value) }
}
