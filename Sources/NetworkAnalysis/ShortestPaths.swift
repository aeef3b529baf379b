extension Network {
    /// Returns every shortest path from `source` to `target`, each as its vertices, in
    /// lexicographic order of vertex sequences; at most `limit` of them.
    ///
    /// A shortest path has the fewest edges (hops) among the walks from `source` to `target`
    /// that follow `direction`. With ℓ = d(source, target), the vertex w may follow v on such a
    /// path exactly when w is a neighbour of v along `direction` and
    ///
    ///     d(source, w) = d(source, v) + 1   and   d(source, w) + d(w, target) = ℓ,
    ///
    /// so the shortest paths are the source-to-target paths of that subgraph (the shortest-path
    /// DAG). This is the same set of paths as NetworkX `all_shortest_paths(G, source, target)`
    /// on a `DiGraph` (for `.out`), in a fixed order.
    ///
    /// **Algorithm.** Two breadth-first searches give d(source, ·) and d(·, target), the second
    /// from `target` along the reversed direction; then a depth-first enumeration extends paths
    /// forward from `source` over the edges allowed above, neighbours in ascending order, so the
    /// paths come out in lexicographic order and the enumeration stops once `limit` are found.
    /// Every vertex it enters lies on a shortest path, so no branch is a dead end.
    ///
    /// - Parameters:
    ///   - source: The first vertex of the paths, in `0..<vertexCount`.
    ///   - target: The last vertex of the paths, in `0..<vertexCount`.
    ///   - direction: Which edges to follow. Defaults to `.out`.
    ///   - limit: The largest number of paths to return (the first in lexicographic order);
    ///     0 or less returns none. Defaults to no limit.
    /// - Returns: The shortest paths, each from `source` to `target` with both included, in
    ///   lexicographic order; `[[source]]` when the two are equal, and empty when `target` is
    ///   unreachable.
    /// - Precondition: `source` and `target` lie in `0..<vertexCount`.
    ///
    /// - Complexity: O(n + m) time for the two searches, for n vertices and m edges, plus
    ///   O(ℓ · Δ) per path returned (Δ the largest degree; times log Δ with `.both`); O(n + ℓ · Δ)
    ///   memory besides the output. The number of shortest paths can grow exponentially with n,
    ///   so use `limit` on large networks.
    public func allShortestPaths(from source: Int, to target: Int, direction: TraversalDirection = .out,
                                 limit: Int = .max) -> [[Int]] {
        if limit <= 0 { return [] }
        if source == target { return [[source]] }
        let distance = distances(from: source, direction: direction)
        guard distance[target] >= 0 else { return [] }
        // Enumerate forward from the source over edges that advance the distance and can still
        // reach the target on a shortest path: vertices whose distance to target fits.
        let toTarget = distances(from: target, direction: direction.reversed)
        let length = Int(distance[target])
        var paths: [[Int]] = []
        var path = [source]
        func extend(_ vertex: Int) {
            if paths.count >= limit { return }
            if vertex == target { paths.append(path); return }
            for next in neighbours(of: vertex, direction: direction) {
                let w = Int(next)
                guard distance[w] == distance[vertex] + 1, toTarget[w] >= 0,
                      Int(distance[w]) + Int(toTarget[w]) == length else { continue }
                path.append(w)
                extend(w)
                path.removeLast()
            }
        }
        extend(source)
        return paths
    }

    /// Returns up to `k` shortest simple paths from `source` to `target`, shortest first, each as
    /// its vertices (Yen 1971).
    ///
    /// A simple path visits no vertex twice; its length is its number of edges (hops), following
    /// `direction`. The paths are ranked by length, and among paths of equal length by their
    /// vertex sequence, lexicographically smaller first; the result is the first `k` simple
    /// paths in that order (fewer when there are not that many), leaving out paths longer than
    /// `maxHops`.
    ///
    /// **Algorithm.** Yen's algorithm, with breadth-first search as the shortest-path routine
    /// (the edges are unweighted). The first path is `shortestPath(from:to:direction:)`. For each
    /// path accepted, and each of its vertices but the last as the *spur* vertex, the *root* is
    /// the part of the path up to the spur vertex; the root's other vertices are removed, as are
    /// the edges leaving the spur vertex along every accepted path with the same root, and the
    /// shortest spur path from the spur vertex to `target` (lexicographically smallest among
    /// ties) is joined to the root as a candidate. The next accepted path is the best candidate
    /// in the order above. Ties are broken by the same order throughout, so the answer is the
    /// same on every run.
    ///
    /// Reference: Yen, J. Y. (1971). Finding the k shortest loopless paths in a network.
    /// *Management Science* 17(11), 712–716. doi:10.1287/mnsc.17.11.712
    ///
    /// - Parameters:
    ///   - source: The first vertex of the paths, in `0..<vertexCount`.
    ///   - target: The last vertex of the paths.
    ///   - k: The largest number of paths to return; 0 or less returns none.
    ///   - direction: Which edges to follow. Defaults to `.out`.
    ///   - maxHops: The largest length of a path returned. Defaults to no limit.
    /// - Returns: The paths, shortest first and lexicographically among equal lengths, each from
    ///   `source` to `target` with both included; `[[source]]` when the two are equal, and empty
    ///   when `target` is unreachable within `maxHops`.
    /// - Precondition: `source` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(k · n · (n + m) + k² · n²) time in the worst case for n vertices and m
    ///   edges: at most n − 1 spur searches of O(n + m) per accepted path, and choosing among
    ///   up to k · n candidates of up to n vertices each time; O(k · n²) memory for the
    ///   candidates.
    public func kShortestPaths(from source: Int, to target: Int, k: Int, direction: TraversalDirection = .out,
                               maxHops: Int = .max) -> [[Int]] {
        guard k > 0, let first = shortestPath(from: source, to: target, direction: direction),
              first.count - 1 <= maxHops else { return [] }
        var accepted = [first]
        var candidates: [[Int]] = []
        var seen: Set<[Int]> = [first]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for spurIndex in 0..<(previous.count - 1) {
                let root = Array(previous[...spurIndex])
                var blockedEdges = Set<Int>()
                for path in accepted where path.count > spurIndex + 1 && Array(path[...spurIndex]) == root {
                    blockedEdges.insert(path[spurIndex] &* vertexCount &+ path[spurIndex + 1])
                }
                let blockedVertices = Set(root.dropLast())
                guard let spur = restrictedShortestPath(from: root[spurIndex], to: target, direction: direction,
                                                        blockedVertices: blockedVertices, blockedEdges: blockedEdges)
                else { continue }
                let candidate = root + spur.dropFirst()
                if candidate.count - 1 <= maxHops, seen.insert(candidate).inserted { candidates.append(candidate) }
            }
            guard let best = candidates.indices.min(by: { a, b in
                candidates[a].count != candidates[b].count
                    ? candidates[a].count < candidates[b].count
                    : candidates[a].lexicographicallyPrecedes(candidates[b])
            }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// Breadth-first shortest path avoiding some vertices and edges (edge key: tail·n + head).
    ///
    /// The same search and tie-break as `shortestPath(from:to:direction:)`: among equally short
    /// paths, the lexicographically smallest.
    ///
    /// - Parameters:
    ///   - source: The first vertex of the path; it is never blocked.
    ///   - target: The last vertex of the path.
    ///   - direction: Which edges to follow.
    ///   - blockedVertices: Vertices the path must not enter.
    ///   - blockedEdges: Steps v → w, in the order of traversal, the path must not take, each as
    ///     the key v · n + w.
    /// - Returns: The vertices of the path, both ends included, or nil when there is none.
    ///
    /// - Complexity: O(n + m) time (times log Δ with `.both`), O(n) memory.
    private func restrictedShortestPath(from source: Int, to target: Int, direction: TraversalDirection,
                                        blockedVertices: Set<Int>, blockedEdges: Set<Int>) -> [Int]? {
        if source == target { return [source] }
        var parent = [Int32](repeating: -1, count: vertexCount)
        parent[source] = Int32(source)
        var queue = [source], head = 0
        while head < queue.count {
            let vertex = queue[head]; head += 1
            for next in neighbours(of: vertex, direction: direction) {
                let w = Int(next)
                guard parent[w] < 0, !blockedVertices.contains(w), !blockedEdges.contains(vertex &* vertexCount &+ w)
                else { continue }
                parent[w] = Int32(vertex)
                if w == target {
                    var path = [target]
                    while path.last! != source { path.append(Int(parent[path.last!])) }
                    return path.reversed()
                }
                queue.append(w)
            }
        }
        return nil
    }

    /// Neighbours in ascending order: successors, predecessors, or both merged.
    ///
    /// - Parameters:
    ///   - vertex: A vertex in `0..<vertexCount`.
    ///   - direction: `.out` for the successors, `.in` for the predecessors, `.both` for the
    ///     union of the two, each neighbour once.
    /// - Returns: A copy of the neighbours, ascending.
    ///
    /// - Complexity: O(d) for d neighbours, O(d log d) with `.both`.
    func neighbours(of vertex: Int, direction: TraversalDirection) -> [Int32] {
        switch direction {
        case .out: return Array(successors(of: vertex))
        case .in: return Array(predecessors(of: vertex))
        case .both: return Array(Set(successors(of: vertex)).union(predecessors(of: vertex))).sorted()
        }
    }
}

extension TraversalDirection {
    /// The direction that walks the same edges backwards: `.out` and `.in` swap, `.both` stays.
    ///
    /// A walk from s to t along `direction` is, read backwards, a walk from t to s along
    /// `direction.reversed`; distances *to* a vertex are distances *from* it in the reversed
    /// direction.
    ///
    /// - Complexity: O(1).
    public var reversed: TraversalDirection {
        switch self {
        case .out: return .in
        case .in: return .out
        case .both: return .both
        }
    }
}
