import NetworkAnalysis

/// A path between actors with, for every hop, the relations that make it.
public struct ExplainedPath: Sendable {
    public var actors: [String]
    public var hops: [Hop]

    /// One step of a path and the selected relations that support it: relations from `from` to
    /// `to`, and relations the other way whose type is undirected (or any, with `--undirected`).
    public struct Hop: Sendable {
        public var from: String
        public var to: String
        public var relations: [Relation]
    }
}

/// How many paths a query wants.
public enum PathRequest: Sendable, Equatable {
    /// One shortest path (the tie-break is `Network.shortestPath`'s).
    case one
    /// Every shortest path, up to a limit.
    case allShortest(limit: Int)
    /// The k shortest simple paths (Yen).
    case kShortest(Int)
}

/// Why there is no path between two actors, in the graph's terms.
public enum NoPathReason: Sendable, Equatable {
    /// The start has no relation out of it in the slice.
    case noOutgoing
    /// The end has no relation into it in the slice.
    case noIncoming
    /// A path exists, but it has more hops than allowed.
    case tooLong(hops: Int, maximum: Int)
    /// The start reaches `reached` actors and `reaching` actors reach the end, but none of the
    /// first leads to the end.
    case disconnected(reached: Int, reaching: Int)
}

/// Finds and explains paths between actors over a slice's relations.
public struct PathFinder: Sendable {
    public let slice: GraphSlice
    public let undirected: Bool
    let projection: Projection
    var graph: StakeholderGraph { slice.graph }
    var relations: [Relation] { slice.relations }

    public init(slice: GraphSlice, undirected: Bool = false) {
        self.slice = slice
        self.undirected = undirected
        projection = Projection(slice.graph, undirected: undirected)
    }

    /// The paths from `from` to `to` (actor ids), shortest first; empty when there is none
    /// within `maxHops`.
    public func paths(from: String, to: String, request: PathRequest = .one, maxHops: Int = .max) -> [ExplainedPath] {
        guard let source = projection.vertex(of: from), let target = projection.vertex(of: to) else { return [] }
        let network = projection.network
        var found: [[Int]]
        switch request {
        case .one: found = network.shortestPath(from: source, to: target).map { [$0] } ?? []
        case .allShortest(let limit): found = network.allShortestPaths(from: source, to: target, limit: limit)
        case .kShortest(let k): found = network.kShortestPaths(from: source, to: target, k: k, maxHops: maxHops)
        }
        found = found.filter { $0.count - 1 <= maxHops }
        return found.map { explain($0.map(projection.actorID(of:))) }
    }

    /// Why there is no path from `from` to `to` (actor ids) within `maxHops`.
    public func reasonForNoPath(from: String, to: String, maxHops: Int = .max) -> NoPathReason {
        guard let source = projection.vertex(of: from), let target = projection.vertex(of: to) else {
            return .disconnected(reached: 0, reaching: 0)
        }
        let network = projection.network
        if network.outDegree(of: source) == 0 { return .noOutgoing }
        if network.inDegree(of: target) == 0 { return .noIncoming }
        if maxHops != .max, let shortest = network.shortestPath(from: source, to: target) {
            return .tooLong(hops: shortest.count - 1, maximum: maxHops)
        }
        let forward = network.distances(from: source).filter { $0 > 0 }
        let backward = network.distances(from: target, direction: .in).filter { $0 > 0 }
        return .disconnected(reached: forward.count, reaching: backward.count)
    }

    private func explain(_ actors: [String]) -> ExplainedPath {
        let hops = zip(actors, actors.dropFirst()).map { from, to in
            ExplainedPath.Hop(from: from, to: to, relations: relations.filter { relation in
                guard relation.from != relation.to else { return false }
                if relation.from == from && relation.to == to { return true }
                guard relation.from == to && relation.to == from else { return false }
                return undirected || graph.relationType(relation.type)?.directed == false
            })
        }
        return ExplainedPath(actors: actors, hops: hops)
    }
}
