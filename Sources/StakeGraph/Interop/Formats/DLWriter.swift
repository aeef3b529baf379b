/// UCINET DL for UCINET, the Discourse Network Analyzer and igraph's `Read_DL`: `dl n=…
/// format=edgelist1`, the actors' names as `labels:` (`name (id)` where names repeat), and one
/// `from to weight` line per relation by node number, the weight signed by the type's polarity
/// (−1 hostile, 1 cooperative, 0 neutral; UCINET itself reads 0 as no tie, stakegraph's import
/// keeps such lines as `related-to`). A DL matrix holds no relation types, directions, dates
/// or evidence.
enum DLWriter {
    static func write(_ graph: StakeholderGraph) -> String {
        let labels = ExportLabels.unique(graph)
        var number: [String: Int] = [:]
        for (index, actor) in graph.actors.enumerated() { number[actor.id] = index + 1 }
        var out = "dl n=\(graph.actors.count) format=edgelist1\nlabels:\n"
        out += graph.actors.map { PajekWriter.quoted(labels[$0.id] ?? $0.id) }.joined(separator: ",\n") + "\n"
        out += "data:\n"
        for relation in graph.relations {
            out += "\(number[relation.from] ?? 1) \(number[relation.to] ?? 1) \(ExportLabels.signedWeight(relation, in: graph))\n"
        }
        return out
    }
}
