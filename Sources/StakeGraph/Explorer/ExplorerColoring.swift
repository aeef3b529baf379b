import Foundation

/// One way of colouring the explorer's actors: a key of colours and each actor's entry in it.
struct ExplorerColoring: Encodable {
    var id: String
    var label: String
    var legend: [Entry]
    /// Actor id → index in `legend`; actors not listed get `none`.
    var groups: [String: Int]
    var none: Entry?
    var note: String?

    struct Entry: Encodable {
        var label: String
        var color: String
        /// Whether the text on it is drawn white.
        var dark: Bool
    }

    /// Colours for camps and communities (ColorBrewer Set2, then Pastel2), none of them the red or
    /// green of an edge's polarity.
    static let categorical = ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494",
                              "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc"]

    /// By kind, with the drawing's own fills.
    static func byKind(_ graph: StakeholderGraph) -> ExplorerColoring {
        let kinds = ActorKind.allCases.filter { kind in graph.actors.contains { $0.kind == kind } }
        let index = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        return ExplorerColoring(
            id: "kind", label: "kind",
            legend: kinds.map { Entry(label: $0.label, color: DiagramStyle.look(of: $0).fill, dark: false) },
            groups: Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, index[$0.kind]!) }), none: nil)
    }

    /// By each actor's latest declared stance on `issue` among the slice's positions, in the
    /// palette of `render --color-by stance`.
    static func byStance(on issue: Issue, in slice: GraphSlice) -> ExplorerColoring {
        let stances = Stance.allCases
        let latest = slice.positions.latest(on: issue.id)
        return ExplorerColoring(
            id: "stance:\(issue.id)", label: "stance: \(issue.question)",
            legend: stances.map { Entry(label: $0.name.replacingOccurrences(of: "-", with: " "), color: DiagramStyle.fill(for: $0), dark: DiagramStyle.isDark($0)) },
            groups: latest.mapValues { position in stances.firstIndex(of: position.stance)! },
            none: Entry(label: "no stated position", color: DiagramStyle.fill(for: nil), dark: false),
            note: "Declared positions taken by the slice's date.")
    }

    /// By camp of `coalitions` (structural balance over the signed relations).
    static func byCoalition(_ coalitions: CoalitionAnalysis) -> ExplorerColoring {
        let camps = coalitions.camps.filter { !$0.isEmpty }
        return grouped(id: "coalition", label: "coalition", groups: camps, name: ("camp", "camps"),
                       none: "not aligned (no signed relation reaches it)",
                       note: "\(coalitions.frustration) of \(coalitions.signedCount) signed relations run against the camps\(coalitions.isExact ? " (the least possible)" : "").")
    }

    /// By community of `communities` (Louvain modularity).
    static func byCommunity(_ communities: CommunityAnalysis) -> ExplorerColoring {
        grouped(id: "community", label: "community", groups: communities.communities, name: ("community", "communities"),
                none: "in no community (no relation)", note: "Modularity \(String(format: "%.3f", communities.modularity)).")
    }

    private static func grouped(id: String, label: String, groups: [[String]], name: (one: String, many: String), none: String, note: String) -> ExplorerColoring {
        var byActor: [String: Int] = [:]
        var legend: [Entry] = []
        for (index, members) in groups.enumerated() {
            // Past the palette, the remaining groups share its last colour under one entry.
            let entry = min(index, categorical.count - 1)
            if entry == legend.count {
                let label = index == categorical.count - 1 && groups.count > categorical.count
                    ? "\(name.many) \(index + 1)–\(groups.count)" : "\(name.one) \(index + 1) (\(members.count))"
                legend.append(Entry(label: label, color: categorical[entry], dark: false))
            }
            for member in members { byActor[member] = entry }
        }
        return ExplorerColoring(id: id, label: label, legend: legend, groups: byActor,
                                none: Entry(label: none, color: "#ffffff", dark: false), note: note)
    }
}

extension ActorKind {
    /// "international organization" for `international-organization`.
    var label: String { rawValue.replacingOccurrences(of: "-", with: " ") }
}
