/// The relations drawn as one edge: every relation from one actor to another (either way for
/// undirected types) that looks the same — one polarity, one mode, one direction — whatever its
/// type. So a pair has one edge per look, not one per type, and its label stacks the types:
/// "warns against ×2 · pressures". Relations that look different between the same pair stay
/// separate edges, side by side.
struct EdgeBundle {
    var from: String
    var to: String
    var polarity: Polarity
    var mode: RelationMode
    var directed: Bool
    /// The types in the bundle, in the order first met (relations are read in file order).
    var types: [RelationType]
    var relations: [Relation]

    /// The CSS hook of the edge, `relation-FROM-TYPE-TO` (types joined by `+`).
    var id: String { "relation-\(from)-\(types.map(\.id).joined(separator: "+"))-\(to)" }

    /// The relations of `graph` between the actors `ids`, bundled, in a fixed order (by from, to,
    /// polarity, mode), so the same graph always gives the same DOT.
    ///
    /// - Complexity: O(r log r) for r relations.
    static func bundles(of graph: StakeholderGraph, among ids: Set<String>, leaving skipped: Set<Int> = []) -> [EdgeBundle] {
        var bundles: [String: EdgeBundle] = [:]
        for (index, relation) in graph.relations.enumerated() where ids.contains(relation.from) && ids.contains(relation.to) {
            guard !skipped.contains(index), let type = graph.relationType(relation.type) else { continue }
            var (from, to) = (relation.from, relation.to)
            if !type.directed && to < from { (from, to) = (to, from) }
            let key = [from, to, type.polarity.rawValue, type.mode.rawValue, type.directed ? "d" : "u"].joined(separator: "\u{0}")
            var bundle = bundles[key] ?? EdgeBundle(from: from, to: to, polarity: type.polarity, mode: type.mode,
                                                    directed: type.directed, types: [], relations: [])
            if !bundle.types.contains(where: { $0.id == type.id }) { bundle.types.append(type) }
            bundle.relations.append(relation)
            bundles[key] = bundle
        }
        return bundles.keys.sorted().map { bundles[$0]! }
    }

    /// The label: each type with its count and dates, one line each.
    var label: String {
        types.map { type in
            let own = relations.filter { $0.type == type.id }
            let dates = Array(Set(own.map(\.span.description).filter { !$0.isEmpty })).sorted()
            var line = type.label + (own.count > 1 ? " ×\(own.count)" : "")
            if !dates.isEmpty { line += " (" + dates.joined(separator: ", ") + ")" }
            return line
        }.joined(separator: "\n")
    }
}
