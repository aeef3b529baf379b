extension Network {
    /// Returns the betweenness centrality of every vertex: the share of shortest paths between
    /// other vertices that pass through it.
    ///
    /// For a vertex v, the sum over ordered pairs (s, t) of distinct vertices other than v of the
    /// fraction of shortest s→t paths that pass through v, scaled by the number of such pairs:
    ///
    ///     B(v) = 1 / ((n − 1)(n − 2)) · Σ_{s ≠ v ≠ t} σ_st(v) / σ_st
    ///
    /// where σ_st is the number of shortest (fewest-hop) paths from s to t and σ_st(v) the number
    /// of those with v as an inner vertex. Pairs with no path add nothing, and the endpoints of a
    /// path do not count as lying on it. Parallel edges have collapsed when the network was built,
    /// so paths are sequences of vertices. In the directed path a → b → c, b lies on the one
    /// path of the pair (a, c) and scores 1 / (2 · 1) = 0.5.
    ///
    /// **Normalisation.** (n − 1)(n − 2) is the number of ordered pairs that leave v out, so
    /// scores lie in [0, 1], 1 being the centre of a star with edges both ways.
    /// It applies when n > 2; for n ≤ 2 no vertex can lie between two others and the raw sums (all
    /// 0) are returned. This is NetworkX `betweenness_centrality(G)` on a `DiGraph` with its
    /// defaults (`normalized=True`, `endpoints=False`, unweighted), whose normalisation for
    /// directed graphs is this one (Brandes 2008).
    ///
    /// **Algorithm.** Brandes' algorithm: one breadth-first search per source s counts the
    /// shortest paths σ_sv to every vertex; then, in reverse order of discovery, the dependencies
    /// δ_s(v) = Σ_{w : v on a shortest s→w path} σ_sv / σ_sw · (1 + δ_s(w)) are accumulated and
    /// added to B(v). The sources go 8 at a time through one search with bit-set frontiers and
    /// 32-bit path counts in SIMD lanes (`BatchedBrandes`); a batch in which some count would pass
    /// 2³² − 1 is redone source by source with `Double` counts, NetworkX's arithmetic (exact to
    /// 2⁵³), so graphs with astronomically many shortest paths get the same answer. The batches
    /// are spread over `workers` threads, each with its own buffers and partial sums, which are
    /// added in a fixed order at the end: the answer does not depend on the number of workers
    /// beyond the rounding of that final sum.
    ///
    /// References:
    /// - Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    ///   Mathematical Sociology* 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
    /// - Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
    ///   computation. *Social Networks* 30(2), 136–145. doi:10.1016/j.socnet.2007.11.001
    /// - Freeman, L. C. (1977). A set of measures of centrality based on betweenness.
    ///   *Sociometry* 40(1), 35–41. doi:10.2307/3033543
    ///
    /// - Parameter workers: The number of threads to spread the sources over; values below 1
    ///   mean 1, and more threads than vertices are not started. Defaults to every online core
    ///   (`defaultWorkerCount`).
    /// - Returns: The normalised betweenness of vertex v at index v, for every v in
    ///   `0..<vertexCount`; empty when the network has no vertices.
    ///
    /// - Complexity: O(n · (n + m)) time for n vertices and m edges, i.e. O(n · m) on a network
    ///   without isolated vertices, divided over the workers, and less in practice: a batch of 8
    ///   sources reads an edge once per distinct level of its tail among the 8 searches. O(n)
    ///   memory per worker (about 140 bytes per vertex).
    public func betweennessCentrality(workers: Int = Network.defaultWorkerCount) -> [Double] {
        let n = vertexCount
        let lanes = BatchedBrandes.lanes
        let batches = (n + lanes - 1) / lanes
        var scores = Parallel.sumOverSources(count: batches, width: n, workers: workers,
                                             scratch: { BetweennessBuffers(vertexCount: n) }) { buffers, batch, scores in
            let sources = batch * lanes..<min(n, batch * lanes + lanes)
            if !buffers.batched.accumulate(sources: sources, in: self, into: scores) {
                // A path count passed 2³² − 1: count these sources with doubles, one at a time.
                if buffers.wide == nil { buffers.wide = BrandesBuffers(vertexCount: n) }
                for source in sources { buffers.wide!.accumulate(from: source, in: self, into: scores) }
            }
        }
        if n > 2 {
            let scale = 1.0 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { scores[v] *= scale }
        }
        return scores
    }

    /// The number of threads the per-source algorithms (betweenness, closeness, harmonic, and
    /// PageRank's blocks) use by default: every online processor core, and at least 1.
    ///
    /// - Complexity: O(1); asks the system each time.
    public static var defaultWorkerCount: Int { Parallel.processorCount }
}

/// One worker's buffers for betweenness: the batched kernel, and the one-source kernel with
/// `Double` path counts, made the first time a batch's counts do not fit in 32 bits.
struct BetweennessBuffers {
    let batched: BatchedBrandes
    var wide: BrandesBuffers?

    init(vertexCount: Int) { batched = BatchedBrandes(vertexCount: vertexCount) }
}

/// Per-source state of Brandes' algorithm with `Double` path counts (as NetworkX counts), the
/// fallback of `BatchedBrandes` for sources whose counts pass 2³² − 1; allocated once per
/// worker and reset after each source.
///
/// Each vertex's distance and its running value share one 16-byte slot, so that visiting an
/// edge touches one cache line rather than two: the value is σ (shortest-path count) during the
/// search and becomes c = (1 + δ) / σ once the vertex's dependency is known.
struct BrandesBuffers {
    struct Slot {
        var distance: Int32 = -1
        var value: Double = 0
    }

    var slots: [Slot]
    var order: [Int32]

    init(vertexCount: Int) {
        slots = [Slot](repeating: Slot(), count: vertexCount)
        order = [Int32](repeating: 0, count: vertexCount)
    }

    /// Adds the dependencies of `source` on every other vertex to `scores`.
    ///
    /// The dependency pass pulls over out-edges instead of pushing over in-edges: in reverse
    /// order of discovery, δ(v) = σ(v) · Σ_{w ∈ succ(v), d(w) = d(v) + 1} c(w), every c(w) being
    /// final before v is reached. Both passes then read the same adjacency array, each vertex is
    /// written once, and the comparisons become branch-free selects.
    mutating func accumulate(from source: Int, in network: Network, into scores: UnsafeMutableBufferPointer<Double>) {
        network.outOffsets.withUnsafeBufferPointer { offsets in
        network.outTargets.withUnsafeBufferPointer { targets in
        slots.withUnsafeMutableBufferPointer { slots in
        order.withUnsafeMutableBufferPointer { order in
            var head = 0, tail = 0
            slots[source] = Slot(distance: 0, value: 1)
            order[tail] = Int32(source); tail += 1
            // Wrapping arithmetic (&+) in these loops: indices stay below the vertex and edge
            // counts, which fit in Int32, so they cannot overflow, and overflow checks cost 15%.
            while head < tail {
                let v = Int(order[head]); head &+= 1
                let next = slots[v].distance &+ 1
                let sigmaV = slots[v].value
                var index = Int(offsets[v])
                let end = Int(offsets[v &+ 1])
                while index < end {
                    let w = Int(targets[index])
                    var dw = slots[w].distance
                    if dw < 0 {
                        slots[w].distance = next
                        order[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                        dw = next
                    }
                    slots[w].value += dw == next ? sigmaV : 0
                    index &+= 1
                }
            }
            var position = tail &- 1
            while position >= 0 {
                let v = Int(order[position])
                let following = slots[v].distance &+ 1
                var sum = 0.0
                var index = Int(offsets[v])
                let end = Int(offsets[v &+ 1])
                while index < end {
                    let slot = slots[Int(targets[index])]
                    sum += slot.distance == following ? slot.value : 0
                    index &+= 1
                }
                let sigmaV = slots[v].value
                let dependency = sigmaV * sum
                slots[v].value = (1 + dependency) / sigmaV
                if v != source { scores[v] += dependency }
                position &-= 1
            }
            for position in 0..<tail { slots[Int(order[position])] = Slot() }
        }}}}
    }
}
