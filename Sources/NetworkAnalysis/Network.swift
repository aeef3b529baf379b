/// A compact simple directed graph over vertices `0..<vertexCount`, stored in compressed sparse
/// row (CSR) form for both directions.
///
/// A simple digraph has at most one edge u → v for each ordered pair of distinct vertices: on
/// construction parallel edges collapse into one and self-loops are dropped, which matches a
/// NetworkX `DiGraph` built from the same edges with its self-loops removed
/// (`G.remove_edges_from(nx.selfloop_edges(G))`).
///
/// **Layout.** The out-edges are one flat array `outTargets` of heads grouped by tail, with
/// `outOffsets[v]..<outOffsets[v + 1]` the range of v's group; the in-edges likewise in
/// `inSources` and `inOffsets`. Every group is sorted ascending. `successors(of:)` and
/// `predecessors(of:)` are contiguous slices of these arrays, so traversals touch memory in
/// order and allocate nothing, and the sorted lists make every traversal order, and so every
/// tie-break, deterministic. Vertex ids and offsets are `Int32`, which halves the memory of
/// `Int` and caps the network at `Int32.max` vertices and edges.
///
/// - Complexity: Building from m edges costs O(n + m + Σ d log d) time for out-degrees d (a
///   counting sort by tail, then each group sorted), and
///   O(n + m) memory; the network itself holds 2(n + 1) + 2m `Int32` values.
public struct Network: Sendable, Equatable {
    /// The number of vertices n; the vertices are `0..<vertexCount`.
    public let vertexCount: Int
    /// Where each vertex's out-edges lie in `outTargets`:
    /// `outTargets[outOffsets[v]..<outOffsets[v + 1]]` are the heads of v's out-edges,
    /// ascending. Has n + 1 entries, from 0 to `edgeCount`.
    public let outOffsets: [Int32]
    /// The heads of all out-edges, grouped by tail in vertex order and ascending within each
    /// group (see `outOffsets`); `edgeCount` entries.
    public let outTargets: [Int32]
    /// Where each vertex's in-edges lie in `inSources`:
    /// `inSources[inOffsets[v]..<inOffsets[v + 1]]` are the tails of v's in-edges, ascending.
    /// Has n + 1 entries, from 0 to `edgeCount`.
    public let inOffsets: [Int32]
    /// The tails of all in-edges, grouped by head in vertex order and ascending within each
    /// group (see `inOffsets`); `edgeCount` entries.
    public let inSources: [Int32]

    /// Creates a network over `vertexCount` vertices with the given directed edges.
    ///
    /// The edges are grouped by tail with a counting sort (a count per tail, prefix sums, one
    /// scatter), each group is sorted and its repeats dropped in place, and the in-arrays are
    /// scattered from the finished out-arrays by head: visiting the tails in ascending order
    /// leaves every in-group sorted without a second sort. Self-loops are dropped and repeated
    /// edges kept once, so the order and multiplicity of `edges` do not matter.
    ///
    /// - Parameters:
    ///   - vertexCount: The number of vertices n; the vertices are `0..<vertexCount`.
    ///   - edges: The directed edges, as (tail, head) pairs of vertices, in any order.
    /// - Precondition: `vertexCount` lies in `0..<Int32.max`, every endpoint lies in
    ///   `0..<vertexCount`, and the number of distinct edges fits in `Int32`.
    ///
    /// - Complexity: O(n + m + Σ d log d) time for m edges and out-degrees d (two passes over
    ///   the edges instead of two sorts of all of them); O(n + m) memory.
    public init(vertexCount: Int, edges: [(from: Int, to: Int)]) {
        precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
        precondition(edges.count < Int(Int32.max), "too many edges")
        var counts = [Int32](repeating: 0, count: vertexCount + 1)
        for edge in edges {
            precondition((0..<vertexCount).contains(edge.from) && (0..<vertexCount).contains(edge.to),
                         "edge endpoint outside 0..<\(vertexCount)")
            if edge.from != edge.to { counts[edge.from + 1] += 1 }
        }
        for vertex in 0..<vertexCount { counts[vertex + 1] += counts[vertex] }
        // Heads grouped by tail, groups in tail order, each group still in input order.
        var heads = [Int32](repeating: 0, count: Int(counts[vertexCount]))
        var next = counts
        for edge in edges where edge.from != edge.to {
            heads[Int(next[edge.from])] = Int32(truncatingIfNeeded: edge.to)
            next[edge.from] += 1
        }
        // Sort each group, drop its repeats, and close the gaps they leave.
        var outOffsets = [Int32](repeating: 0, count: vertexCount + 1)
        var kept = 0
        heads.withUnsafeMutableBufferPointer { heads in
            for vertex in 0..<vertexCount {
                let start = Int(counts[vertex]), end = Int(counts[vertex + 1])
                if end - start > 1 {
                    var group = UnsafeMutableBufferPointer(rebasing: heads[start..<end])
                    group.sort()
                }
                var index = start
                while index < end {
                    let head = heads[index]
                    if kept == Int(outOffsets[vertex]) || heads[kept - 1] != head {
                        heads[kept] = head
                        kept += 1
                    }
                    index += 1
                }
                outOffsets[vertex + 1] = Int32(kept)
            }
        }
        heads.removeLast(heads.count - kept)
        // In-edges: count by head, then scatter the tails in ascending order.
        var inOffsets = [Int32](repeating: 0, count: vertexCount + 1)
        for head in heads { inOffsets[Int(head) + 1] += 1 }
        for vertex in 0..<vertexCount { inOffsets[vertex + 1] += inOffsets[vertex] }
        var inSources = [Int32](repeating: 0, count: kept)
        var slot = inOffsets
        for tail in 0..<vertexCount {
            for index in Int(outOffsets[tail])..<Int(outOffsets[tail + 1]) {
                let head = Int(heads[index])
                inSources[Int(slot[head])] = Int32(tail)
                slot[head] += 1
            }
        }
        self.vertexCount = vertexCount
        self.outOffsets = outOffsets
        self.outTargets = heads
        self.inOffsets = inOffsets
        self.inSources = inSources
    }

    /// The number of distinct directed edges m (self-loops and repeats not counted).
    ///
    /// - Complexity: O(1).
    public var edgeCount: Int { outTargets.count }

    /// Returns the heads of the out-edges of `vertex`, ascending.
    ///
    /// The slice shares the storage of `outTargets`, so its indices are positions in that array
    /// (starting at `outOffsets[vertex]`), not 0.
    ///
    /// - Parameter vertex: A vertex in `0..<vertexCount`.
    /// - Returns: The vertices w with an edge `vertex` → w, ascending; empty when there is none.
    /// - Precondition: `vertex` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(1); nothing is copied.
    public func successors(of vertex: Int) -> ArraySlice<Int32> {
        outTargets[Int(outOffsets[vertex])..<Int(outOffsets[vertex + 1])]
    }

    /// Returns the tails of the in-edges of `vertex`, ascending.
    ///
    /// The slice shares the storage of `inSources`, so its indices are positions in that array
    /// (starting at `inOffsets[vertex]`), not 0.
    ///
    /// - Parameter vertex: A vertex in `0..<vertexCount`.
    /// - Returns: The vertices u with an edge u → `vertex`, ascending; empty when there is none.
    /// - Precondition: `vertex` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(1); nothing is copied.
    public func predecessors(of vertex: Int) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[vertex])..<Int(inOffsets[vertex + 1])]
    }

    /// Returns the out-degree deg⁺ of `vertex`: its number of distinct out-edges.
    ///
    /// - Parameter vertex: A vertex in `0..<vertexCount`.
    /// - Returns: The number of vertices w with an edge `vertex` → w.
    /// - Precondition: `vertex` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(1).
    public func outDegree(of vertex: Int) -> Int { Int(outOffsets[vertex + 1] - outOffsets[vertex]) }
    /// Returns the in-degree deg⁻ of `vertex`: its number of distinct in-edges.
    ///
    /// - Parameter vertex: A vertex in `0..<vertexCount`.
    /// - Returns: The number of vertices u with an edge u → `vertex`.
    /// - Precondition: `vertex` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(1).
    public func inDegree(of vertex: Int) -> Int { Int(inOffsets[vertex + 1] - inOffsets[vertex]) }

    /// Returns whether the network has the edge `tail` → `head`.
    ///
    /// Binary search for `head` in the sorted successors of `tail`. Always false when
    /// `tail == head`, since self-loops were dropped.
    ///
    /// - Parameters:
    ///   - tail: The vertex the edge leaves, in `0..<vertexCount`.
    ///   - head: The vertex the edge enters.
    /// - Returns: True if the edge `tail` → `head` exists.
    /// - Precondition: `tail` lies in `0..<vertexCount`.
    ///
    /// - Complexity: O(log deg⁺(tail)).
    public func hasEdge(from tail: Int, to head: Int) -> Bool {
        let targets = successors(of: tail)
        var low = targets.startIndex, high = targets.endIndex
        let wanted = Int32(head)
        while low < high {
            let middle = (low + high) / 2
            if targets[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < targets.endIndex && targets[low] == wanted
    }
}
