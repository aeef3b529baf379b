/// Actors ranked by centrality measures on a slice (what `stakegraph centrality` prints).
///
/// The values are NetworkX's on the projection of the slice's relations over every actor of the
/// graph (isolated actors count in n); the rows are the actors in play, those with a relation in
/// the slice, and `leftOut` says how many others there were.
public struct CentralityRanking: Sendable {
    public struct Row: Sendable {
        public var actor: Actor
        /// One value per measure, in the order asked for.
        public var values: [Double]
    }

    public var measures: [CentralityMeasure]
    /// Sorted by the first measure, highest first, then by id.
    public var rows: [Row]
    /// Actors of the graph without a relation in the slice, not ranked.
    public var leftOut: Int

    /// Ranks the actors in play of `slice` by `measures`; `undirected` ignores direction.
    ///
    /// - Parameter projected: called once the network is built, before any measure runs (so
    ///   that `--timings` can tell projecting from computing).
    /// - Throws: `AnalysisError` for a measure that does not converge.
    /// - Complexity: that of the measures (see `NetworkAnalysis`), plus O(n log n) for sorting.
    public init(_ slice: GraphSlice, measures: [CentralityMeasure], undirected: Bool = false,
                projected: () -> Void = {}) throws(AnalysisError) {
        let projection = Projection(slice.graph, undirected: undirected)
        projected()
        let columns = try CentralityMeasure.scores(measures, on: projection.network)
        var rows: [Row] = []
        for vertex in projection.actorIDs.indices where slice.actorsInPlay.contains(projection.actorID(of: vertex)) {
            guard let actor = slice.graph.actor(id: projection.actorID(of: vertex)) else { continue }
            rows.append(Row(actor: actor, values: columns.map { $0[vertex] }))
        }
        rows.sort { $0.values[0] != $1.values[0] ? $0.values[0] > $1.values[0] : $0.actor.id < $1.actor.id }
        self.measures = measures
        self.rows = rows
        leftOut = projection.actorIDs.count - rows.count
    }
}
