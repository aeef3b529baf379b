import Testing
@testable import NetworkAnalysis

/// Hubs and authorities (HITS), as NetworkX `hits` defines them on a `DiGraph`: the authority
/// vector a is the principal eigenvector of AᵀA, the hub vector h = A a (h(u) = Σ_{u → v} a(v)),
/// each normalised to sum 1. The graphs below all have a simple largest eigenvalue of AᵀA (where
/// it is repeated, as on a directed cycle or path, the answer depends on the start vector and
/// NetworkX's own `hits` returns an arbitrary, even negative, vector). The fixed points are known
/// in closed form, so the iteration is checked to 1e-9. Then NetworkX's answers on the reference
/// graphs.
@Suite struct HITSTests {
    /// The golden ratio φ = (1 + √5)/2, with 1/φ + 1/φ² = 1.
    static let phi = (1 + 5.0.squareRoot()) / 2

    @Test func outwardStar() throws {
        // Centre 0 → leaves 1, 2, 3: AᵀA is the 3 × 3 all-ones block on the leaves (λ = 3,
        // simple) → authorities 1/3 on each leaf, 0 on the centre; h = A a puts everything on the
        // centre → hubs (1, 0, 0, 0).
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let (hubs, authorities) = try star.hits()
        expectValues(hubs, [1, 0, 0, 0], within: 1e-9)
        expectValues(authorities, [0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-9)
    }

    @Test func inwardStar() throws {
        // Leaves 1, 2, 3 → centre 0: AᵀA = diag(3, 0, 0, 0) → authorities (1, 0, 0, 0); every
        // leaf points at the centre → hubs 1/3 each.
        let star = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        let (hubs, authorities) = try star.hits()
        expectValues(hubs, [0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-9)
        expectValues(authorities, [1, 0, 0, 0], within: 1e-9)
    }

    @Test func completeBipartiteOneWay() throws {
        // 0, 1 → 2, 3, 4: A has rank 1, AᵀA = 2 · (all-ones on {2, 3, 4}) → authorities 1/3 on
        // each of 2, 3, 4; both hubs point at all of them → hubs 1/2 on 0 and 1.
        let network = Network(vertexCount: 5, edges: [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)])
        let (hubs, authorities) = try network.hits()
        expectValues(hubs, [0.5, 0.5, 0, 0, 0], within: 1e-9)
        expectValues(authorities, [0, 0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-9)
    }

    @Test func overlappingHubsGiveTheGoldenRatio() throws {
        // 0 → 2, 0 → 3, 1 → 3, and an isolated 4. On the authorities {2, 3}:
        // AᵀA = [[1, 1], [1, 2]] (2 is pointed at by 0; 3 by 0 and 1; 0 points at both), with
        // eigenvalues (3 ± √5)/2; the largest, φ², has eigenvector (1, φ). Sum-normalised
        // (1 + φ = φ²): a2 = 1/φ², a3 = 1/φ. Hubs: h0 = a2 + a3 = 1, h1 = a3 = 1/φ, sum φ →
        // h0 = 1/φ, h1 = 1/φ². The isolated vertex scores 0 on both.
        let phi = Self.phi
        let network = Network(vertexCount: 5, edges: [(0, 2), (0, 3), (1, 3)])
        let (hubs, authorities) = try network.hits()
        expectValues(hubs, [1 / phi, 1 / (phi * phi), 0, 0, 0], within: 1e-9)
        expectValues(authorities, [0, 0, 1 / (phi * phi), 1 / phi, 0], within: 1e-9)
    }

    @Test func cycleWithAChord() throws {
        // 0→1→2→0 plus 0→2. AᵀA: 0 is pointed at by 2 only, which points at nothing else → a
        // block [1]; 1 and 2 are both pointed at by 0, and 2 also by 1 → block [[1, 1], [1, 2]],
        // whose φ² beats 1: authorities (0, 1/φ², 1/φ) as above. Hubs h = A a: h0 = a1 + a2 = 1,
        // h1 = a2 = 1/φ, h2 = a0 = 0 → (1/φ, 1/φ², 0).
        let phi = Self.phi
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 0), (0, 2)])
        let (hubs, authorities) = try network.hits()
        expectValues(hubs, [1 / phi, 1 / (phi * phi), 0], within: 1e-9)
        expectValues(authorities, [0, 1 / (phi * phi), 1 / phi], within: 1e-9)
    }

    @Test func twoCycleWithASource() throws {
        // 0 ⇄ 1 and 2 → 0: 0 is pointed at by 1 and 2, 1 by 0; no hub points at both, so
        // AᵀA = diag(2, 1, 0) → authorities (1, 0, 0); hubs are those pointing at 0: 1 and 2 →
        // (0, 1/2, 1/2).
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0), (2, 0)])
        let (hubs, authorities) = try network.hits()
        expectValues(hubs, [0, 0.5, 0.5], within: 1e-9)
        expectValues(authorities, [1, 0, 0], within: 1e-9)
    }

    @Test func completeDigraphIsUniform() throws {
        // K4: A = J − I, AᵀA = 2J + I with the simple largest eigenvalue 9 on the all-ones
        // vector → 1/4 everywhere, for hubs and authorities alike.
        let (hubs, authorities) = try Network.complete(4).hits()
        expectValues(hubs, [0.25, 0.25, 0.25, 0.25], within: 1e-9)
        expectValues(authorities, [0.25, 0.25, 0.25, 0.25], within: 1e-9)
    }

    @Test func graphWithoutEdgesFails() throws {
        // A = 0: every score would be 0/0. NetworkX fails too (ARPACK: "Starting vector is zero",
        // and for one vertex svds refuses k = 1). No vertices: no scores.
        #expect(throws: ConvergenceError.self) { _ = try Network(vertexCount: 3, edges: []).hits() }
        #expect(throws: ConvergenceError.self) { _ = try Network(vertexCount: 1, edges: []).hits() }
        #expect(throws: ConvergenceError.self) { _ = try Network(vertexCount: 2, edges: [(1, 1)]).hits() }
        let (hubs, authorities) = try Network(vertexCount: 0, edges: []).hits()
        #expect(hubs.isEmpty && authorities.isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectIterative("hubs") { try $0.hits().hubs }
        reference.expectIterative("authorities") { try $0.hits().authorities }
    }
}
