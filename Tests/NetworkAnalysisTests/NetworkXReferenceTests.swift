import Testing
@testable import NetworkAnalysis

/// Every measure and every path query against NetworkX's answers on the reference graphs:
/// exact measures to 1e-9, iterative ones to 1e-6 of the converged vector.
@Suite struct NetworkXReferenceTests {
    static let exact: [(String, @Sendable (Network) -> [Double])] = [
        ("degree", { $0.degreeCentrality() }),
        ("in-degree", { $0.inDegreeCentrality() }),
        ("out-degree", { $0.outDegreeCentrality() }),
        ("closeness", { $0.closenessCentrality() }),
        ("harmonic", { $0.harmonicCentrality() }),
        ("betweenness", { $0.betweennessCentrality() }),
    ]

    static let iterative: [(String, @Sendable (Network) throws -> [Double])] = [
        ("eigenvector", { try $0.eigenvectorCentrality() }),
        ("katz", { try $0.katzCentrality() }),
        ("pagerank", { try $0.pageRank() }),
        ("hubs", { try $0.hits().hubs }),
        ("authorities", { try $0.hits().authorities }),
    ]

    @Test func fixturesArePresent() {
        #expect(ReferenceGraph.all.count >= 10, "run Tests/Fixtures/networkx/generate.py")
        #expect(Set(ReferenceGraph.all.map(\.name)).isSuperset(of: ["karate", "florentine", "kite"]))
    }

    @Test(arguments: ReferenceGraph.all)
    func exactMeasuresMatchToWithin1e9(reference: ReferenceGraph) {
        let network = reference.network
        for (name, compute) in Self.exact {
            guard let expected = reference.measures[name] else {
                Issue.record("\(reference.name): NetworkX gave no \(name)")
                continue
            }
            compare(compute(network), expected, reference, name, tolerance: 1e-9)
        }
    }

    @Test(arguments: ReferenceGraph.all)
    func iterativeMeasuresMatchToTheConvergedVector(reference: ReferenceGraph) {
        let network = reference.network
        for (name, compute) in Self.iterative {
            if let expected = reference.measures[name] {
                do {
                    compare(try compute(network), expected, reference, name, tolerance: 1e-6)
                } catch {
                    Issue.record("\(reference.name) \(name): \(error), but NetworkX converged")
                }
            } else {
                #expect(reference.errors?[name] != nil, "\(reference.name): neither a value nor an error for \(name)")
                #expect(throws: ConvergenceError.self, "\(reference.name) \(name): NetworkX failed (\(reference.errors?[name] ?? "")), so must we") {
                    _ = try compute(network)
                }
            }
        }
    }

    @Test(arguments: ReferenceGraph.all)
    func allShortestPathsMatch(reference: ReferenceGraph) {
        let network = reference.network
        for query in reference.shortestPaths {
            let found = network.allShortestPaths(from: reference.vertex(query.source), to: reference.vertex(query.target))
                .map { $0.map { reference.nodes[$0] } }
            #expect(Set(found) == Set(query.paths), "\(reference.name) \(query.source)→\(query.target)")
            #expect(found.count == query.paths.count, "no duplicates")
            let one = network.shortestPath(from: reference.vertex(query.source), to: reference.vertex(query.target))
                .map { $0.map { reference.nodes[$0] } }
            #expect(one.map { query.paths.contains($0) } ?? query.paths.isEmpty, "the single path is one of them")
        }
    }

    @Test(arguments: ReferenceGraph.all.filter { $0.kShortest != nil })
    func kShortestSimplePathsMatch(reference: ReferenceGraph) {
        let network = reference.network
        for query in reference.kShortest ?? [] {
            let found = network.kShortestPaths(from: reference.vertex(query.source), to: reference.vertex(query.target), k: query.k)
                .map { $0.map { reference.nodes[$0] } }
            // Same number of paths with the same lengths; equal-length paths may come in another
            // order, so below the longest length the sets must agree exactly.
            #expect(found.map(\.count) == query.paths.map(\.count), "\(reference.name) \(query.source)→\(query.target)")
            let longest = query.paths.map(\.count).max() ?? 0
            #expect(Set(found.filter { $0.count < longest }) == Set(query.paths.filter { $0.count < longest }))
            #expect(found.allSatisfy { Set($0).count == $0.count }, "simple paths")
            #expect(Set(found).count == found.count, "distinct paths")
            for path in found {
                #expect(zip(path, path.dropFirst()).allSatisfy { network.hasEdge(from: reference.vertex($0), to: reference.vertex($1)) })
            }
        }
    }

    private func compare(_ actual: [Double], _ expected: [String: Double], _ reference: ReferenceGraph, _ measure: String,
                         tolerance: Double) {
        #expect(actual.count == reference.nodes.count)
        var worst = (label: "", difference: 0.0)
        for (vertex, label) in reference.nodes.enumerated() {
            guard let value = expected[label] else { Issue.record("\(reference.name) \(measure): no value for \(label)"); continue }
            let difference = abs(actual[vertex] - value)
            if difference > worst.difference { worst = (label, difference) }
        }
        #expect(worst.difference <= tolerance, "\(reference.name) \(measure): off by \(worst.difference) at \(worst.label)")
    }
}
