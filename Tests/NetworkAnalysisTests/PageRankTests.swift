import Testing
@testable import NetworkAnalysis

/// PageRank, as NetworkX `pagerank` defines it on a `DiGraph`: α = 0.85, uniform teleport, and
/// dangling vertices (no out-edges) spread their score uniformly:
///
///     x(v) = α (Σ_{u → v} x(u) / outdeg(u) + Σ_{u dangling} x(u) / n) + (1 − α) / n,  Σ x = 1.
///
/// The fixed points below are solved by hand (with t = (1 − α)/n), so the iteration is checked
/// to 1e-9. Then NetworkX's answers on the reference graphs.
@Suite struct PageRankTests {
    static let cycles: [(n: Int, workers: Int)] = [(2, 1), (3, 1), (5, 1), (5, 4)]

    @Test(arguments: cycles)
    func directedCycleIsUniform(n: Int, workers: Int) throws {
        // Every vertex passes all of its score to one successor and receives from one: the
        // uniform vector 1/n is the fixed point, α · 1/n + (1 − α)/n = 1/n.
        let x = try Network.directedCycle(n).pageRank(workers: workers)
        expectValues(x, [Double](repeating: 1 / Double(n), count: n), within: 1e-9)
    }

    @Test func completeDigraphIsUniform() throws {
        // K4: each vertex receives a third of each of the three others' score; uniform 1/4.
        expectValues(try Network.complete(4).pageRank(), [0.25, 0.25, 0.25, 0.25], within: 1e-9)
    }

    @Test func singleEdgeWithADanglingHead() throws {
        // 0 → 1, and 1 is dangling, t = 0.15/2 = 0.075: x0 = 0.85 · x1/2 + 0.075 and
        // x0 + x1 = 1 → x0 = 0.425 (1 − x0) + 0.075 → 1.425 x0 = 0.5 → x0 = 20/57, x1 = 37/57.
        let network = Network(vertexCount: 2, edges: [(0, 1)])
        expectValues(try network.pageRank(), [20.0 / 57, 37.0 / 57], within: 1e-9)
    }

    @Test func inwardStar() throws {
        // Leaves 1, 2, 3 → centre 0 (dangling), t = 0.15/4 = 0.0375. A leaf gets only the
        // centre's dangling share: p = 0.85 · c/4 + 0.0375 = 0.2125 c + 0.0375; with c + 3p = 1,
        // c = 1 − 0.6375 c − 0.1125 → 1.6375 c = 0.8875 → c = 71/131, p = 20/131.
        let star = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        let leaf = 20.0 / 131
        expectValues(try star.pageRank(), [71.0 / 131, leaf, leaf, leaf], within: 1e-9)
    }

    @Test func outwardStar() throws {
        // Centre 0 → leaves 1, 2, 3 (all dangling), t = 0.0375. The centre gets only the leaves'
        // dangling shares: c = 0.85 · 3p/4 + 0.0375 = 0.6375 p + 0.0375; with c + 3p = 1,
        // 3.6375 p = 0.9625 → p = 77/291, c = 1 − 231/291 = 20/97.
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        let leaf = 77.0 / 291
        expectValues(try star.pageRank(), [20.0 / 97, leaf, leaf, leaf], within: 1e-9)
    }

    @Test(arguments: [1, 3])
    func directedPathOfThree(workers: Int) throws {
        // a→b→c, c dangling. Every vertex gets the same d = 0.85 · x_c/3 + 0.05 from teleport
        // and c's dangling share: x_a = d, x_b = d + 0.85 d = 1.85 d, x_c = d + 0.85 · 1.85 d =
        // 2.5725 d; Σ = 5.4225 d = 1.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        let d = 1 / 5.4225
        expectValues(try path.pageRank(workers: workers), [d, 1.85 * d, 2.5725 * d], within: 1e-9)
    }

    @Test func aSourceGetsOnlyTheTeleportShare() throws {
        // 0 ⇄ 1 and 2 → 0; no vertex is dangling and nobody points at 2, so x2 = t = 0.15/3 = 1/20.
        // x1 = 0.85 x0 + 0.05 and x0 + x1 = 19/20 → 1.85 x0 = 0.9 → x0 = 18/37, x1 = 343/740.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0), (2, 0)])
        expectValues(try network.pageRank(), [18.0 / 37, 343.0 / 740, 1.0 / 20], within: 1e-9)
    }

    @Test func isolatedVertexIsDangling() throws {
        // 0 ⇄ 1 and an isolated 2, which is dangling: x2 = 0.85 · x2/3 + 0.05 →
        // x2 (1 − 0.85/3) = 0.05 → x2 = 0.15/2.15 = 3/43; the rest splits evenly: 20/43 each.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0)])
        expectValues(try network.pageRank(), [20.0 / 43, 20.0 / 43, 3.0 / 43], within: 1e-9)
    }

    @Test func graphWithoutEdgesIsUniform() throws {
        // Every vertex is dangling: x(v) = 0.85 · Σx/n + 0.15/n = 1/n.
        expectValues(try Network(vertexCount: 3, edges: []).pageRank(), [1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-9)
    }

    @Test func otherDampingFactors() throws {
        // 0 → 1 with α = 0.5, t = 0.25: x0 = 0.5 · x1/2 + 0.25 = 0.25 (1 − x0) + 0.25 →
        // 1.25 x0 = 0.5 → (0.4, 0.6).
        let pair = Network(vertexCount: 2, edges: [(0, 1)])
        expectValues(try pair.pageRank(alpha: 0.5), [0.4, 0.6], within: 1e-9)
        // α = 0: the surfer always teleports; the edges do not matter → 1/n.
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        expectValues(try path.pageRank(alpha: 0), [1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
    }

    @Test func graphsOfAtMostOneVertex() throws {
        // A lone vertex holds all the probability; no vertices, no scores (NetworkX returns {}).
        expectValues(try Network(vertexCount: 1, edges: []).pageRank(), [1], within: 1e-12)
        #expect(try Network(vertexCount: 0, edges: []).pageRank().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectIterative("pagerank") { try $0.pageRank() }
    }
}
