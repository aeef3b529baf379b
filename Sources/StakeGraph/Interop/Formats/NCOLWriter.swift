/// NCOL (Large Graph Layout's edge list, igraph's `Read_Ncol`): one `from to weight` line per
/// relation, the actors by id (kebab-case, so no quoting is needed) and the weight signed by the
/// type's polarity (−1 hostile, 1 cooperative, 0 neutral). Actors without relations, types,
/// directions, dates and evidence are not in the format.
enum NCOLWriter {
    /// - Complexity: O(r) for r relations.
    static func write(_ graph: StakeholderGraph) -> String {
        graph.relations.map { "\($0.from) \($0.to) \(ExportLabels.signedWeight($0, in: graph))\n" }.joined()
    }
}
