/// Which edges a traversal follows.
public enum TraversalDirection: String, Sendable, CaseIterable {
    /// Along edges: from a vertex to its successors.
    case out
    /// Against edges: from a vertex to its predecessors.
    case `in`
    /// Both ways, as if the network were undirected.
    case both
}

extension Network {
    /// Returns the breadth-first distance, in hops, from `source` to every vertex, following
    /// `direction`; unreachable vertices get −1.
    ///
    /// The distance d(s, v) is the fewest edges on a walk from s to v that follows `direction`
    /// (along edges for `.out`, against them for `.in`, either way for `.both`); d(s, s) = 0.
    /// In the directed path a → b → c, the distances from a are 0, 1, 2 with `.out`, and 0, −1,
    /// −1 with `.in`.
    ///
    /// **Algorithm.** Breadth-first search (Moore 1959) with a preallocated FIFO queue: vertices
    /// leave the queue in order of distance, so the first time a vertex is reached is along a
    /// shortest walk. The search does not expand vertices at depth `maxDepth`, so vertices
    /// farther away keep −1.
    ///
    /// Reference: Moore, E. F. (1959). The shortest path through a maze. *Proceedings of the
    /// International Symposium on the Theory of Switching*, Part II, 285–292. Harvard University
    /// Press. (No DOI.)
    ///
    /// - Parameters:
    ///   - source: The vertex to measure from, in `0..<vertexCount`.
    ///   - direction: Which edges to follow. Defaults to `.out`.
    ///   - maxDepth: The largest distance to search; vertices farther away get −1, and `source`
    ///     always gets 0. Defaults to no limit.
    /// - Returns: The distance to vertex v at index v, for every v in `0..<vertexCount`, or −1
    ///   when v is not reached within `maxDepth`.
    /// - Precondition: `source` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(n + m) time for n vertices and m edges (less when `maxDepth` stops the
    ///   search early, plus O(n) to set up); O(n) memory.
    public func distances(from source: Int, direction: TraversalDirection = .out, maxDepth: Int = .max) -> [Int32] {
        var distance = [Int32](repeating: -1, count: vertexCount)
        var queue = [Int32](repeating: 0, count: vertexCount)
        var head = 0, tail = 0
        distance[source] = 0
        queue[tail] = Int32(source); tail += 1
        while head < tail {
            let vertex = Int(queue[head]); head += 1
            let next = distance[vertex] + 1
            if Int(next) > maxDepth { continue }
            func visit(_ neighbour: Int32) {
                if distance[Int(neighbour)] < 0 {
                    distance[Int(neighbour)] = next
                    queue[tail] = neighbour; tail += 1
                }
            }
            if direction != .in { for w in successors(of: vertex) { visit(w) } }
            if direction != .out { for w in predecessors(of: vertex) { visit(w) } }
        }
        return distance
    }

    /// Returns the vertices within `depth` hops of `source`, `source` included, ascending.
    ///
    /// The ball { v : d(source, v) ≤ depth } of the hop distance along `direction` (see
    /// `distances(from:direction:maxDepth:)`), found by one breadth-first search cut off at
    /// `depth`. In the directed path a → b → c, the neighbourhood of b at depth 1 is {a, b, c}
    /// with `.both` and {b, c} with `.out`.
    ///
    /// - Parameters:
    ///   - source: The centre vertex, in `0..<vertexCount`.
    ///   - depth: The largest number of hops; 0 gives `[source]` alone.
    ///   - direction: Which edges to follow. Defaults to `.both`, as if the network were
    ///     undirected.
    /// - Returns: The vertices reached within `depth` hops, ascending.
    /// - Precondition: `source` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(n + m) time in the worst case (the search touches only the edges of the
    ///   vertices it expands, but the result is collected from an array of n distances); O(n)
    ///   memory.
    public func neighbourhood(of source: Int, depth: Int, direction: TraversalDirection = .both) -> [Int] {
        let distance = distances(from: source, direction: direction, maxDepth: depth)
        return distance.indices.filter { distance[$0] >= 0 }
    }

    /// Returns one shortest path from `source` to `target`, as its vertices, or nil when there is
    /// none.
    ///
    /// A shortest path has the fewest edges among the walks from `source` to `target` that follow
    /// `direction`; it visits no vertex twice. Several may tie.
    ///
    /// **Tie-break.** Neighbours are explored in ascending vertex order and each vertex keeps the
    /// first predecessor that reaches it, so among equally short paths the result is the one
    /// whose vertex sequence, read from the source, is lexicographically smallest — the same
    /// answer on every run. (With `.both`, a vertex's successors and predecessors are merged
    /// before they are explored.)
    ///
    /// **Algorithm.** Breadth-first search from `source` (Moore 1959), stopping as soon as
    /// `target` is reached, then the path is read back through the predecessors.
    ///
    /// Reference: Moore, E. F. (1959). The shortest path through a maze. *Proceedings of the
    /// International Symposium on the Theory of Switching*, Part II, 285–292. Harvard University
    /// Press. (No DOI.)
    ///
    /// - Parameters:
    ///   - source: The first vertex of the path, in `0..<vertexCount`.
    ///   - target: The last vertex of the path.
    ///   - direction: Which edges to follow. Defaults to `.out`.
    /// - Returns: The vertices of the path from `source` to `target`, both included (`[source]`
    ///   when they are equal), or nil when `target` is not reachable.
    /// - Precondition: `source` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(n + m) time for n vertices and m edges (O(n + m log Δ) with `.both`, Δ the
    ///   largest degree, for merging neighbours); O(n) memory.
    public func shortestPath(from source: Int, to target: Int, direction: TraversalDirection = .out) -> [Int]? {
        if source == target { return [source] }
        var parent = [Int32](repeating: -1, count: vertexCount)
        var queue = [Int32(source)]
        parent[source] = Int32(source)
        var head = 0
        while head < queue.count {
            let vertex = Int(queue[head]); head += 1
            var neighbours: [Int32] = []
            if direction != .in { neighbours += successors(of: vertex) }
            if direction != .out { neighbours += predecessors(of: vertex) }
            if direction == .both { neighbours.sort() }
            for w in neighbours where parent[Int(w)] < 0 {
                parent[Int(w)] = Int32(vertex)
                if Int(w) == target {
                    var path = [target]
                    while path.last! != source { path.append(Int(parent[path.last!])) }
                    return path.reversed()
                }
                queue.append(w)
            }
        }
        return nil
    }
}
