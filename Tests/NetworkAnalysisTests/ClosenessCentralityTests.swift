import Testing
@testable import NetworkAnalysis

/// Closeness and harmonic centrality, as NetworkX `closeness_centrality` (`wf_improved=True`)
/// and `harmonic_centrality` define them on a `DiGraph`: both over INCOMING distances d(v, u),
/// from the others to u.
///
///     closeness(u) = (r − 1) / Σ_v d(v, u) · (r − 1) / (n − 1),  r = vertices that reach u, u included
///     harmonic(u)  = Σ_{v ≠ u} 1 / d(v, u),                       1/∞ = 0, not normalised
///
/// Small graphs worked out by hand, then NetworkX's answers on the reference graphs.
@Suite struct ClosenessCentralityTests {
    @Test func directedPathOfThree() {
        // a→b→c, n − 1 = 2. a: nobody reaches it → 0.
        // b: reached by a at 1; r − 1 = 1, Σd = 1 → 1/1 · 1/2 = 1/2.
        // c: reached by b at 1 and a at 2; r − 1 = 2, Σd = 3 → 2/3 · 2/2 = 2/3.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        expectValues(path.closenessCentrality(), [0, 1.0 / 2, 2.0 / 3], within: 1e-12)
        // Harmonic: a 0; b 1/1 = 1; c 1/1 + 1/2 = 3/2.
        expectValues(path.harmonicCentrality(), [0, 1, 3.0 / 2], within: 1e-12)
    }

    @Test func directedPathOfFour() {
        // 0→1→2→3, n − 1 = 3. 1: r − 1 = 1, Σd = 1 → 1 · 1/3 = 1/3.
        // 2: r − 1 = 2, Σd = 1 + 2 = 3 → 2/3 · 2/3 = 4/9. 3: r − 1 = 3, Σd = 6 → 3/6 · 3/3 = 1/2.
        let path = Network(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
        expectValues(path.closenessCentrality(), [0, 1.0 / 3, 4.0 / 9, 1.0 / 2], within: 1e-12)
        // Harmonic: 3 gets 1 + 1/2 + 1/3 = 11/6.
        expectValues(path.harmonicCentrality(), [0, 1, 3.0 / 2, 11.0 / 6], within: 1e-12)
    }

    @Test func outwardStarCountsIncomingDistances() {
        // Centre 0 → leaves 1, 2, 3; n − 1 = 3. The centre reaches everyone but nobody reaches
        // it → 0. A leaf is reached by the centre only: r − 1 = 1, Σd = 1 → 1 · 1/3 = 1/3.
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        expectValues(star.closenessCentrality(), [0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
        expectValues(star.harmonicCentrality(), [0, 1, 1, 1], within: 1e-12)
    }

    @Test func inwardStar() {
        // Leaves 1, 2, 3 → centre 0. The centre is reached by all three at distance 1:
        // r − 1 = 3, Σd = 3 → 3/3 · 3/3 = 1; harmonic 3 · 1/1 = 3. Leaves: nobody reaches them.
        let star = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        expectValues(star.closenessCentrality(), [1, 0, 0, 0], within: 1e-12)
        expectValues(star.harmonicCentrality(), [3, 0, 0, 0], within: 1e-12)
    }

    @Test func undirectedStar() {
        // Centre 0 ⇄ leaves 1, 2, 3. Centre: all at 1 → 1; harmonic 3.
        // Leaf: the centre at 1, the two other leaves at 2; r − 1 = 3, Σd = 5 → 3/5 · 3/3 = 3/5;
        // harmonic 1 + 1/2 + 1/2 = 2.
        let star = Network.bothWays(4, [(0, 1), (0, 2), (0, 3)])
        expectValues(star.closenessCentrality(), [1, 3.0 / 5, 3.0 / 5, 3.0 / 5], within: 1e-12)
        expectValues(star.harmonicCentrality(), [3, 2, 2, 2], within: 1e-12)
    }

    /// Directed cycles of n vertices. Every u is reached by the others at distances 1, 2, …,
    /// n − 1: r − 1 = n − 1, Σd = n(n − 1)/2 → closeness (n − 1) / (n(n − 1)/2) · 1 = 2/n.
    /// Harmonic: the harmonic number H(n − 1) = 1 + 1/2 + … + 1/(n − 1).
    static let cycles: [(n: Int, closeness: Double, harmonic: Double)] = [
        (3, 2.0 / 3, 3.0 / 2), (4, 1.0 / 2, 11.0 / 6), (5, 2.0 / 5, 25.0 / 12), (8, 1.0 / 4, 363.0 / 140),
    ]

    @Test(arguments: cycles)
    func directedCycle(n: Int, closeness: Double, harmonic: Double) {
        let cycle = Network.directedCycle(n)
        expectValues(cycle.closenessCentrality(), [Double](repeating: closeness, count: n), within: 1e-12)
        expectValues(cycle.harmonicCentrality(), [Double](repeating: harmonic, count: n), within: 1e-12)
    }

    @Test func completeDigraph() {
        // K4 both ways: everyone at distance 1 from everyone → closeness 3/3 · 3/3 = 1, harmonic 3.
        let complete = Network.complete(4)
        expectValues(complete.closenessCentrality(), [1, 1, 1, 1], within: 1e-12)
        expectValues(complete.harmonicCentrality(), [3, 3, 3, 3], within: 1e-12)
    }

    @Test(arguments: [1, 3])
    func twoComponentsUseTheWassermanFaustCorrection(workers: Int) {
        // 0→1→2 and 3→4, n − 1 = 4. Vertex 1 is reached by 0 alone: uncorrected closeness would
        // be 1/1 = 1, the correction scales it by (r − 1)/(n − 1) = 1/4 → 1/4; so 4 → 1/4.
        // Vertex 2: r − 1 = 2, Σd = 3 → 2/3 · 2/4 = 1/3. Sources 0 and 3: 0.
        let network = Network(vertexCount: 5, edges: [(0, 1), (1, 2), (3, 4)])
        expectValues(network.closenessCentrality(workers: workers), [0, 1.0 / 4, 1.0 / 3, 0, 1.0 / 4], within: 1e-12)
        // Harmonic ignores the other component (1/∞ = 0): 1 → 1, 2 → 1 + 1/2, 4 → 1.
        expectValues(network.harmonicCentrality(workers: workers), [0, 1, 3.0 / 2, 0, 1], within: 1e-12)
    }

    @Test func isolatedVertex() {
        // 0 ⇄ 1 and an isolated 2, n − 1 = 2. 0 is reached by 1 at 1: r − 1 = 1, Σd = 1 →
        // 1 · 1/2 = 1/2 (the isolated vertex halves it); the same for 1; 2 is reached by nobody.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0)])
        expectValues(network.closenessCentrality(), [1.0 / 2, 1.0 / 2, 0], within: 1e-12)
        expectValues(network.harmonicCentrality(), [1, 1, 0], within: 1e-12)
    }

    @Test func graphsOfAtMostOneVertex() {
        // A lone vertex is reached by nobody: closeness 0 (NetworkX gives 0.0), harmonic 0.
        let lone = Network(vertexCount: 1, edges: [])
        #expect(lone.closenessCentrality() == [0])
        #expect(lone.harmonicCentrality() == [0])
        let empty = Network(vertexCount: 0, edges: [])
        #expect(empty.closenessCentrality().isEmpty)
        #expect(empty.harmonicCentrality().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectExact("closeness") { $0.closenessCentrality() }
        reference.expectExact("harmonic") { $0.harmonicCentrality() }
    }
}
