extension Network {
    /// Returns the closeness centrality of every vertex over incoming distances, with Wasserman
    /// and Faust's correction for graphs that are not strongly connected.
    ///
    /// A vertex is close when the others reach it in few hops. With r(u) the number of vertices
    /// that reach u (u included) and d(v, u) the hop distance from v to u:
    ///
    ///     C(u) = (r − 1) / Σ_{v reaches u, v ≠ u} d(v, u)  ·  (r − 1) / (n − 1)
    ///
    /// The first factor is the inverse of the mean distance from the vertices that reach u; the
    /// second is the fraction of the other vertices that do, so that a vertex reached by few
    /// does not score as if the whole graph were that close. A vertex nobody reaches scores 0. In
    /// the directed path a → b → c, c is reached by b at 1 and a at 2: 2/3 · 2/2 = 2/3.
    ///
    /// **Normalisation.** Scores lie in [0, 1]; 1 when every other vertex has an edge to u.
    /// Distances are measured *to* u, as NetworkX does on a `DiGraph`: this is
    /// `closeness_centrality(G)` with its defaults (`wf_improved=True`, unweighted). For
    /// outgoing distances, build the network with its edges reversed.
    ///
    /// **Algorithm.** One breadth-first search per vertex over the reversed edges, spread over
    /// `workers` threads.
    ///
    /// References:
    /// - Freeman, L. C. (1979). Centrality in social networks: conceptual clarification.
    ///   *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
    /// - Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and Applications*,
    ///   p. 201. Cambridge University Press. ISBN 978-0-521-38707-1
    ///
    /// - Parameter workers: The number of threads to spread the searches over; values below 1
    ///   mean 1. Defaults to every online core (`defaultWorkerCount`).
    /// - Returns: The closeness of vertex u at index u, for every u in `0..<vertexCount`; 0 for
    ///   a lone vertex, empty when the network has no vertices.
    ///
    /// - Complexity: O(n · (n + m)) time for n vertices and m edges, divided over the workers;
    ///   O(n) memory per worker.
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

    /// Returns the harmonic centrality of every vertex over incoming distances: the sum of the
    /// reciprocal distances from the other vertices.
    ///
    /// With d(v, u) the hop distance from v to u, and 1/∞ = 0 for the vertices that do not
    /// reach u:
    ///
    ///     H(u) = Σ_{v ≠ u} 1 / d(v, u)
    ///
    /// Unlike closeness it needs no correction for graphs that are not strongly connected:
    /// unreachable vertices simply add nothing. In the directed path a → b → c, c scores
    /// 1/1 + 1/2 = 1.5.
    ///
    /// **Normalisation.** None: scores lie in [0, n − 1], n − 1 when every other vertex has an
    /// edge to u (divide by n − 1 for [0, 1]). Distances are measured *to* u; this is NetworkX
    /// `harmonic_centrality(G)` on a `DiGraph` with its defaults. The terms are added in order
    /// of distance, so the result does not depend on the order in which vertices are found.
    ///
    /// **Algorithm.** One breadth-first search per vertex over the reversed edges, spread over
    /// `workers` threads.
    ///
    /// References:
    /// - Marchiori, M. & Latora, V. (2000). Harmony in the small-world. *Physica A* 285(3–4),
    ///   539–546. doi:10.1016/S0378-4371(00)00311-3
    /// - Boldi, P. & Vigna, S. (2014). Axioms for centrality. *Internet Mathematics* 10(3–4),
    ///   222–262. doi:10.1080/15427951.2013.865686
    ///
    /// - Parameter workers: The number of threads to spread the searches over; values below 1
    ///   mean 1. Defaults to every online core (`defaultWorkerCount`).
    /// - Returns: The harmonic centrality of vertex u at index u, for every u in
    ///   `0..<vertexCount`; empty when the network has no vertices.
    ///
    /// - Complexity: O(n · (n + m)) time for n vertices and m edges, divided over the workers;
    ///   O(n) memory per worker.
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
