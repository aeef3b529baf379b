import Testing
@testable import NetworkAnalysis

/// The counting-sort construction against the definition: the distinct non-loop edges, each
/// vertex's successors and predecessors ascending.
@Suite struct NetworkBuildTests {
    @Test func randomEdgesGiveTheSortedDistinctAdjacency() {
        var generator = SplitMix64(seed: 42)
        let n = 300
        let edges = (0..<6_000).map { _ in (from: Int(generator.next() % UInt64(n)), to: Int(generator.next() % UInt64(n))) }
        let network = Network(vertexCount: n, edges: edges)
        let distinct = Set(edges.filter { $0.from != $0.to }.map { [$0.from, $0.to] })
        #expect(network.edgeCount == distinct.count)
        for vertex in 0..<n {
            let out = distinct.filter { $0[0] == vertex }.map { Int32($0[1]) }.sorted()
            let into = distinct.filter { $0[1] == vertex }.map { Int32($0[0]) }.sorted()
            #expect(Array(network.successors(of: vertex)) == out, "successors of \(vertex)")
            #expect(Array(network.predecessors(of: vertex)) == into, "predecessors of \(vertex)")
        }
        #expect(network.outOffsets.last == Int32(distinct.count) && network.inOffsets.last == Int32(distinct.count))
    }

    @Test func isolatedVerticesAndNoEdges() {
        let empty = Network(vertexCount: 3, edges: [])
        #expect(empty.outOffsets == [0, 0, 0, 0] && empty.inOffsets == [0, 0, 0, 0] && empty.edgeCount == 0)
        let loops = Network(vertexCount: 2, edges: [(1, 1), (0, 0)])
        #expect(loops.edgeCount == 0)
    }
}
