import NetworkAnalysis

/// Which way to follow relations from an actor.
public enum Direction: String, Sendable, CaseIterable {
    /// Relations out of the actor: whom it acts on.
    case out
    /// Relations into the actor: who acts on it.
    case `in`
    /// Both ways.
    case both

    var traversal: TraversalDirection {
        switch self {
        case .out: return .out
        case .in: return .in
        case .both: return .both
        }
    }
}

extension GraphSlice {
    /// The actors within `depth` hops of `actor` (an id) along the slice's relations, with their
    /// distance, nearest first (equal distances by id); the actor itself is left out.
    ///
    /// - Complexity: O(n + m) (one breadth-first search).
    public func neighbours(of actor: String, depth: Int, direction: Direction = .both) -> [(actor: Actor, hops: Int)] {
        let projection = Projection(graph)
        guard let center = projection.vertex(of: actor) else { return [] }
        let distance = projection.network.distances(from: center, direction: direction.traversal, maxDepth: depth)
        return distance.indices
            .filter { distance[$0] > 0 }
            .sorted { (distance[$0], projection.actorID(of: $0)) < (distance[$1], projection.actorID(of: $1)) }
            .compactMap { vertex in graph.actor(id: projection.actorID(of: vertex)).map { ($0, Int(distance[vertex])) } }
    }
}
