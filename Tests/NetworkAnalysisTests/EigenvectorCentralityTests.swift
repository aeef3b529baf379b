import Foundation
import Testing
@testable import NetworkAnalysis

/// Eigenvector centrality, as NetworkX `eigenvector_centrality` defines it on a `DiGraph`: the
/// principal left eigenvector, λ x(v) = Σ_{u → v} x(u) (a vertex scores through its IN-edges),
/// L2-normalised; NetworkX and stakegraph find it by power iteration on Aᵀ + I from 1/n, which
/// fails on graphs whose adjacency matrix is nilpotent (no cycles). The fixed points below are
/// known in closed form, so the iteration is checked to 1e-9. Then NetworkX's answers on the
/// reference graphs.
@Suite struct EigenvectorCentralityTests {
    @Test(arguments: [2, 3, 4, 7])
    func directedCycleIsUniform(n: Int) throws {
        // Aᵀ of a cycle is a permutation: λ = 1 with the all-ones vector, and with the shift I
        // every other eigenvalue 1 + ω (ω ≠ 1 an n-th root of unity) is smaller than 2 in
        // modulus. L2-normalised: 1/√n each.
        let x = try Network.directedCycle(n).eigenvectorCentrality()
        expectValues(x, [Double](repeating: 1 / Double(n).squareRoot(), count: n), within: 1e-9)
    }

    @Test func completeDigraphIsUniform() throws {
        // K4: every column of Aᵀ sums to 3, λ = 3 with the all-ones vector → 1/√4 = 1/2 each.
        expectValues(try Network.complete(4).eigenvectorCentrality(), [0.5, 0.5, 0.5, 0.5], within: 1e-9)
    }

    @Test func undirectedPathOfThree() throws {
        // 0 ⇄ 1 ⇄ 2: λ x0 = x1, λ x1 = x0 + x2, λ x2 = x1 → x0 = x2 = x1/λ and λ² = 2, so
        // x ∝ (1, √2, 1), norm √4 = 2 → (1/2, √2/2, 1/2). The start 1/n is not an eigenvector
        // here: the iteration has to converge (the shifted spectrum is 1 + √2, 1, 1 − √2).
        let path = Network.bothWays(3, [(0, 1), (1, 2)])
        expectValues(try path.eigenvectorCentrality(), [0.5, 2.0.squareRoot() / 2, 0.5], within: 1e-9)
    }

    @Test func undirectedStar() throws {
        // Centre 0 ⇄ leaves 1, 2, 3: λ x_leaf = x_centre, λ x_centre = 3 x_leaf → λ = √3 and
        // x ∝ (√3, 1, 1, 1), norm √6 → centre √3/√6 = 1/√2, leaves 1/√6.
        let star = Network.bothWays(4, [(0, 1), (0, 2), (0, 3)])
        let leaf = 1 / 6.0.squareRoot()
        expectValues(try star.eigenvectorCentrality(), [1 / 2.0.squareRoot(), leaf, leaf, leaf], within: 1e-9)
    }

    @Test func aSourceScoresZero() throws {
        // 0 ⇄ 1 and 2 → 0: x0 = x1 + x2, x1 = x0, x2 = 0 (nobody points at 2) for λ = 1, the
        // largest eigenvalue (A's spectrum is 1, −1, 0) → (1/√2, 1/√2, 0). Scoring by out-edges
        // instead would give the source a positive score.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0), (2, 0)])
        let half = 1 / 2.0.squareRoot()
        expectValues(try network.eigenvectorCentrality(), [half, half, 0], within: 1e-9)
    }

    @Test func cycleWithAChordIsThePlasticNumber() throws {
        // 0→1→2→0 plus 0→2, so in-neighbours are 0 ← 2, 1 ← 0, 2 ← {0, 1}:
        // λ x0 = x2, λ x1 = x0, λ x2 = x0 + x1. With x0 = 1: x1 = 1/λ, x2 = λ, and λ² = 1 + 1/λ,
        // i.e. λ³ = λ + 1, whose real root is the plastic number
        // ρ = ∛((9 + √69)/18) + ∛((9 − √69)/18) ≈ 1.3247. x ∝ (1, 1/ρ, ρ).
        let root69 = 69.0.squareRoot()
        let rho = cbrt((9 + root69) / 18) + cbrt((9 - root69) / 18)
        #expect(abs(rho * rho * rho - rho - 1) < 1e-12, "ρ is the root")
        let norm = (1 + 1 / (rho * rho) + rho * rho).squareRoot()
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 0), (0, 2)])
        expectValues(try network.eigenvectorCentrality(), [1 / norm, 1 / (rho * norm), rho / norm], within: 1e-9)
    }

    @Test func graphWithoutCyclesDoesNotConverge() {
        // A path (or any DAG) has a nilpotent A: its only eigenvalue is 0, and the (Aᵀ + I)
        // iteration creeps towards the sinks ever more slowly (the change per step falls like
        // 1/k²) without meeting the tolerance. NetworkX raises PowerIterationFailedConvergence.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(throws: ConvergenceError.self) { _ = try path.eigenvectorCentrality() }
        let pair = Network(vertexCount: 2, edges: [(0, 1)])
        #expect(throws: ConvergenceError.self) { _ = try pair.eigenvectorCentrality() }
        let diamond = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (1, 3), (2, 3)])
        #expect(throws: ConvergenceError.self) { _ = try diamond.eigenvectorCentrality() }
    }

    @Test func graphWithoutEdgesKeepsTheStartVector() throws {
        // A = 0: Aᵀ + I = I leaves the start 1/n as it is, and NetworkX returns it
        // L2-normalised: 1/√n (n = 4 → 1/2; n = 1 → 1). On the graph without vertices
        // NetworkX raises NetworkXPointlessConcept; stakegraph returns no scores.
        expectValues(try Network(vertexCount: 4, edges: []).eigenvectorCentrality(), [0.5, 0.5, 0.5, 0.5], within: 1e-12)
        #expect(try Network(vertexCount: 1, edges: []).eigenvectorCentrality() == [1])
        #expect(try Network(vertexCount: 0, edges: []).eigenvectorCentrality().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectIterative("eigenvector") { try $0.eigenvectorCentrality() }
    }
}
