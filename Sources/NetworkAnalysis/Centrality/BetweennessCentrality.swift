extension Network {
    /// Betweenness centrality: for each vertex v, the sum over ordered pairs (s, t), s ≠ v ≠ t, of
    /// the fraction of shortest s–t paths that pass through v,
    ///
    ///     B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
    ///
    /// normalised by 1 / ((n − 1)(n − 2)) when n > 2 (unnormalised otherwise), as NetworkX
    /// `betweenness_centrality` does for a `DiGraph`. Parallel edges have already collapsed, so
    /// paths are vertex sequences.
    ///
    /// Brandes' algorithm: one breadth-first search per source counting shortest paths (σ), then
    /// dependencies accumulated in reverse order of discovery. O(n · m) time, O(n + m) space per
    /// worker; sources are spread over `workers` threads (default: every core).
    /// Reference: Brandes (2001), "A faster algorithm for betweenness centrality".
    public func betweennessCentrality(workers: Int = Network.defaultWorkerCount) -> [Double] {
        let n = vertexCount
        var scores = Parallel.sumOverSources(count: n, width: n, workers: workers,
                                             scratch: { BrandesBuffers(vertexCount: n) }) { buffers, source, scores in
            buffers.accumulate(from: source, in: self, into: scores)
        }
        if n > 2 {
            let scale = 1.0 / (Double(n - 1) * Double(n - 2))
            for v in 0..<n { scores[v] *= scale }
        }
        return scores
    }

    /// The number of threads the per-source algorithms use by default: every online core.
    public static var defaultWorkerCount: Int { Parallel.processorCount }
}

/// Per-source state of Brandes' algorithm, allocated once per worker and reset after each source.
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
