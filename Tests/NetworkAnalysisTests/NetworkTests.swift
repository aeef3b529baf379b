import Testing
@testable import NetworkAnalysis

@Suite struct NetworkTests {
    @Test func storesBothDirectionsInSortedCSR() {
        let network = Network(vertexCount: 4, edges: [(2, 0), (0, 2), (0, 1), (3, 0)])
        #expect(network.edgeCount == 4)
        #expect(Array(network.successors(of: 0)) == [1, 2])
        #expect(Array(network.predecessors(of: 0)) == [2, 3])
        #expect(network.outOffsets == [0, 2, 2, 3, 4])
        #expect(network.inDegree(of: 1) == 1 && network.outDegree(of: 1) == 0)
    }

    @Test func collapsesParallelEdgesAndDropsSelfLoops() {
        let network = Network(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 1), (1, 2), (0, 1)])
        #expect(network.edgeCount == 2)
        #expect(network.hasEdge(from: 0, to: 1))
        #expect(!network.hasEdge(from: 1, to: 1))
        #expect(!network.hasEdge(from: 1, to: 0))
    }

    @Test func keepsIsolatedVertices() {
        let network = Network(vertexCount: 5, edges: [(0, 1)])
        #expect(network.vertexCount == 5)
        #expect((2..<5).allSatisfy { network.outDegree(of: $0) == 0 && network.inDegree(of: $0) == 0 })
        #expect(Network(vertexCount: 0, edges: []).edgeCount == 0)
    }

    @Test func inAndOutAdjacencyAgree() {
        var generator = SplitMix64(seed: 7)
        let edges = (0..<500).map { _ in (Int(generator.next() % 60), Int(generator.next() % 60)) }
        let network = Network(vertexCount: 60, edges: edges)
        var forward = Set<[Int32]>(), backward = Set<[Int32]>()
        for v in 0..<60 {
            for w in network.successors(of: v) { forward.insert([Int32(v), w]) }
            for u in network.predecessors(of: v) { backward.insert([u, Int32(v)]) }
        }
        #expect(forward == backward)
        #expect(forward.count == Set(edges.filter { $0.0 != $0.1 }.map { [Int32($0.0), Int32($0.1)] }).count)
    }
}

@Suite struct IterationEdgeCaseTests {
    @Test func aZeroIterationBudgetFailsInsteadOfCrashing() {
        let network = Network(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 0)])
        let none = IterationLimits(maximumIterations: 0)
        #expect(throws: ConvergenceError.self) { _ = try network.pageRank(limits: none) }
        #expect(throws: ConvergenceError.self) { _ = try network.hits(limits: none) }
        #expect(throws: ConvergenceError.self) { _ = try network.eigenvectorCentrality(limits: none) }
        #expect(throws: ConvergenceError.self) { _ = try network.katzCentrality(limits: none) }
        #expect(network.allShortestPaths(from: 1, to: 1, limit: 0).isEmpty)
    }
}
