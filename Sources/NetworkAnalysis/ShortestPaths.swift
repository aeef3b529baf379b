extension Network {
    /// Every shortest path from `source` to `target` (in hops), each as its vertices, in
    /// lexicographic order of vertex sequences; empty when `target` is unreachable. With
    /// `limit`, at most that many paths (the first in that order).
    ///
    /// Breadth-first search records each vertex's predecessors on shortest paths (the
    /// shortest-path DAG), then the paths are enumerated from the target backwards. O(n + m) for
    /// the search plus the size of the output.
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

    /// Up to `k` shortest simple paths from `source` to `target`, shortest first (Yen 1971), each
    /// as its vertices; among paths of equal length, the lexicographically smaller vertex
    /// sequence first. `maxHops` drops longer paths.
    ///
    /// Yen's algorithm: each next path deviates from an earlier one at a spur vertex, with the
    /// root's vertices and the edges already used from that root removed. O(k · n · (n + m)).
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
    func neighbours(of vertex: Int, direction: TraversalDirection) -> [Int32] {
        switch direction {
        case .out: return Array(successors(of: vertex))
        case .in: return Array(predecessors(of: vertex))
        case .both: return Array(Set(successors(of: vertex)).union(predecessors(of: vertex))).sorted()
        }
    }
}

extension TraversalDirection {
    /// The direction that walks the same edges backwards.
    public var reversed: TraversalDirection {
        switch self {
        case .out: return .in
        case .in: return .out
        case .both: return .both
        }
    }
}
