extension Network {
    /// PageRank: the stationary distribution of a random surfer who follows an out-edge with
    /// probability α and jumps to a uniformly random vertex otherwise; vertices without
    /// out-edges (dangling) jump uniformly:
    ///
    ///     x(v) = α (Σ_{u → v} x(u) / outdeg(u) + Σ_{u dangling} x(u) / n) + (1 − α) / n.
    ///
    /// Sums to 1. Defaults and dangling rule as NetworkX `pagerank` (α = 0.85, uniform
    /// personalisation and dangling weights), iterated from 1/n to the tolerance of
    /// `IterationLimits`. O(m) per iteration; the error shrinks by about α each iteration.
    /// Reference: Page, Brin, Motwani & Winograd (1999), "The PageRank citation ranking".
    public func pageRank(alpha: Double = 0.85, limits: IterationLimits = IterationLimits()) throws(ConvergenceError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        let uniform = 1.0 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)
        for _ in 1...limits.maximumIterations {
            var dangling = 0.0
            for u in 0..<n {
                let degree = outDegree(of: u)
                if degree == 0 { dangling += x[u]; share[u] = 0 } else { share[u] = x[u] / Double(degree) }
            }
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            for v in 0..<n {
                var sum = 0.0
                for index in Int(inOffsets[v])..<Int(inOffsets[v + 1]) { sum += share[Int(inSources[index])] }
                next[v] = alpha * sum + base
            }
            let change = l1Distance(next, x)
            swap(&x, &next)
            if limits.converged(change, vertexCount: n) { return x }
        }
        throw ConvergenceError(measure: "PageRank", iterations: limits.maximumIterations, reason: "α = \(alpha)")
    }
}
