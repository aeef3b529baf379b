extension Network {
    /// Hubs and authorities (HITS): a good authority is pointed at by good hubs, a good hub points
    /// at good authorities,
    ///
    ///     a = Aᵀ h,   h = A a,
    ///
    /// so a is the principal eigenvector of AᵀA (the principal right singular vector of A) and
    /// h = A a; both are normalised to sum 1, as NetworkX `hits` returns them. Power iteration on
    /// AᵀA from the uniform vector, to the tolerance of `IterationLimits`. O(m) per iteration.
    /// Reference: Kleinberg (1999), "Authoritative sources in a hyperlinked environment".
    ///
    /// - Throws: `ConvergenceError` when the graph has no edges (every score would be 0/0).
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
