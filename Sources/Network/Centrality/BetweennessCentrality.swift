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
    /// dependencies accumulated in reverse order of discovery. O(n · m) time, O(n + m) space.
    /// Reference: Brandes (2001), "A faster algorithm for betweenness centrality".
    public func betweennessCentrality() -> [Double] {
        var scores = [Double](repeating: 0, count: vertexCount)
        var buffers = BrandesBuffers(vertexCount: vertexCount)
        for source in 0..<vertexCount { buffers.accumulate(from: source, in: self, into: &scores) }
        if vertexCount > 2 {
            let scale = 1.0 / (Double(vertexCount - 1) * Double(vertexCount - 2))
            for v in 0..<vertexCount { scores[v] *= scale }
        }
        return scores
    }
}

/// Per-source arrays of Brandes' algorithm, allocated once and reset after each source.
struct BrandesBuffers {
    var distance: [Int32]
    var sigma: [Double]
    var delta: [Double]
    var order: [Int32]

    init(vertexCount: Int) {
        distance = [Int32](repeating: -1, count: vertexCount)
        sigma = [Double](repeating: 0, count: vertexCount)
        delta = [Double](repeating: 0, count: vertexCount)
        order = [Int32](repeating: 0, count: vertexCount)
    }

    /// Adds the dependencies of `source` on every other vertex to `scores`.
    mutating func accumulate(from source: Int, in network: Network, into scores: inout [Double]) {
        var head = 0, tail = 0
        distance[source] = 0
        sigma[source] = 1
        order[tail] = Int32(source); tail += 1
        while head < tail {
            let v = Int(order[head]); head += 1
            let next = distance[v] + 1
            for index in Int(network.outOffsets[v])..<Int(network.outOffsets[v + 1]) {
                let w = Int(network.outTargets[index])
                if distance[w] < 0 {
                    distance[w] = next
                    order[tail] = Int32(w); tail += 1
                }
                if distance[w] == next { sigma[w] += sigma[v] }
            }
        }
        // Dependencies, from the farthest vertices back: δ(v) = Σ_{w: v is a predecessor of w}
        // σ(v)/σ(w) · (1 + δ(w)). Predecessors are found as in-neighbours one step closer.
        for position in stride(from: tail - 1, to: 0, by: -1) {
            let w = Int(order[position])
            let share = (1 + delta[w]) / sigma[w]
            let closer = distance[w] - 1
            for index in Int(network.inOffsets[w])..<Int(network.inOffsets[w + 1]) {
                let v = Int(network.inSources[index])
                if distance[v] == closer { delta[v] += sigma[v] * share }
            }
            scores[w] += delta[w]
        }
        for position in 0..<tail {
            let v = Int(order[position])
            distance[v] = -1
            sigma[v] = 0
            delta[v] = 0
        }
    }
}
