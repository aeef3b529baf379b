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

/// Finds and explains paths between actors over a selection of relations.
public struct PathFinder: Sendable {
    public let graph: StakeholderGraph
    public let relations: [Relation]
    public let undirected: Bool
    public let projection: Projection

    public init(graph: StakeholderGraph, relations: [Relation], undirected: Bool = false) {
        self.graph = graph
        self.relations = relations
        self.undirected = undirected
        projection = Projection(graph, relations: relations, undirected: undirected)
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

    /// Why there is no path, in one sentence.
    public func reasonForNoPath(from: String, to: String, maxHops: Int = .max) -> String {
        guard let source = projection.vertex(of: from), let target = projection.vertex(of: to) else {
            return "unknown actor"
        }
        let network = projection.network
        let name = { (id: String) in graph.actor(id: id)?.name ?? id }
        if network.outDegree(of: source) == 0 {
            return "\(name(from)) has no outgoing relations in the selection"
        }
        if network.inDegree(of: target) == 0 {
            return "\(name(to)) has no incoming relations in the selection"
        }
        let forward = network.distances(from: source).filter { $0 > 0 }
        let backward = network.distances(from: target, direction: .in).filter { $0 > 0 }
        if maxHops != .max, let shortest = network.shortestPath(from: source, to: target) {
            return "the shortest path has \(shortest.count - 1) hops, more than --max-hops \(maxHops)"
        }
        return "\(name(from)) reaches \(forward.count) actor\(forward.count == 1 ? "" : "s") and \(backward.count) reach \(name(to)), but none of the first lead to \(name(to))"
            + (undirected ? "" : " (--undirected ignores direction)")
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
