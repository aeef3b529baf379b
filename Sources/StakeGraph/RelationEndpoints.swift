/// The actors of a graph's relations as positions in its `actors` array: `from[i]` and `to[i]`
/// are where relation i's `from` and `to` actors stand. A reader that assigns the positions
/// anyway (the relations sheet interns every id as it reads it) records them, so that
/// projection and slicing of a million relations look actors up by integer instead of hashing
/// two strings per relation (issue 18).
///
/// Kept beside `StakeholderGraph.relations`, index for index; a graph built any other way has
/// none, and everything falls back to the ids.
struct RelationEndpoints: Sendable {
    private(set) var from: [Int32] = []
    private(set) var to: [Int32] = []

    var count: Int { from.count }

    /// Records the next relation's endpoints.
    ///
    /// - Complexity: amortised O(1).
    mutating func append(from source: Int32, to target: Int32) {
        from.append(source)
        to.append(target)
    }

    /// The endpoints of the relations at `indices` (ascending positions in the graph's
    /// relations), in that order: what a slice keeps.
    ///
    /// - Complexity: O(k) for k indices.
    func selecting(_ indices: [Int]) -> RelationEndpoints {
        var kept = RelationEndpoints()
        kept.from = indices.map { from[$0] }
        kept.to = indices.map { to[$0] }
        return kept
    }
}
