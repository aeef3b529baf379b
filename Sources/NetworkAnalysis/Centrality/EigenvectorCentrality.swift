extension Network {
    /// Returns the eigenvector centrality of every vertex: a vertex scores high when pointed at
    /// by vertices that score high.
    ///
    /// The scores are the principal left eigenvector of the adjacency matrix A (A_uv = 1 when
    /// u → v), so each vertex's score is proportional to the sum over its in-edges:
    ///
    ///     λ x(v) = Σ_{u → v} x(u),   i.e.   Aᵀ x = λ x,   λ the largest eigenvalue
    ///
    /// On a strongly connected network the Perron–Frobenius theorem makes this vector unique
    /// and positive. A vertex without in-edges scores 0 (up to the iteration's tolerance) when
    /// the network has a cycle.
    ///
    /// **Normalisation.** To unit Euclidean length, Σ x(v)² = 1, with every entry ≥ 0; a
    /// directed cycle of n vertices gives 1/√n each. This is NetworkX
    /// `eigenvector_centrality(G)` on a `DiGraph` (unweighted), to a tighter tolerance.
    ///
    /// **Algorithm.** As NetworkX: power iteration on Aᵀ + I from the uniform vector 1/n,
    /// normalising each step. The shift by I has the same eigenvectors and keeps bipartite and
    /// periodic graphs (whose extreme eigenvalues have equal modulus) from oscillating. The
    /// iteration stops when the L1 change of the vector falls below `limits` (see
    /// `IterationLimits`).
    ///
    /// References:
    /// - Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
    ///   identification. *Journal of Mathematical Sociology* 2(1), 113–120.
    ///   doi:10.1080/0022250X.1972.9989806
    /// - Bonacich, P. (1987). Power and centrality: a family of measures. *American Journal of
    ///   Sociology* 92(5), 1170–1182. doi:10.1086/228631
    ///
    /// - Parameter limits: When to stop iterating: the tolerance on the L1 change per vertex and
    ///   the largest number of iterations. The default stops at an L1 change below n · 10⁻¹⁴.
    /// - Returns: The eigenvector centrality of vertex v at index v, for every v in
    ///   `0..<vertexCount`; empty when the network has no vertices. On a network without edges
    ///   the start vector is returned, normalised: 1/√n each.
    /// - Throws: `ConvergenceError` when the iteration does not settle within
    ///   `limits.maximumIterations`, as on a network without cycles (A is nilpotent, its only
    ///   eigenvalue is 0, and the vector drifts towards the sinks ever more slowly); NetworkX
    ///   raises `PowerIterationFailedConvergence` there.
    ///
    /// - Complexity: O(n + m) time per iteration for n vertices and m edges, and O(n) memory.
    ///   The number of iterations grows like 1 / log(|λ₁ + 1| / |λ₂ + 1|), λ₁ the largest
    ///   eigenvalue of A and λ₂ the one with the next largest |λ + 1|.
    public func eigenvectorCentrality(limits: IterationLimits = IterationLimits()) throws(ConvergenceError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = x
        for _ in 0..<max(0, limits.maximumIterations) {
            for v in 0..<n {
                var sum = x[v]
                for index in Int(inOffsets[v])..<Int(inOffsets[v + 1]) { sum += x[Int(inSources[index])] }
                next[v] = sum
            }
            let norm = l2Norm(next)
            let scale = norm == 0 ? 1 : 1 / norm
            for v in 0..<n { next[v] *= scale }
            let change = l1Distance(next, x)
            swap(&x, &next)
            if limits.converged(change, vertexCount: n) { return x }
        }
        throw ConvergenceError(measure: "eigenvector", iterations: limits.maximumIterations,
                               reason: "the graph has no dominant eigenvector, as in a graph without cycles")
    }
}
