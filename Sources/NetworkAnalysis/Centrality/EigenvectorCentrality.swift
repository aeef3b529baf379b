extension Network {
    /// Eigenvector centrality: the principal left eigenvector of the adjacency matrix,
    ///
    ///     λ x(v) = Σ_{u → v} x(u),
    ///
    /// a vertex scoring high when pointed at by high scorers; L2-normalised. Computed as NetworkX
    /// `eigenvector_centrality` does, by power iteration on Aᵀ + I from the uniform vector 1/n
    /// (the shift by I keeps bipartite and periodic graphs from oscillating), normalising each
    /// step, to the tighter tolerance of `IterationLimits`.
    ///
    /// O(m) per iteration; the number of iterations depends on the spectral gap.
    /// Reference: Bonacich (1972), "Factoring and weighting approaches to status scores and
    /// clique identification".
    ///
    /// - Throws: `ConvergenceError` when the iteration does not settle (e.g. on a DAG, where the
    ///   vector drifts towards the sinks ever more slowly).
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
