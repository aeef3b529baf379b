import Testing
@testable import NetworkAnalysis

/// Katz centrality, as NetworkX `katz_centrality` defines it on a `DiGraph`: the solution of
/// x = α Aᵀ x + β, i.e. x(v) = α Σ_{u → v} x(u) + β, with α = 0.1 and β = 1 by default, then
/// L2-normalised. Iterated from x = 0; the fixed points below are solved by hand, so the
/// iteration is checked to 1e-9. Then NetworkX's answers on the reference graphs.
@Suite struct KatzCentralityTests {
    @Test(arguments: [2, 3, 5])
    func directedCycleIsUniform(n: Int) throws {
        // One in-neighbour each: x = 0.1 x + 1 → x = 1/0.9 = 10/9 for every vertex before
        // normalisation, 1/√n after.
        let x = try Network.directedCycle(n).katzCentrality()
        expectValues(x, [Double](repeating: 1 / Double(n).squareRoot(), count: n), within: 1e-9)
    }

    @Test func completeDigraphIsUniform() throws {
        // K4: x = 0.1 · 3x + 1 → x = 1/0.7 for every vertex, 1/√4 = 1/2 after normalisation.
        expectValues(try Network.complete(4).katzCentrality(), [0.5, 0.5, 0.5, 0.5], within: 1e-9)
    }

    @Test func directedPathOfThree() throws {
        // a→b→c: x_a = β = 1 (no in-edges), x_b = 1 + 0.1 · 1 = 1.1, x_c = 1 + 0.1 · 1.1 = 1.11;
        // norm √(1 + 1.21 + 1.2321) = √3.4421.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        let norm = 3.4421.squareRoot()
        expectValues(try path.katzCentrality(), [1 / norm, 1.1 / norm, 1.11 / norm], within: 1e-9)
    }

    @Test func inwardStarCountsInEdges() throws {
        // Leaves 1, 2, 3 → centre 0: leaves 1, centre 1 + 3 · 0.1 = 1.3; norm √(1.69 + 3) = √4.69.
        let star = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        let norm = 4.69.squareRoot()
        expectValues(try star.katzCentrality(), [1.3 / norm, 1 / norm, 1 / norm, 1 / norm], within: 1e-9)
    }

    @Test func outwardStar() throws {
        // Centre 0 → leaves: centre 1, each leaf 1 + 0.1 = 1.1; norm √(1 + 3 · 1.21) = √4.63.
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let norm = 4.63.squareRoot()
        expectValues(try star.katzCentrality(), [1 / norm, 1.1 / norm, 1.1 / norm, 1.1 / norm], within: 1e-9)
    }

    @Test func undirectedPathOfThree() throws {
        // 0 ⇄ 1 ⇄ 2: x0 = x2 = 1 + 0.1 x1 and x1 = 1 + 0.2 x0, so x0 = 1.1 + 0.02 x0 →
        // x0 = 1.1/0.98 = 55/49 and x1 = 1 + 11/49 = 60/49; x ∝ (55, 60, 55), norm √9650.
        let path = Network.bothWays(3, [(0, 1), (1, 2)])
        let norm = 9650.0.squareRoot()
        expectValues(try path.katzCentrality(), [55 / norm, 60 / norm, 55 / norm], within: 1e-9)
    }

    @Test func otherAlphaAndBeta() throws {
        // a→b→c with α = 0.5, β = 2: x = (2, 2 + 0.5 · 2, 2 + 0.5 · 3) = (2, 3, 3.5), norm √25.25.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        let norm = 25.25.squareRoot()
        expectValues(try path.katzCentrality(alpha: 0.5, beta: 2), [2 / norm, 3 / norm, 3.5 / norm], within: 1e-9)
        // A uniform β only scales x, which the normalisation removes: β = 7 gives the default's answer.
        let unscaled = 3.4421.squareRoot()
        expectValues(try path.katzCentrality(beta: 7), [1 / unscaled, 1.1 / unscaled, 1.11 / unscaled], within: 1e-9)
    }

    @Test func alphaJustBelowOneOverLambdaMaxConverges() throws {
        // K4 has λ_max = 3; α = 0.3 < 1/3: x = 0.9 x + 1 → x = 10 everywhere → 1/2. The error
        // shrinks by 0.9 per step, so this takes a few hundred iterations.
        expectValues(try Network.complete(4).katzCentrality(alpha: 0.3), [0.5, 0.5, 0.5, 0.5], within: 1e-9)
    }

    @Test func alphaAtOrAboveOneOverLambdaMaxFails() {
        // Cycle: λ_max = 1. α = 1 makes x_k = k grow without limit; α = 2 makes it grow like 2^k
        // until it overflows; K4 with α = 0.5 > 1/3 likewise. NetworkX raises
        // PowerIterationFailedConvergence for all three.
        let cycle = Network.directedCycle(4)
        #expect(throws: ConvergenceError.self) { _ = try cycle.katzCentrality(alpha: 1) }
        #expect(throws: ConvergenceError.self) { _ = try cycle.katzCentrality(alpha: 2) }
        #expect(throws: ConvergenceError.self) { _ = try Network.complete(4).katzCentrality(alpha: 0.5) }
    }

    @Test func isolatedVertexScoresBeta() throws {
        // 0 → 1 and an isolated 2: x = (1, 1.1, 1) (the isolated vertex keeps β), norm √3.21.
        let network = Network(vertexCount: 3, edges: [(0, 1)])
        let norm = 3.21.squareRoot()
        expectValues(try network.katzCentrality(), [1 / norm, 1.1 / norm, 1 / norm], within: 1e-9)
    }

    @Test func zeroBetaGivesZero() throws {
        // β = 0: x = 0 is the fixed point from the start; its norm is 0, and NetworkX then
        // returns the zero vector unscaled.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(try path.katzCentrality(beta: 0) == [0, 0, 0])
    }

    @Test func graphsOfAtMostOneVertex() throws {
        // A lone vertex: x = β, normalised to 1. No vertices: no scores (NetworkX returns {}).
        #expect(try Network(vertexCount: 1, edges: []).katzCentrality() == [1])
        #expect(try Network(vertexCount: 0, edges: []).katzCentrality().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectIterative("katz") { try $0.katzCentrality() }
    }
}
