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
    /// - Parameters:
    ///   - projected: called once the network is built, before any measure runs, and
    ///   - computed: once every measure has run, before the rows are built and sorted (so that
    ///     `--timings` can tell projecting, computing and ranking apart).
    /// - Throws: `AnalysisError` for a measure that does not converge.
    /// - Complexity: that of the measures (see `NetworkAnalysis`), plus O(n log n) for sorting.
    public init(_ slice: GraphSlice, measures: [CentralityMeasure], undirected: Bool = false,
                projected: () -> Void = {}, computed: () -> Void = {}) throws(AnalysisError) {
        let projection = Projection(slice.graph, undirected: undirected)
        projected()
        let columns = try CentralityMeasure.scores(measures, on: projection.network)
        computed()
        // Vertices are numbered in id order, so "then by id" is "then by vertex": sorting plain
        // vertex numbers by the first column costs no string comparison.
        let first = columns[0]
        let ranked = projection.actorIDs.indices
            .filter { slice.actorsInPlay.contains(projection.actorID(of: $0)) }
            .sorted { first[$0] != first[$1] ? first[$0] > first[$1] : $0 < $1 }
        var rows: [Row] = []
        rows.reserveCapacity(ranked.count)
        for vertex in ranked {
            guard let actor = slice.graph.actor(id: projection.actorID(of: vertex)) else { continue }
            rows.append(Row(actor: actor, values: columns.map { $0[vertex] }))
        }
        self.measures = measures
        self.rows = rows
        leftOut = projection.actorIDs.count - rows.count
    }
}
