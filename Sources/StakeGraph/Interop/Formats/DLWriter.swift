/// UCINET DL for UCINET, the Discourse Network Analyzer and igraph's `Read_DL`: `dl n=…` and
/// `format = edgelist1` on lines of their own (as igraph requires), the actors' ids as `labels:`
/// (kebab-case, since igraph's reader takes no quoted labels with spaces), and one
/// `from to weight` line per relation by node number, the weight signed by the type's polarity
/// (−1 hostile, 1 cooperative, 0 neutral; UCINET itself reads 0 as no tie, stakegraph's import
/// keeps such lines as `related-to`). A DL matrix holds no relation types, directions, dates
/// or evidence.
enum DLWriter {
    /// - Complexity: O(a + r) for a actors and r relations.
    static func write(_ graph: StakeholderGraph) -> String {
        var number: [String: Int] = [:]
        for (index, actor) in graph.actors.enumerated() { number[actor.id] = index + 1 }
        var out = "dl n=\(graph.actors.count)\nformat = edgelist1\nlabels:\n"
        out += graph.actors.map(\.id).joined(separator: ",\n") + "\n"
        out += "data:\n"
        for relation in graph.relations {
            out += "\(number[relation.from] ?? 1) \(number[relation.to] ?? 1) \(ExportLabels.signedWeight(relation, in: graph))\n"
        }
        return out
    }
}
