extension Network {
    /// Returns the hub and authority scores of every vertex (HITS): a good authority is pointed
    /// at by good hubs, a good hub points at good authorities.
    ///
    /// With A the adjacency matrix (A_uv = 1 when u → v), the scores are the fixed point of
    ///
    ///     a(v) ∝ Σ_{u → v} h(u),   h(u) ∝ Σ_{u → v} a(v),   i.e.   a ∝ Aᵀ h,   h ∝ A a,
    ///
    /// so a is the principal eigenvector of AᵀA (the principal right singular vector of A) and
    /// h = A a the principal eigenvector of AAᵀ. A vertex without in-edges has authority 0, one
    /// without out-edges hub score 0. When the largest eigenvalue of AᵀA is repeated (as on a
    /// directed cycle or path) the fixed point is not unique and depends on the start vector.
    ///
    /// **Normalisation.** Each vector sums to 1, as NetworkX `hits(G)` returns them on a
    /// `DiGraph` (unweighted).
    ///
    /// **Algorithm.** Power iteration on AᵀA from the uniform vector 1/n, normalising to sum 1,
    /// until the L1 change of the authorities falls below `limits` (see `IterationLimits`); the
    /// hubs are then A a, normalised.
    ///
    /// References:
    /// - Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. *Journal
    ///   of the ACM* 46(5), 604–632. doi:10.1145/324133.324140
    /// - Langville, A. N. & Meyer, C. D. (2005). A survey of eigenvector methods for Web
    ///   information retrieval. *SIAM Review* 47(1), 135–161. doi:10.1137/S0036144503424786
    ///
    /// - Parameter limits: When to stop iterating: the tolerance on the L1 change per vertex and
    ///   the largest number of iterations. The default stops at an L1 change below n · 10⁻¹⁴.
    /// - Returns: The hub scores and the authority scores, each with the score of vertex v at
    ///   index v for every v in `0..<vertexCount`; two empty arrays when the network has no
    ///   vertices.
    /// - Throws: `ConvergenceError` when the network has vertices but no edges (every score
    ///   would be 0/0; NetworkX fails there too), or when the iteration does not settle within
    ///   `limits.maximumIterations`.
    ///
    /// - Complexity: O(n + m) time per iteration for n vertices and m edges, and O(n) memory.
    ///   The number of iterations grows with 1 / log(σ₁² / σ₂²), σ₁ > σ₂ the two largest
    ///   singular values of A.
    public func hits(limits: IterationLimits = IterationLimits()) throws(ConvergenceError) -> (hubs: [Double], authorities: [Double]) {
        let n = vertexCount
        if n == 0 { return ([], []) }
        guard edgeCount > 0 else {
            throw ConvergenceError(measure: "HITS", iterations: 0, reason: "the selection has no relations")
        }
        var authority = [Double](repeating: 1.0 / Double(n), count: n)
        var hub = [Double](repeating: 0, count: n)
        var next = authority
        var converged = false
        for _ in 0..<max(0, limits.maximumIterations) {
            multiply(authority, into: &hub, transposed: false)
            multiply(hub, into: &next, transposed: true)
            let total = next.reduce(0, +)
            for v in 0..<n { next[v] /= total }
            let change = l1Distance(next, authority)
            swap(&authority, &next)
            if limits.converged(change, vertexCount: n) { converged = true; break }
        }
        guard converged else {
            throw ConvergenceError(measure: "HITS", iterations: limits.maximumIterations,
                                   reason: "the largest singular value of the adjacency matrix is not unique")
        }
        multiply(authority, into: &hub, transposed: false)
        let hubTotal = hub.reduce(0, +)
        return (hub.map { $0 / hubTotal }, authority)
    }

    /// y = A x (y(u) = Σ_{u → v} x(v)) or, transposed, y = Aᵀ x (y(v) = Σ_{u → v} x(u)).
    private func multiply(_ x: [Double], into y: inout [Double], transposed: Bool) {
        for v in 0..<vertexCount {
            var sum = 0.0
            if transposed {
                for index in Int(inOffsets[v])..<Int(inOffsets[v + 1]) { sum += x[Int(inSources[index])] }
            } else {
                for index in Int(outOffsets[v])..<Int(outOffsets[v + 1]) { sum += x[Int(outTargets[index])] }
            }
            y[v] = sum
        }
    }
}
