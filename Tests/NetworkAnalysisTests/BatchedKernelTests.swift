import Testing
@testable import NetworkAnalysis

/// The batched kernels: closeness and harmonic centrality from 256 sources per bit-parallel
/// search, betweenness from 8 sources per search with 32-bit path counts and a `Double`
/// fallback. Graphs larger than one pass, with answers worked out by hand.
@Suite struct BatchedKernelTests {
    /// A chain of k directed diamonds c₀ → {aᵢ, bᵢ} → cᵢ (i = 1 … k): vertex 3i is cᵢ, 3i − 2 is
    /// aᵢ and 3i − 1 is bᵢ, n = 3k + 1. From c₀ there are 2ⁱ shortest paths to cᵢ.
    static func diamondChain(_ k: Int) -> Network {
        var edges: [(from: Int, to: Int)] = []
        for i in 1...k {
            let previous = 3 * (i - 1), a = 3 * i - 2, b = 3 * i - 1, c = 3 * i
            edges += [(previous, a), (previous, b), (a, c), (b, c)]
        }
        return Network(vertexCount: 3 * k + 1, edges: edges)
    }

    /// Betweenness of the chain by hand. Every path from a vertex before the cut vertex cₗ to
    /// one after it passes cₗ: 3l sources (c₀ … cₗ₋₁ and the aᵢ, bᵢ with i ≤ l) times 3(k − l)
    /// targets → 9 l (k − l). Half the paths of a pair pass aₗ, the pairs being the 3l − 2 vertices
    /// before it (c₀ … cₗ₋₁, aᵢ, bᵢ for i < l) times the 3(k − l) + 1 after it (cₗ … c_k, aᵢ, bᵢ
    /// for i > l) → (3l − 2)(3(k − l) + 1)/2, and bₗ alike. Normalised by 1/((n − 1)(n − 2)) =
    /// 1/(3k (3k − 1)). (k = 1 is the single diamond: 1/2 · 1/6 = 1/12 for a₁ and b₁.)
    static func diamondChainBetweenness(_ k: Int) -> [Double] {
        let scale = 1 / (Double(3 * k) * Double(3 * k - 1))
        var values = [Double](repeating: 0, count: 3 * k + 1)
        for l in 0...k { values[3 * l] = Double(9 * l * (k - l)) * scale }
        for l in 1...k {
            let middle = Double((3 * l - 2) * (3 * (k - l) + 1)) / 2 * scale
            values[3 * l - 2] = middle
            values[3 * l - 1] = middle
        }
        return values
    }

    @Test func diamondChainByHandMatchesTheSmallCase() {
        // The formula itself, against the single diamond worked out in BetweennessCentralityTests.
        #expect(Self.diamondChainBetweenness(1) == [0, 1.0 / 12, 1.0 / 12, 0])
    }

    @Test(arguments: [(31, true), (32, false), (40, false), (70, false)])
    func pathCountsPastThirtyTwoBitsAreDetected(k: Int, fits: Bool) {
        // From c₀ (vertex 0, in the first batch) there are 2^k shortest paths to c_k: 2³¹ fits
        // in 32 bits, 2³² does not, and the batch must then be refused without adding anything.
        let chain = Self.diamondChain(k)
        let kernel = BatchedBrandes(vertexCount: chain.vertexCount)
        var scores = [Double](repeating: 0, count: chain.vertexCount)
        let added = scores.withUnsafeMutableBufferPointer { kernel.accumulate(sources: 0..<8, in: chain, into: $0) }
        #expect(added == fits)
        if !fits { #expect(scores.allSatisfy { $0 == 0 }, "a refused batch adds nothing") }
        // The buffers are clean afterwards: a batch whose counts fit (sources c₁₀ … from
        // vertex 30 on, at most 2^(k − 10) paths) still gives what it gives on fresh buffers.
        if k <= 40 {
            var again = [Double](repeating: 0, count: chain.vertexCount)
            var fresh = [Double](repeating: 0, count: chain.vertexCount)
            let reused = again.withUnsafeMutableBufferPointer { kernel.accumulate(sources: 30..<38, in: chain, into: $0) }
            let first = fresh.withUnsafeMutableBufferPointer {
                BatchedBrandes(vertexCount: chain.vertexCount).accumulate(sources: 30..<38, in: chain, into: $0)
            }
            #expect(reused && first)
            #expect(again == fresh)
        }
    }

    @Test(arguments: [(31, 1), (32, 1), (32, 2), (40, 2), (70, 2)])
    func diamondChainBetweennessWithAndWithoutTheWideFallback(k: Int, workers: Int) {
        // k ≥ 32: the batches near c₀ overflow 32 bits and are counted with doubles, the others
        // in 32 bits; 2⁷⁰ paths are still exact in doubles (powers of two).
        let chain = Self.diamondChain(k)
        expectValues(chain.betweennessCentrality(workers: workers), Self.diamondChainBetweenness(k), within: 1e-12)
    }

    @Test(arguments: [1, 2])
    func longDirectedPathAcrossSeveralPasses(workers: Int) {
        // 0 → 1 → … → 599: 600 vertices are 3 passes of 256 sources (the last partial) and 75
        // batches of 8, with up to 599 levels. Vertex k is reached by 0 … k − 1 at distances
        // 1 … k: closeness k/(k(k + 1)/2) · k/(n − 1) = 2/(k + 1) · k/(n − 1), harmonic H(k).
        // Betweenness: k lies on every pair (before, after) → k (n − 1 − k)/((n − 1)(n − 2)).
        let n = 600
        let path = Network(vertexCount: n, edges: (0..<(n - 1)).map { ($0, $0 + 1) })
        var harmonic = [Double](repeating: 0, count: n)
        for k in 1..<n { harmonic[k] = harmonic[k - 1] + 1 / Double(k) }
        var closeness = [Double](repeating: 0, count: n), betweenness = [Double](repeating: 0, count: n)
        let others = Double(n - 1), pairs = Double(n - 1) * Double(n - 2)
        for k in 1..<n {
            let reached = Double(k)
            closeness[k] = 2 / (reached + 1) * (reached / others)
            betweenness[k] = reached * Double(n - 1 - k) / pairs
        }
        expectValues(path.closenessCentrality(workers: workers), closeness, within: 1e-12)
        expectValues(path.harmonicCentrality(workers: workers), harmonic, within: 1e-12)
        expectValues(path.betweennessCentrality(workers: workers), betweenness, within: 1e-12)
    }

    @Test(arguments: [257, 300, 512])
    func directedCyclesAcrossPasses(n: Int) {
        // As in ClosenessCentralityTests.directedCycle, past one pass of 256 lanes (257: one
        // lone source in the second pass; 512: two full passes): closeness 2/n, harmonic
        // H(n − 1), betweenness 1/2.
        let cycle = Network.directedCycle(n)
        let harmonic = (1..<n).reduce(0.0) { $0 + 1 / Double($1) }
        expectValues(cycle.closenessCentrality(), [Double](repeating: 2 / Double(n), count: n), within: 1e-12)
        expectValues(cycle.harmonicCentrality(), [Double](repeating: harmonic, count: n), within: 1e-12)
        expectValues(cycle.betweennessCentrality(), [Double](repeating: 0.5, count: n), within: 1e-12)
    }

    @Test func searchCountsEachLaneAtEachDistance() {
        // The out-star 0 → 1, 2, 3 searched backwards (over in-edges) from all four vertices,
        // vertex i in lane i: nobody reaches the centre (lane 0 finds nothing); each leaf is
        // reached by the centre at distance 1 (lanes 1–3 find one vertex each), and the centre
        // has no predecessors, so there is no level 2.
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let search = MultiSourceBreadthFirst(vertexCount: 4)
        var levels: [(Int, [Int])] = []
        search.search(in: star, sources: 0..<4) { distance, counts in levels.append((distance, Array(counts.prefix(4)))) }
        #expect(levels.count == 1)
        #expect(levels.first?.0 == 1)
        #expect(levels.first?.1 == [0, 1, 1, 1])
    }
}
