import Foundation
import Testing
@testable import NetworkAnalysis

/// A graph with NetworkX's modularity values and Louvain results, from
/// `Tests/Fixtures/networkx/communities/*.json` (made by
/// `Tests/Fixtures/networkx/generate_communities.py`). They live in a folder of their own because
/// `ReferenceGraph.all` reads every `*.json` in `Fixtures/networkx` as a centrality fixture.
struct CommunityFixture: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var directed: Bool
    var nodes: [String]
    var edges: [[String]]
    var resolutions: [Double]
    var partitions: [Partition]
    var louvain: [LouvainRuns]

    struct Partition: Decodable, Sendable {
        var name: String
        var communities: [[String]]
        /// NetworkX's modularity at each of `resolutions`.
        var modularity: [Double]
    }

    /// NetworkX `louvain_communities(G, resolution:, seed: s)` for s in 0..<10.
    struct LouvainRuns: Decodable, Sendable {
        var resolution: Double
        var modularityBySeed: [Double]
        var best: Double
        var bestCount: Int

        enum CodingKeys: String, CodingKey {
            case resolution, best
            case modularityBySeed = "modularity_by_seed"
            case bestCount = "best_count"
        }
    }

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/networkx/communities")

    static let all: [CommunityFixture] = {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return files.map { file in
            do {
                return try JSONDecoder().decode(CommunityFixture.self, from: Data(contentsOf: directory.appendingPathComponent(file)))
            } catch {
                fatalError("cannot read fixture \(file): \(error)")
            }
        }
    }()

    static func named(_ name: String) -> CommunityFixture { all.first { $0.name == name }! }

    /// Vertex i = nodes[i]; each stored edge once, in its stored direction.
    var network: Network {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        return Network(vertexCount: nodes.count, edges: edges.map { (index[$0[0]]!, index[$0[1]]!) })
    }

    func membership(_ partition: Partition) -> [Int32] {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        var membership = [Int32](repeating: -1, count: nodes.count)
        for (c, community) in partition.communities.enumerated() {
            for label in community { membership[index[label]!] = Int32(c) }
        }
        return membership
    }
}

/// Louvain is checked for validity, determinism and quality against NetworkX's best of ten seeds;
/// `modularity(of:)` against NetworkX's values to 1e-12.
@Suite struct CommunityTests {
    @Test func fixturesArePresent() {
        #expect(Set(CommunityFixture.all.map(\.name)) == [
            "karate", "florentine", "davis", "davis-women", "ring-of-cliques", "two-cliques", "random-gnm", "random-directed",
        ], "run Tests/Fixtures/networkx/generate_communities.py")
    }

    @Test(arguments: CommunityFixture.all)
    func modularityMatchesNetworkXToWithin1e12(fixture: CommunityFixture) {
        let network = fixture.network
        for partition in fixture.partitions {
            let membership = fixture.membership(partition)
            #expect(!membership.contains(-1), "\(fixture.name) \(partition.name) covers every node")
            for (resolution, expected) in zip(fixture.resolutions, partition.modularity) {
                let q = network.modularity(of: membership, resolution: resolution)
                #expect(abs(q - expected) <= 1e-12, "\(fixture.name) \(partition.name) γ=\(resolution): \(q) vs NetworkX \(expected)")
            }
        }
    }

    @Test(arguments: CommunityFixture.all)
    func louvainIsValidAndAsGoodAsNetworkXBestOfTen(fixture: CommunityFixture) {
        let network = fixture.network
        for runs in fixture.louvain {
            let found = network.louvainCommunities(resolution: runs.resolution)
            expectWellNumbered(found, vertexCount: network.vertexCount, fixture.name)
            let q = network.modularity(of: found.membership, resolution: runs.resolution)
            #expect(abs(found.modularity - q) <= 1e-12, "\(fixture.name): stored modularity is the partition's")
            let ours = "\(found.modularity) (\(found.count) communities)", theirs = "\(runs.best) (\(runs.bestCount))"
            #expect(found.modularity >= runs.best - 0.01, "\(fixture.name) γ=\(runs.resolution): \(ours) vs NetworkX best \(theirs)")
        }
    }

    @Test func ringOfCliquesGivesTheCliques() {
        let found = CommunityFixture.named("ring-of-cliques").network.louvainCommunities()
        #expect(found.count == 6)
        #expect(found.membership == (0..<30).map { Int32($0 / 5) })
        #expect(abs(found.modularity - 49.0 / 66.0) <= 1e-12)  // 6 · (10/66 − (22/132)²)
    }

    @Test func ringOfCliquesRelabelledStillGivesTheCliques() {
        var generator = SplitMix64(seed: 3)
        let permutation = (0..<30).shuffled(using: &generator)
        let fixture = CommunityFixture.named("ring-of-cliques")
        let index = Dictionary(uniqueKeysWithValues: fixture.nodes.enumerated().map { ($1, $0) })
        let edges = fixture.edges.map { (permutation[index[$0[0]]!], permutation[index[$0[1]]!]) }
        let found = Network(vertexCount: 30, edges: edges).louvainCommunities()
        #expect(found.count == 6)
        for clique in 0..<6 {
            #expect(Set((0..<5).map { found.membership[permutation[5 * clique + $0]] }).count == 1, "clique \(clique) together")
        }
    }

    @Test func twoCliquesAndAnIsolatedVertex() {
        let found = CommunityFixture.named("two-cliques").network.louvainCommunities()
        #expect(found.count == 3)
        #expect(found.membership == [0, 0, 0, 0, 0, 1, 1, 1, 1, 2])
        #expect(found.members == [[0, 1, 2, 3, 4], [5, 6, 7, 8], [9]])
    }

    @Test func directedEdgesCountOnceEitherWay() {
        // Two triangles joined by 2–3: one-way, two-way and mixed arcs give the same undirected graph.
        let undirected = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)]
        let oneWay = Network(vertexCount: 6, edges: undirected)
        let reversed = Network(vertexCount: 6, edges: undirected.map { ($0.1, $0.0) })
        let bothWays = Network(vertexCount: 6, edges: undirected + undirected.map { ($0.1, $0.0) })
        let mixed = Network(vertexCount: 6, edges: undirected.enumerated().map { $0 % 2 == 0 ? $1 : ($1.1, $1.0) } + [(1, 0)])
        let expected = oneWay.louvainCommunities()
        #expect(expected.membership == [0, 0, 0, 1, 1, 1])
        #expect(abs(expected.modularity - (2 * (3.0 / 7 - pow(7.0 / 14, 2)))) <= 1e-12)
        for network in [reversed, bothWays, mixed] {
            #expect(network.louvainCommunities() == expected)
            #expect(network.modularity(of: [0, 0, 0, 1, 1, 1]) == oneWay.modularity(of: [0, 0, 0, 1, 1, 1]))
        }
    }

    @Test(arguments: CommunityFixture.all)
    func deterministicAndIndependentOfEdgeDirection(fixture: CommunityFixture) {
        let network = fixture.network
        let reversed = Network(vertexCount: network.vertexCount,
                               edges: (0..<network.vertexCount).flatMap { v in network.successors(of: v).map { (Int($0), v) } })
        let first = network.louvainCommunities()
        #expect(network.louvainCommunities() == first)
        #expect(reversed.louvainCommunities() == first)
        #expect(network.louvainCommunities(resolution: 0.5) == network.louvainCommunities(resolution: 0.5))
    }

    @Test func modularityAcceptsAnyLabels() {
        let network = CommunityFixture.named("karate").network
        let factions = CommunityFixture.named("karate").partitions.first { $0.name == "club" }!
        let membership = CommunityFixture.named("karate").membership(factions)
        let relabelled = membership.map { $0 == 0 ? Int32(-7) : 1_000_000 }
        #expect(network.modularity(of: relabelled) == network.modularity(of: membership))
    }

    @Test func higherResolutionGivesSmallerCommunities() {
        let network = CommunityFixture.named("random-gnm").network
        let counts = [0.5, 1, 2, 4].map { network.louvainCommunities(resolution: $0).count }
        #expect(counts == counts.sorted() && counts.first! < counts.last!, "\(counts)")
        #expect(network.louvainCommunities(resolution: 0).count == 1, "γ = 0: one community per component")
    }

    @Test func edgeCases() {
        let empty = Network(vertexCount: 0, edges: []).louvainCommunities()
        #expect(empty == Communities(membership: [], count: 0, modularity: 0))
        #expect(Network(vertexCount: 0, edges: []).modularity(of: []) == 0)

        let one = Network(vertexCount: 1, edges: [(0, 0)]).louvainCommunities()  // the self-loop is dropped
        #expect(one == Communities(membership: [0], count: 1, modularity: 0))

        let edgeless = Network(vertexCount: 4, edges: []).louvainCommunities()
        #expect(edgeless == Communities(membership: [0, 1, 2, 3], count: 4, modularity: 0))
        #expect(Network(vertexCount: 4, edges: []).modularity(of: [0, 0, 0, 0]) == 0)

        let pair = Network(vertexCount: 2, edges: [(0, 1)])
        #expect(pair.louvainCommunities().membership == [0, 0])
        #expect(pair.louvainCommunities().modularity == 0)  // 1/1 − (2/2)²
        #expect(pair.modularity(of: [0, 1]) == -0.5)

        let withIsolated = Network(vertexCount: 5, edges: [(1, 2), (2, 3), (1, 3)])
        #expect(withIsolated.louvainCommunities().membership == [0, 1, 1, 1, 2])
    }

    @Test func largerRandomGraphIsWellNumbered() {
        var generator = SplitMix64(seed: 42)
        let n = 5_000
        let edges = (0..<25_000).map { _ in (Int(generator.next() % UInt64(n)), Int(generator.next() % UInt64(n))) }
        let network = Network(vertexCount: n, edges: edges)
        let found = network.louvainCommunities()
        expectWellNumbered(found, vertexCount: n, "random 5000")
        #expect(found.modularity > 0.29, "about 0.307 when written: \(found.modularity)")
        #expect(abs(found.modularity - network.modularity(of: found.membership)) <= 1e-12)
    }

    @Test func plantedPartitionIsRecovered() {
        // 20 groups of 25 vertices, each pair inside a group linked with probability 0.3, plus 60
        // random edges between groups: the groups are the best partition by far.
        var generator = SplitMix64(seed: 5)
        var edges: [(Int, Int)] = []
        for group in 0..<20 {
            for u in 0..<25 { for v in (u + 1)..<25 where generator.next() % 10 < 3 { edges.append((25 * group + u, 25 * group + v)) } }
        }
        for _ in 0..<60 { edges.append((Int(generator.next() % 500), Int(generator.next() % 500))) }
        let network = Network(vertexCount: 500, edges: edges)
        let planted = (0..<500).map { Int32($0 / 25) }
        let found = network.louvainCommunities()
        #expect(found.membership == planted)
        #expect(found.modularity == network.modularity(of: planted))
    }

    /// Membership covers every vertex, numbered 0, 1, … in order of each community's smallest vertex.
    func expectWellNumbered(_ communities: Communities, vertexCount: Int, _ name: String) {
        #expect(communities.membership.count == vertexCount, "\(name)")
        var next: Int32 = 0
        for c in communities.membership {
            #expect(c >= 0 && c <= next, "\(name): community \(c) appears before \(next)")
            if c == next { next += 1 }
        }
        #expect(Int(next) == communities.count, "\(name)")
    }
}
