import Testing
@testable import NetworkAnalysis

/// The per-source algorithms run on several threads; the answer must not depend on how many.
@Suite struct ParallelTests {
    static let network: Network = {
        var generator = SplitMix64(seed: 11)
        let edges = (0..<1500).map { _ in (Int(generator.next() % 300), Int(generator.next() % 300)) }
        return Network(vertexCount: 300, edges: edges)
    }()

    @Test(arguments: [2, 3, 8])
    func sameAnswerWithOneOrManyWorkers(workers: Int) {
        let network = Self.network
        let pairs: [([Double], [Double])] = [
            (network.betweennessCentrality(workers: 1), network.betweennessCentrality(workers: workers)),
            (network.closenessCentrality(workers: 1), network.closenessCentrality(workers: workers)),
            (network.harmonicCentrality(workers: 1), network.harmonicCentrality(workers: workers)),
            ((try? network.pageRank(workers: 1)) ?? [], (try? network.pageRank(workers: workers)) ?? [1]),
        ]
        for (one, many) in pairs {
            #expect(one.count == many.count)
            let worst = zip(one, many).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= 1e-12, "differs by \(worst)")
        }
    }

    @Test func moreWorkersThanSourcesIsFine() {
        let tiny = Network(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(tiny.betweennessCentrality(workers: 16) == [0, 0.5, 0], "one pair through the middle, normalised by 1/(2·1)")
        #expect(Network(vertexCount: 0, edges: []).betweennessCentrality(workers: 4).isEmpty)
    }
}
