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
    /// Breadth-first distances (in hops) from `source`, following `direction`; unreachable
    /// vertices get `-1`. O(n + m).
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

    /// The vertices within `depth` hops of `source` (including it), ascending.
    public func neighbourhood(of source: Int, depth: Int, direction: TraversalDirection = .both) -> [Int] {
        let distance = distances(from: source, direction: direction, maxDepth: depth)
        return distance.indices.filter { distance[$0] >= 0 }
    }

    /// One shortest path from `source` to `target` by breadth-first search, as its vertices, or
    /// nil when there is none.
    ///
    /// Tie-break: neighbours are explored in ascending vertex order and each vertex keeps the
    /// first predecessor that reaches it, so among equally short paths the result is the one
    /// whose vertex sequence, read from the source, is smallest — the same answer on every run.
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
