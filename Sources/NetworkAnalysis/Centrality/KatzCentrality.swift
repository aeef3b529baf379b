extension Network {
    /// Katz centrality: x = α Aᵀ x + β, i.e. x(v) = α Σ_{u → v} x(u) + β, which counts walks into v
    /// attenuated by α per step; L2-normalised. Defaults as NetworkX `katz_centrality`: α = 0.1,
    /// β = 1. Iterated from x = 0 to the tolerance of `IterationLimits`.
    ///
    /// The series converges only when α < 1/λ_max (λ_max the spectral radius of A); otherwise the
    /// values grow without bound and this throws. O(m) per iteration.
    /// Reference: Katz (1953), "A new status index derived from sociometric analysis".
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
