extension Network {
    /// Returns the PageRank of every vertex: the long-run share of time a random surfer spends
    /// there.
    ///
    /// The surfer follows a random out-edge with probability α and jumps to a uniformly random
    /// vertex otherwise; from a vertex without out-edges (dangling) it always jumps uniformly.
    /// The scores are the stationary distribution of that walk:
    ///
    ///     x(v) = α (Σ_{u → v} x(u) / deg⁺(u) + Σ_{u dangling} x(u) / n) + (1 − α) / n
    ///
    /// with deg⁺ the out-degree. A vertex nobody points at gets only the share of the jumps:
    /// α · (dangling mass) / n + (1 − α) / n.
    ///
    /// **Normalisation.** The scores sum to 1; a directed cycle gives 1/n each. Defaults as
    /// NetworkX `pagerank(G)` on a `DiGraph`: α = 0.85, uniform teleport (no personalisation)
    /// and uniform dangling weights, unweighted.
    ///
    /// **Algorithm.** Power iteration from the uniform vector 1/n, until the L1 change falls
    /// below `limits` (see `IterationLimits`); the error shrinks by about α per iteration. Each
    /// iteration pulls over in-edges (a sparse matrix–vector product over the CSR arrays), the
    /// vertices cut into fixed blocks spread over `workers` threads, so that the answer does not
    /// depend on the number of workers.
    ///
    /// References:
    /// - Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). The PageRank citation ranking:
    ///   bringing order to the Web. Technical Report 1999-66, Stanford InfoLab.
    ///   http://ilpubs.stanford.edu:8090/422/ (no DOI)
    /// - Langville, A. N. & Meyer, C. D. (2005). A survey of eigenvector methods for Web
    ///   information retrieval. *SIAM Review* 47(1), 135–161. doi:10.1137/S0036144503424786
    ///
    /// - Parameters:
    ///   - alpha: The damping factor, the probability of following an edge rather than jumping;
    ///     in [0, 1). Defaults to 0.85.
    ///   - limits: When to stop iterating: the tolerance on the L1 change per vertex and the
    ///     largest number of iterations. The default stops at an L1 change below n · 10⁻¹⁴.
    ///   - workers: The number of threads to spread the blocks of vertices over; values below 1
    ///     mean 1. Defaults to every online core (`defaultWorkerCount`).
    /// - Returns: The PageRank of vertex v at index v, for every v in `0..<vertexCount`; empty
    ///   when the network has no vertices.
    /// - Throws: `ConvergenceError` when the vector does not settle within
    ///   `limits.maximumIterations` (for α < 1 it always does, in about log(tolerance) / log(α)
    ///   iterations, unless the limit is set very low).
    ///
    /// - Complexity: O(n + m) time per iteration for n vertices and m edges, and O(n) memory;
    ///   about 200 iterations with the defaults.
    public func pageRank(alpha: Double = 0.85, limits: IterationLimits = IterationLimits(),
                         workers: Int = Network.defaultWorkerCount) throws(ConvergenceError) -> [Double] {
        let n = vertexCount
        if n == 0 { return [] }
        let uniform = 1.0 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = x
        var share = [Double](repeating: 0, count: n)
        let inverseDegree = (0..<n).map { outDegree(of: $0) == 0 ? 0.0 : 1.0 / Double(outDegree(of: $0)) }
        let blocks = BlockPartition(count: n, blockSize: 4096)
        var blockChanges = [Double](repeating: 0, count: blocks.blocks)
        for _ in 0..<max(0, limits.maximumIterations) {
            var dangling = 0.0
            for u in 0..<n {
                share[u] = x[u] * inverseDegree[u]
                if inverseDegree[u] == 0 { dangling += x[u] }
            }
            let base = alpha * dangling * uniform + (1 - alpha) * uniform
            share.withUnsafeBufferPointer { share in
            x.withUnsafeBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
            blockChanges.withUnsafeMutableBufferPointer { changes in
            inOffsets.withUnsafeBufferPointer { offsets in
            inSources.withUnsafeBufferPointer { sources in
                let (share, x, next, changes, offsets, sources) = (share, x, next, changes, offsets, sources)
                Parallel.forEachBlock(blocks, workers: workers) { block in
                    var change = 0.0
                    for v in blocks.range(of: block) {
                        var sum = 0.0
                        var index = Int(offsets[v])
                        let end = Int(offsets[v &+ 1])
                        while index < end { sum += share[Int(sources[index])]; index &+= 1 }
                        let value = alpha * sum + base
                        next[v] = value
                        change += abs(value - x[v])
                    }
                    changes[block] = change
                }
            }}}}}}
            let change = blockChanges.reduce(0, +)
            swap(&x, &next)
            if limits.converged(change, vertexCount: n) { return x }
        }
        throw ConvergenceError(measure: "PageRank", iterations: limits.maximumIterations, reason: "α = \(alpha)")
    }
}

/// `0..<count` cut into blocks of a fixed size, so that per-block results (and their sum, taken
/// in block order) do not depend on the number of threads.
struct BlockPartition: Sendable {
    let count: Int
    let blockSize: Int

    var blocks: Int { (count + blockSize - 1) / blockSize }

    func range(of block: Int) -> Range<Int> { (block * blockSize)..<min(count, (block + 1) * blockSize) }
}
