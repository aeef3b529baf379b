/// A compact simple directed graph over vertices `0..<vertexCount`, stored in compressed sparse
/// row (CSR) form for both directions.
///
/// `successors(of:)` and `predecessors(of:)` are contiguous slices of two flat arrays, so
/// traversals touch memory in order and allocate nothing. Parallel edges collapse and self-loops
/// are dropped on construction, matching a NetworkX `DiGraph` built from the same edges with
/// self-loops removed.
///
/// Building from m edges costs O(n + m log m) for sorting the adjacency lists (sorted lists make
/// every traversal order, and so every tie-break, deterministic).
public struct Network: Sendable, Equatable {
    public let vertexCount: Int
    /// `outTargets[outOffsets[v]..<outOffsets[v + 1]]` are the heads of v's out-edges, ascending.
    public let outOffsets: [Int32]
    public let outTargets: [Int32]
    /// `inSources[inOffsets[v]..<inOffsets[v + 1]]` are the tails of v's in-edges, ascending.
    public let inOffsets: [Int32]
    public let inSources: [Int32]

    /// A network over `vertexCount` vertices with the given directed edges.
    ///
    /// - Precondition: every endpoint lies in `0..<vertexCount`.
    public init(vertexCount: Int, edges: [(from: Int, to: Int)]) {
        precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
        var pairs = edges.compactMap { edge -> UInt64? in
            precondition((0..<vertexCount).contains(edge.from) && (0..<vertexCount).contains(edge.to),
                         "edge endpoint outside 0..<\(vertexCount)")
            return edge.from == edge.to ? nil : UInt64(edge.from) << 32 | UInt64(edge.to)
        }
        pairs.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last != pair { unique.append(pair) }

        self.vertexCount = vertexCount
        (outOffsets, outTargets) = Self.compress(unique, vertexCount: vertexCount, tail: { $0 >> 32 }, head: { $0 & 0xFFFF_FFFF })
        let reversed = unique.map { ($0 & 0xFFFF_FFFF) << 32 | $0 >> 32 }.sorted()
        (inOffsets, inSources) = Self.compress(reversed, vertexCount: vertexCount, tail: { $0 >> 32 }, head: { $0 & 0xFFFF_FFFF })
    }

    /// The number of distinct directed edges.
    public var edgeCount: Int { outTargets.count }

    public func successors(of vertex: Int) -> ArraySlice<Int32> {
        outTargets[Int(outOffsets[vertex])..<Int(outOffsets[vertex + 1])]
    }

    public func predecessors(of vertex: Int) -> ArraySlice<Int32> {
        inSources[Int(inOffsets[vertex])..<Int(inOffsets[vertex + 1])]
    }

    public func outDegree(of vertex: Int) -> Int { Int(outOffsets[vertex + 1] - outOffsets[vertex]) }
    public func inDegree(of vertex: Int) -> Int { Int(inOffsets[vertex + 1] - inOffsets[vertex]) }

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

    /// Offsets and heads from edges sorted by tail then head.
    private static func compress(_ sorted: [UInt64], vertexCount: Int, tail: (UInt64) -> UInt64,
                                 head: (UInt64) -> UInt64) -> ([Int32], [Int32]) {
        var offsets = [Int32](repeating: 0, count: vertexCount + 1)
        for edge in sorted { offsets[Int(tail(edge)) + 1] += 1 }
        for vertex in 0..<vertexCount { offsets[vertex + 1] += offsets[vertex] }
        return (offsets, sorted.map { Int32(truncatingIfNeeded: head($0)) })
    }
}
