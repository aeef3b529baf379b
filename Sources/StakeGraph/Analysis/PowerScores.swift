/// Each actor's power: one centrality measure on the whole graph (every relation), so that power
/// does not change with the slice being looked at. What `positions` and the position map show.
public struct PowerScores: Sendable {
    public var measure: CentralityMeasure
    /// Scores by actor id.
    public var scores: [String: Double]

    /// `measure` on the projection of every relation of `graph`.
    ///
    /// - Throws: `AnalysisError` when the measure does not converge on the graph.
    public init(_ measure: CentralityMeasure = .pagerank, on graph: StakeholderGraph) throws(AnalysisError) {
        let projection = Projection(graph)
        let values = try measure.scores(on: projection.network)
        self.measure = measure
        scores = Dictionary(uniqueKeysWithValues: values.indices.map { (projection.actorID(of: $0), values[$0]) })
    }
}
