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
        projection = Projection(slice.graph, undirected: undirected, keepingRelationVertices: true)
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
        return explain(found)
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

    /// Each path with, for every hop, the relations that make it, in the graph's order.
    ///
    /// The hops of all paths are gathered first, as pairs of vertices, and the relations are
    /// scanned once, comparing integers, for the relations of those pairs: explaining costs
    /// O(r + the hops and relations printed), not a scan of every relation per hop (which made
    /// `--all` at a million relations take minutes).
    private func explain(_ paths: [[Int]]) -> [ExplainedPath] {
        guard !paths.isEmpty, let (froms, tos) = projection.relationVertices else { return [] }
        // The relations of pair (u, v) by key u << 32 | v: those going u → v, and those going
        // v → u when their type counts both ways.
        var wanted: [UInt64: [Int]] = [:]
        func key(_ u: Int, _ v: Int) -> UInt64 { UInt64(u) << 32 | UInt64(v) }
        // The actors on some path: a relation between two others is passed over without hashing.
        var onPath = [Bool](repeating: false, count: projection.actorIDs.count)
        for path in paths {
            for vertex in path { onPath[vertex] = true }
            for (u, v) in zip(path, path.dropFirst()) { wanted[key(u, v)] = [] }
        }
        var lastType: String?
        var lastUndirected = false
        for index in relations.indices {
            let (u, v) = (Int(froms[index]), Int(tos[index]))
            guard u >= 0, v >= 0, u != v, onPath[u], onPath[v] else { continue }
            let forward = wanted[key(u, v)] != nil
            let backward = wanted[key(v, u)] != nil
            guard forward || backward else { continue }
            if forward { wanted[key(u, v)]!.append(index) }
            if backward {
                let type = relations[index].type
                if type != lastType {
                    lastType = type
                    lastUndirected = graph.relationType(type)?.directed == false
                }
                if undirected || lastUndirected { wanted[key(v, u)]!.append(index) }
            }
        }
        return paths.map { path in
            let hops = zip(path, path.dropFirst()).map { u, v in
                ExplainedPath.Hop(from: projection.actorID(of: u), to: projection.actorID(of: v),
                                  relations: (wanted[key(u, v)] ?? []).map { relations[$0] })
            }
            return ExplainedPath(actors: path.map(projection.actorID(of:)), hops: hops)
        }
    }
}
