extension Network {
    /// Closeness centrality over incoming distances, with Wasserman and Faust's correction for
    /// graphs that are not strongly connected:
    ///
    ///     C(u) = (r − 1) / Σ_v d(v, u) · (r − 1) / (n − 1)
    ///
    /// where r is the number of vertices that reach u (u included) and d(v, u) the hop distance
    /// from v to u. A vertex nobody reaches scores 0. Matches NetworkX `closeness_centrality`
    /// (`wf_improved=True`) on a `DiGraph`.
    ///
    /// One breadth-first search per vertex over reversed edges, O(n · (n + m)), spread over
    /// `workers` threads (default: every core).
    /// Reference: Wasserman & Faust (1994), *Social Network Analysis*, §5.3.
    public func closenessCentrality(workers: Int = Network.defaultWorkerCount) -> [Double] {
        let n = vertexCount
        return Parallel.sumOverSources(count: n, width: n, workers: workers,
                                       scratch: { BreadthFirstBuffers(vertexCount: n) }) { search, u, scores in
            let (reached, total) = search.distances(in: self, from: u) { _ in }
            guard total > 0, n > 1 else { return }
            let r = Double(reached - 1)
            scores[u] = r / Double(total) * (r / Double(n - 1))
        }
    }

    /// Harmonic centrality over incoming distances: H(u) = Σ_{v ≠ u} 1 / d(v, u), with 1/∞ = 0.
    /// Not normalised, as in NetworkX `harmonic_centrality`. O(n · (n + m)) over `workers` threads.
    /// Reference: Marchiori & Latora (2000), "Harmony in the small-world"; Boldi & Vigna (2014),
    /// "Axioms for centrality".
    public func harmonicCentrality(workers: Int = Network.defaultWorkerCount) -> [Double] {
        let n = vertexCount
        return Parallel.sumOverSources(count: n, width: n, workers: workers,
                                       scratch: { BreadthFirstBuffers(vertexCount: n) }) { search, u, scores in
            var sum = 0.0
            // Sum level by level: the count of vertices at each distance times 1/distance keeps
            // the order of additions, and so the result, independent of discovery order.
            var atDistance = [Int](repeating: 0, count: 1)
            _ = search.distances(in: self, from: u) { distance in
                if distance >= atDistance.count { atDistance.append(0) }
                atDistance[distance] += 1
            }
            for distance in 1..<atDistance.count { sum += Double(atDistance[distance]) / Double(distance) }
            scores[u] = sum
        }
    }
}

/// Reusable arrays for repeated breadth-first searches over in-edges, so that n searches
/// allocate once per worker.
struct BreadthFirstBuffers {
    var distance: [Int32]
    var queue: [Int32]

    init(vertexCount: Int) {
        distance = [Int32](repeating: -1, count: vertexCount)
        queue = [Int32](repeating: 0, count: vertexCount)
    }

    /// Searches backwards (over in-edges) from `source`, calling `visit(d)` for every other
    /// vertex reached at distance d; returns how many vertices were reached (source included)
    /// and the sum of their distances.
    mutating func distances(in network: Network, from source: Int, visit: (Int) -> Void) -> (reached: Int, total: Int) {
        network.inOffsets.withUnsafeBufferPointer { offsets in
        network.inSources.withUnsafeBufferPointer { sources in
        distance.withUnsafeMutableBufferPointer { distance in
        queue.withUnsafeMutableBufferPointer { queue in
            var head = 0, tail = 0, total = 0
            distance[source] = 0
            queue[tail] = Int32(source); tail += 1
            // Wrapping arithmetic: indices and distances stay below the vertex and edge counts.
            while head < tail {
                let vertex = Int(queue[head]); head &+= 1
                let next = distance[vertex] &+ 1
                var index = Int(offsets[vertex])
                let end = Int(offsets[vertex &+ 1])
                while index < end {
                    let w = Int(sources[index])
                    if distance[w] < 0 {
                        distance[w] = next
                        queue[tail] = Int32(truncatingIfNeeded: w); tail &+= 1
                        total &+= Int(next)
                        visit(Int(next))
                    }
                    index &+= 1
                }
            }
            for index in 0..<tail { distance[Int(queue[index])] = -1 }
            return (tail, total)
        }}}}
    }
}
