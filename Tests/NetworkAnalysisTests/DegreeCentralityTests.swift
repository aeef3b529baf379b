import Testing
@testable import NetworkAnalysis

/// Degree, in-degree and out-degree centrality, as NetworkX `degree_centrality`,
/// `in_degree_centrality` and `out_degree_centrality` define them on a `DiGraph`: the degree
/// divided by n − 1, the largest degree a simple graph allows. Small graphs worked out by hand,
/// then NetworkX's answers on the reference graphs.
@Suite struct DegreeCentralityTests {
    @Test func directedPathOfThree() {
        // a→b→c, n − 1 = 2. (in, out) degrees: a (0, 1), b (1, 1), c (1, 0).
        let path = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        expectValues(path.inDegreeCentrality(), [0, 1.0 / 2, 1.0 / 2], within: 1e-12)
        expectValues(path.outDegreeCentrality(), [1.0 / 2, 1.0 / 2, 0], within: 1e-12)
        // in + out: a 1/2, b 2/2 = 1, c 1/2.
        expectValues(path.degreeCentrality(), [1.0 / 2, 1, 1.0 / 2], within: 1e-12)
    }

    @Test func outwardStar() {
        // Centre 0 → leaves 1, 2, 3; n − 1 = 3. The centre has out-degree 3 → 3/3 = 1 and
        // in-degree 0; each leaf has in-degree 1 → 1/3 and out-degree 0.
        let star = Network(vertexCount: 4, edges: [(0, 1), (0, 2), (0, 3)])
        expectValues(star.outDegreeCentrality(), [1, 0, 0, 0], within: 1e-12)
        expectValues(star.inDegreeCentrality(), [0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
        expectValues(star.degreeCentrality(), [1, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
    }

    @Test func inwardStar() {
        // Leaves 1, 2, 3 → centre 0: the mirror image, in and out swapped.
        let star = Network(vertexCount: 4, edges: [(1, 0), (2, 0), (3, 0)])
        expectValues(star.inDegreeCentrality(), [1, 0, 0, 0], within: 1e-12)
        expectValues(star.outDegreeCentrality(), [0, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
        expectValues(star.degreeCentrality(), [1, 1.0 / 3, 1.0 / 3, 1.0 / 3], within: 1e-12)
    }

    @Test func directedCycleOfFive() {
        // Every vertex has one edge in and one out; n − 1 = 4 → 1/4 each way, 2/4 in total.
        let cycle = Network.directedCycle(5)
        expectValues(cycle.inDegreeCentrality(), [Double](repeating: 1.0 / 4, count: 5), within: 1e-12)
        expectValues(cycle.outDegreeCentrality(), [Double](repeating: 1.0 / 4, count: 5), within: 1e-12)
        expectValues(cycle.degreeCentrality(), [Double](repeating: 1.0 / 2, count: 5), within: 1e-12)
    }

    @Test func completeDigraphScoresTwo() {
        // K4 with both directions: in = out = 3 → 3/3 = 1, but in + out = 6 → 6/3 = 2: on a
        // DiGraph, degree centrality is not bounded by 1.
        let complete = Network.complete(4)
        expectValues(complete.inDegreeCentrality(), [1, 1, 1, 1], within: 1e-12)
        expectValues(complete.outDegreeCentrality(), [1, 1, 1, 1], within: 1e-12)
        expectValues(complete.degreeCentrality(), [2, 2, 2, 2], within: 1e-12)
    }

    @Test func isolatedVertexCountsInN() {
        // 0 ⇄ 1 and an isolated 2: n − 1 = 2, not 1. Vertices 0 and 1 have one edge in and one
        // out → 1/2 each way, 2/2 = 1 in total; the isolated vertex scores 0.
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 0)])
        expectValues(network.inDegreeCentrality(), [1.0 / 2, 1.0 / 2, 0], within: 1e-12)
        expectValues(network.outDegreeCentrality(), [1.0 / 2, 1.0 / 2, 0], within: 1e-12)
        expectValues(network.degreeCentrality(), [1, 1, 0], within: 1e-12)
    }

    @Test func parallelEdgesAndSelfLoopsDoNotCount() {
        // Three copies of 0→1 and a loop 1→1 make the single DiGraph edge 0→1 (NetworkX
        // collapses the copies; the loop is dropped on construction). n − 1 = 2.
        let network = Network(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 1), (0, 1)])
        expectValues(network.outDegreeCentrality(), [1.0 / 2, 0, 0], within: 1e-12)
        expectValues(network.inDegreeCentrality(), [0, 1.0 / 2, 0], within: 1e-12)
        expectValues(network.degreeCentrality(), [1.0 / 2, 1.0 / 2, 0], within: 1e-12)
    }

    @Test func graphsOfAtMostOneVertex() {
        // n − 1 = 0 would divide by zero; NetworkX returns 1 for every vertex when n ≤ 1
        // (`if len(G) <= 1: return {n: 1 for n in G}`), so a lone vertex scores 1.
        let lone = Network(vertexCount: 1, edges: [])
        #expect(lone.degreeCentrality() == [1])
        #expect(lone.inDegreeCentrality() == [1])
        #expect(lone.outDegreeCentrality() == [1])
        let empty = Network(vertexCount: 0, edges: [])
        #expect(empty.degreeCentrality().isEmpty)
        #expect(empty.inDegreeCentrality().isEmpty)
        #expect(empty.outDegreeCentrality().isEmpty)
    }

    @Test(arguments: ReferenceGraph.all)
    func matchesNetworkX(reference: ReferenceGraph) {
        reference.expectExact("degree") { $0.degreeCentrality() }
        reference.expectExact("in-degree") { $0.inDegreeCentrality() }
        reference.expectExact("out-degree") { $0.outDegreeCentrality() }
    }
}
