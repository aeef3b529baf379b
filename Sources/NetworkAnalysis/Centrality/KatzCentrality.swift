extension Network {
    /// Returns the Katz centrality of every vertex: the walks that end at it, each attenuated
    /// by α per step, plus a constant β.
    ///
    /// The scores solve the linear system
    ///
    ///     x(v) = α Σ_{u → v} x(u) + β,   i.e.   x = α Aᵀ x + β 1 = β Σ_{k ≥ 0} αᵏ (Aᵀ)ᵏ 1
    ///
    /// with A the adjacency matrix (A_uv = 1 when u → v). The series converges exactly when
    /// α < 1/λ_max, λ_max the spectral radius of A (on a graph without cycles λ_max = 0 and the
    /// series is finite). Unlike eigenvector centrality it gives every vertex at least β (for
    /// β ≥ 0), so it is defined on graphs without cycles too. In the directed path a → b → c
    /// with the defaults, x = (1, 1.1, 1.11) before normalisation.
    ///
    /// **Normalisation.** To unit Euclidean length, Σ x(v)² = 1 (the zero vector, for β = 0,
    /// is returned as it is); a uniform β therefore only scales x and drops out. Defaults as
    /// NetworkX `katz_centrality(G)` on a `DiGraph`: α = 0.1, β = 1, `normalized=True`,
    /// unweighted.
    ///
    /// **Algorithm.** As NetworkX: the iteration x ← α Aᵀ x + β from x = 0, which sums the
    /// series term by term, until the L1 change of the vector falls below `limits` (see
    /// `IterationLimits`); the error shrinks by about α λ_max per iteration.
    ///
    /// Reference: Katz, L. (1953). A new status index derived from sociometric analysis.
    /// *Psychometrika* 18(1), 39–43. doi:10.1007/BF02289026
    ///
    /// - Parameters:
    ///   - alpha: The attenuation per step, α; must be below 1/λ_max. Defaults to 0.1.
    ///   - beta: The score every vertex gets on its own, β. Defaults to 1.
    ///   - limits: When to stop iterating: the tolerance on the L1 change per vertex and the
    ///     largest number of iterations. The default stops at an L1 change below n · 10⁻¹⁴.
    /// - Returns: The Katz centrality of vertex v at index v, for every v in `0..<vertexCount`;
    ///   empty when the network has no vertices.
    /// - Throws: `ConvergenceError` when α is not below 1/λ_max: the values grow without bound
    ///   (and stop being finite), or do not settle within `limits.maximumIterations`. NetworkX
    ///   raises `PowerIterationFailedConvergence` there.
    ///
    /// - Complexity: O(n + m) time per iteration for n vertices and m edges, and O(n) memory;
    ///   about log(tolerance) / log(α λ_max) iterations.
    public func katzCentrality(alpha: Double = 0.1, beta: Double = 1.0,
                               limits: IterationLimits = IterationLimits()) throws(ConvergenceError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        var x = [Double](repeating: 0, count: n)
        var next = x
        for iteration in 0..<max(0, limits.maximumIterations) {
            for v in 0..<n {
                var sum = 0.0
                for index in Int(inOffsets[v])..<Int(inOffsets[v + 1]) { sum += x[Int(inSources[index])] }
                next[v] = alpha * sum + beta
            }
            let change = l1Distance(next, x)
            swap(&x, &next)
            guard change.isFinite else {
                throw ConvergenceError(measure: "Katz", iterations: iteration + 1,
                                       reason: "α = \(alpha) is not below 1/λ_max, so the walk counts grow without bound")
            }
            if limits.converged(change, vertexCount: n) {
                let norm = l2Norm(x)
                return norm == 0 ? x : x.map { $0 / norm }
            }
        }
        throw ConvergenceError(measure: "Katz", iterations: limits.maximumIterations,
                               reason: "α = \(alpha) may be too close to 1/λ_max")
    }
}
