import Testing
@testable import NetworkAnalysis

/// The NetworkX reference fixtures themselves, and every path query against NetworkX's answers.
///
/// Each centrality family compares itself with the same fixtures in its own file
/// (`DegreeCentralityTests`, `ClosenessCentralityTests`, `BetweennessCentralityTests`,
/// `EigenvectorCentralityTests`, `KatzCentralityTests`, `PageRankTests`, `HITSTests`), through
/// `ReferenceGraph.expectExact` and `ReferenceGraph.expectIterative` below: exact measures to
/// 1e-9, iterative ones to 1e-6 of the converged vector.
@Suite struct NetworkXReferenceTests {
    /// Every measure the fixtures hold, each checked by one of the family suites.
    static let centralityMeasures: Set<String> = [
        "degree", "in-degree", "out-degree", "closeness", "harmonic", "betweenness",
        "eigenvector", "katz", "pagerank", "hubs", "authorities",
    ]

    @Test func fixturesArePresent() {
        #expect(ReferenceGraph.all.count >= 10, "run Tests/Fixtures/networkx/generate.py")
        #expect(Set(ReferenceGraph.all.map(\.name)).isSuperset(of: ["karate", "florentine", "kite"]))
    }

    /// Every fixture gives every measure either a value or NetworkX's error, and nothing the
    /// family suites do not check, so that no NetworkX answer goes unchecked.
    @Test(arguments: ReferenceGraph.all)
    func everyMeasureHasAValueOrAnError(reference: ReferenceGraph) {
        let values = Set(reference.measures.keys), errors = Set((reference.errors ?? [:]).keys)
        #expect(values.union(errors) == Self.centralityMeasures, "\(reference.name)")
        #expect(values.isDisjoint(with: errors), "\(reference.name): a measure with both a value and an error")
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
}

// MARK: - Shared by the centrality family suites

extension ReferenceGraph {
    /// Checks an exact measure (degree, closeness, harmonic, betweenness) against NetworkX's
    /// value for every node, to within `tolerance` (1e-9 by default).
    func expectExact(_ measure: String, tolerance: Double = 1e-9,
                     sourceLocation: SourceLocation = #_sourceLocation, _ compute: (Network) -> [Double]) {
        guard let expected = measures[measure] else {
            Issue.record("\(name): NetworkX gave no \(measure)", sourceLocation: sourceLocation)
            return
        }
        compare(compute(network), expected, measure, tolerance: tolerance, sourceLocation: sourceLocation)
    }

    /// Checks an iterative measure against the converged vector NetworkX gave, to within
    /// `tolerance` (1e-6 by default); where NetworkX failed instead (the fixture's `errors`), the
    /// Swift measure must throw `ConvergenceError` too.
    func expectIterative(_ measure: String, tolerance: Double = 1e-6,
                         sourceLocation: SourceLocation = #_sourceLocation, _ compute: (Network) throws -> [Double]) {
        let network = network
        if let expected = measures[measure] {
            do {
                compare(try compute(network), expected, measure, tolerance: tolerance, sourceLocation: sourceLocation)
            } catch {
                Issue.record("\(name) \(measure): \(error), but NetworkX converged", sourceLocation: sourceLocation)
            }
        } else {
            #expect(errors?[measure] != nil, "\(name): neither a value nor an error for \(measure)",
                    sourceLocation: sourceLocation)
            #expect(throws: ConvergenceError.self,
                    "\(name) \(measure): NetworkX failed (\(errors?[measure] ?? "")), so must we",
                    sourceLocation: sourceLocation) {
                _ = try compute(network)
            }
        }
    }

    private func compare(_ actual: [Double], _ expected: [String: Double], _ measure: String, tolerance: Double,
                         sourceLocation: SourceLocation) {
        #expect(actual.count == nodes.count, "\(name) \(measure)", sourceLocation: sourceLocation)
        guard actual.count == nodes.count else { return }
        var worst = (label: "", difference: 0.0)
        for (vertex, label) in nodes.enumerated() {
            guard let value = expected[label] else {
                Issue.record("\(name) \(measure): no value for \(label)", sourceLocation: sourceLocation)
                continue
            }
            // A NaN counts as the worst difference, and stays so.
            let difference = abs(actual[vertex] - value)
            if !worst.difference.isNaN && (difference.isNaN || difference > worst.difference) { worst = (label, difference) }
        }
        #expect(worst.difference <= tolerance, "\(name) \(measure): off by \(worst.difference) at \(worst.label)",
                sourceLocation: sourceLocation)
    }
}

/// Checks a hand-derived vector: same length, every entry within `tolerance` of the expected
/// one (a NaN never is).
func expectValues(_ actual: [Double], _ expected: [Double], within tolerance: Double,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "length \(actual.count), expected \(expected.count)",
            sourceLocation: sourceLocation)
    guard actual.count == expected.count else { return }
    for (vertex, (value, wanted)) in zip(actual, expected).enumerated() {
        #expect(abs(value - wanted) <= tolerance,
                "vertex \(vertex): \(value), expected \(wanted)",
                sourceLocation: sourceLocation)
    }
}

extension Network {
    /// The directed cycle 0 → 1 → … → n − 1 → 0.
    static func directedCycle(_ n: Int) -> Network {
        Network(vertexCount: n, edges: (0..<n).map { ($0, ($0 + 1) % n) })
    }

    /// The complete digraph: every ordered pair (u, v), u ≠ v.
    static func complete(_ n: Int) -> Network {
        Network(vertexCount: n, edges: (0..<n).flatMap { u in (0..<n).filter { $0 != u }.map { (u, $0) } })
    }

    /// An undirected graph as NetworkX's `to_directed()` makes it: each pair in both directions.
    static func bothWays(_ n: Int, _ pairs: [(Int, Int)]) -> Network {
        Network(vertexCount: n, edges: pairs.flatMap { [($0.0, $0.1), ($0.1, $0.0)] })
    }
}
