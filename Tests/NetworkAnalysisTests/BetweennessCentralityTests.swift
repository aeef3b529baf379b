import Testing
@testable import NetworkAnalysis

/// Betweenness centrality, as NetworkX `betweenness_centrality` defines it on a `DiGraph`:
///
///     B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st  ·  1 / ((n − 1)(n − 2))   (no rescaling when n ≤ 2)
///
/// over ordered pairs, σ_st counting shortest s→t paths and σ_st(v) those through v. Small graphs
/// worked out by hand, then NetworkX's answers on the reference graphs.
@Suite struct BetweennessCentralityTests {
    @Test(arguments: [1, 3])
    func directedPathOfThree(workers: Int) {
        // a→b→c: one pair (a, c) passes b; normalised by 1/((n − 1)(n − 2)) = 1/2 → 0.5.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        expectValues(path.betweennessCentrality(workers: workers), [0, 0.5, 0], within: 1e-12)
    }

    @Test func directedPathOfFour() {
        // 0→1→2→3: 1 lies on (0, 2) and (0, 3), 2 on (0, 3) and (1, 3); 2 · 1/(3 · 2) = 1/3.
        let path = Network(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        expectValues(path.betweennessCentrality(), [0, 1.0 / 3, 1.0 / 3, 0], within: 1e-12)
    }

    @Test func directedStarsHaveNoIntermediaries() {
        // Out-star 0 → 1, 2, 3: every shortest path is a single edge from the centre, and the
        // leaves reach nobody. In-star 1, 2, 3 → 0: the same reversed. Nothing lies between → 0.
        let outward = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let inward = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        expectValues(outward.betweennessCentrality(), [0, 0, 0, 0], within: 1e-12)
        expectValues(inward.betweennessCentrality(), [0, 0, 0, 0], within: 1e-12)
    }

    @Test(arguments: [4, 5, 7])
    func undirectedStarCentreLiesOnEveryLeafPair(n: Int) {
        // Centre 0 ⇄ n − 1 leaves: each of the (n − 1)(n − 2) ordered leaf pairs has exactly one
        // shortest path, through the centre → (n − 1)(n − 2) / ((n − 1)(n − 2)) = 1. Leaves: 0.
        let star = Network.bothWays(n, (1..<n).map { (0, $0) })
        expectValues(star.betweennessCentrality(), [1] + [Double](repeating: 0, count: n - 1), within: 1e-12)
    }

    @Test(arguments: [3, 4, 5, 6])
    func directedCycleScoresOneHalf(n: Int) {
        // From each source the unique path to the vertex k steps ahead has k − 1 inner vertices:
        // Σ_{k=1}^{n−1} (k − 1) = (n − 1)(n − 2)/2 per source. By symmetry the n sources' total
        // is shared equally by the n vertices → (n − 1)(n − 2)/2 each, normalised → 1/2 for every n.
        // (n = 4: 3 per vertex, 3/6 = 0.5.)
        expectValues(Network.directedCycle(n).betweennessCentrality(), [Double](repeating: 0.5, count: n), within: 1e-12)
    }

    @Test func completeDigraphHasNoIntermediaries() {
        // Every ordered pair is an edge, so no shortest path has an inner vertex.
        expectValues(Network.complete(5).betweennessCentrality(), [0, 0, 0, 0, 0], within: 1e-12)
    }

    @Test(arguments: [1, 2])
    func diamondSplitsThePair(workers: Int) {
        // 0→1→3 and 0→2→3: σ_03 = 2 and each middle vertex lies on one → 1/2 each;
        // normalised by 1/(3 · 2) → 1/12.
        let diamond = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (1, 3), (2, 3)])
        expectValues(diamond.betweennessCentrality(workers: workers), [0, 1.0 / 12, 1.0 / 12, 0], within: 1e-12)
    }

    @Test func diamondWithATailAccumulatesDependencies() {
        // The diamond plus 3→4, n = 5, scale 1/(4 · 3) = 1/12.
        // 3 lies on every path from {0, 1, 2} to 4: (0, 4), (1, 4), (2, 4) → 3 → 3/12 = 1/4.
        // 1 lies on half the paths of (0, 3) and of (0, 4) → 1/2 + 1/2 = 1 → 1/12; 2 likewise.
        let network = Network(vertexCount: 5, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)])
        expectValues(network.betweennessCentrality(), [0, 1.0 / 12, 1.0 / 12, 1.0 / 4, 0], within: 1e-12)
    }

    @Test func onlyShortestPathsCount() {
        // 0→1→2→3 plus the shortcut 0→3: (0, 3) is now direct, so 1 keeps only (0, 2) and 2
        // only (1, 3) → 1 · 1/(3 · 2) = 1/6 each (without the shortcut: 1/3).
        let network = Network(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3), (0, 3)])
        expectValues(network.betweennessCentrality(), [0, 1.0 / 6, 1.0 / 6, 0], within: 1e-12)
    }

    @Test func cycleWithAChord() {
        // 0→1→2→0 plus 0→2. Shortest paths with an inner vertex: 1→2→0 (through 2) and 2→0→1
        // (through 0); every other pair is an edge. 1 · 1/(2 · 1) = 1/2 for 0 and 2.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 0), (0, 2)])
        expectValues(network.betweennessCentrality(), [0.5, 0, 0.5], within: 1e-12)
    }

    @Test func isolatedVertexCountsInN() {
        // a→b→c and an isolated d: still the one pair (a, c) through b, but n = 4 now:
        // 1/(3 · 2) = 1/6.
        let network = Network(vertexCount: 4, edges: [(0, 1), (1, 2)])
        expectValues(network.betweennessCentrality(), [0, 1.0 / 6, 0, 0], within: 1e-12)
    }

    @Test func twoComponents() {
        // 0→1→2 and 3→4→5, n = 6: 1 lies on (0, 2), 4 on (3, 5); 1/(5 · 4) = 1/20.
        let network = Network(vertexCount: 6, edges: [(0, 1), (1, 2), (3, 4), (4, 5)])
        expectValues(network.betweennessCentrality(), [0, 1.0 / 20, 0, 0, 1.0 / 20, 0], within: 1e-12)
    }

    @Test func graphsOfAtMostTwoVertices() {
        // No vertex can lie between two others, and NetworkX does not rescale when n ≤ 2.
        #expect(Network(vertexCount: 2, edges: [(0, 1), (1, 0)]).betweennessCentrality() == [0, 0])
        #expect(Network(vertexCount: 1, edges: []).betweennessCentrality() == [0])
        #expect(Network(vertexCount: 0, edges: []).betweennessCentrality().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectExact("betweenness") { $0.betweennessCentrality() }
    }
}
