extension Network {
    /// PageRank: the stationary distribution of a random surfer who follows an out-edge with
    /// probability α and jumps to a uniformly random vertex otherwise; vertices without
    /// out-edges (dangling) jump uniformly:
    ///
    ///     x(v) = α (Σ_{u → v} x(u) / outdeg(u) + Σ_{u dangling} x(u) / n) + (1 − α) / n.
    ///
    /// Sums to 1. Defaults and dangling rule as NetworkX `pagerank` (α = 0.85, uniform
    /// personalisation and dangling weights), iterated from 1/n to the tolerance of
    /// `IterationLimits`. Each iteration pulls over in-edges (a sparse matrix–vector product over
    /// the CSR arrays), O(m), with the vertices split into fixed blocks over `workers` threads;
    /// the error shrinks by about α per iteration.
    /// Reference: Page, Brin, Motwani & Winograd (1999), "The PageRank citation ranking".
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
