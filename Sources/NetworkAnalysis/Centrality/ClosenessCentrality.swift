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
    /// **Algorithm.** Breadth-first searches over the reversed edges from 64 vertices at once,
    /// one bit lane each (`MultiSourceBreadthFirst`, Then et al. 2014); the batches are spread
    /// over `workers` threads. Each lane's counts of vertices per distance are exact, so the
    /// result is the same as with one search per vertex, bit for bit.
    ///
    /// References:
    /// - Then, M. et al. (2014). The more the merrier: efficient multi-source graph traversal.
    ///   *Proceedings of the VLDB Endowment* 8(4), 449–460. doi:10.14778/2735496.2735507
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
        let lanes = MultiSourceBreadthFirst.lanes
        let batches = (n + lanes - 1) / lanes
        return Parallel.sumOverSources(count: batches, width: n, workers: workers,
                                       scratch: { MultiSourceBreadthFirst(vertexCount: n) }) { search, batch, scores in
            let first = batch * lanes
            let sources = first..<min(n, first + lanes)
            var reached = [Int](repeating: 0, count: lanes), total = [Int](repeating: 0, count: lanes)
            search.search(in: self, sources: sources) { distance, counts in
                for lane in 0..<sources.count {
                    reached[lane] &+= counts[lane]
                    total[lane] &+= counts[lane] &* distance
                }
            }
            guard n > 1 else { return }
            for lane in 0..<sources.count where total[lane] > 0 {
                let r = Double(reached[lane])
                scores[first + lane] = r / Double(total[lane]) * (r / Double(n - 1))
            }
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
    /// **Algorithm.** As for `closenessCentrality(workers:)`: breadth-first searches over the
    /// reversed edges from 64 vertices at once, one bit lane each (Then et al. 2014), the batches
    /// spread over `workers` threads; each lane adds count(d)/d level by level.
    ///
    /// References:
    /// - Then, M. et al. (2014). The more the merrier: efficient multi-source graph traversal.
    ///   *Proceedings of the VLDB Endowment* 8(4), 449–460. doi:10.14778/2735496.2735507
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
        let lanes = MultiSourceBreadthFirst.lanes
        let batches = (n + lanes - 1) / lanes
        return Parallel.sumOverSources(count: batches, width: n, workers: workers,
                                       scratch: { MultiSourceBreadthFirst(vertexCount: n) }) { search, batch, scores in
            let first = batch * lanes
            let sources = first..<min(n, first + lanes)
            // Sum level by level: the count of vertices at each distance times 1/distance keeps
            // the order of additions, and so the result, independent of discovery order.
            var sums = [Double](repeating: 0, count: lanes)
            search.search(in: self, sources: sources) { distance, counts in
                let d = Double(distance)
                for lane in 0..<sources.count where counts[lane] > 0 { sums[lane] += Double(counts[lane]) / d }
            }
            for lane in 0..<sources.count { scores[first + lane] = sums[lane] }
        }
    }
}
