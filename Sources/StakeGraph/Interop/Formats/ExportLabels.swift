/// What the exports to Pajek, UCINET DL and Kumu name actors by, and the signed weight they give
/// relations, shared by those writers.
enum ExportLabels {
    /// Each actor's name, or `name (id)` when another actor has the same name, since these formats
    /// find vertices by their labels; in the graph's order.
    ///
    /// - Complexity: O(n) for n actors.
    static func unique(_ graph: StakeholderGraph) -> [String: String] {
        var count: [String: Int] = [:]
        for actor in graph.actors { count[actor.name, default: 0] += 1 }
        var labels: [String: String] = [:]
        for actor in graph.actors { labels[actor.id] = count[actor.name]! > 1 ? "\(actor.name) (\(actor.id))" : actor.name }
        return labels
    }

    /// −1 for a hostile relation, 1 for a cooperative one, 0 for a neutral one: the signed weight
    /// that structural-balance tools (Pajek, signnet, UCINET) read.
    static func signedWeight(_ relation: Relation, in graph: StakeholderGraph) -> Int {
        switch graph.relationType(relation.type)?.polarity ?? .neutral {
        case .hostile: return -1
        case .cooperative: return 1
        case .neutral: return 0
        }
    }
}
