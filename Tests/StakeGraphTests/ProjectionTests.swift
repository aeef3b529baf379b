import Foundation
import Testing
@testable import NetworkAnalysis
@testable import StakeGraph

/// Projection of relations onto the network, checked against NetworkX on the random relation
/// lists of `Tests/Fixtures/networkx/random-multi-*.json` (parallel relations, undirected types,
/// self-relations, isolated actors).
@Suite struct ProjectionTests {
    struct RelationList: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var nodes: [String]
        var edges: [[String]]
        var relations: [[String]]
        var measures: [String: [String: Double]]
        var testDescription: String { name }
    }

    static let lists: [RelationList] = (1...3).map { index in
        let url = Fixtures.directory.appendingPathComponent("networkx/random-multi-\(index).json")
        return try! JSONDecoder().decode(RelationList.self, from: Data(contentsOf: url))
    }

    static func graph(_ list: RelationList) -> StakeholderGraph {
        let here = SourceLocation(file: list.name, line: 1, column: 1)
        let actors = list.nodes.reversed().map { Actor(id: $0, name: $0, kind: .group, location: here) }
        let relations = list.relations.map {
            Relation(from: $0[0], to: $0[1], type: $0[2], span: .undated, note: nil, evidence: [], location: here)
        }
        return StakeholderGraph(path: list.name, info: GraphInfo(id: list.name), sources: [], actors: actors,
                                relations: relations, issues: [], positions: [], customRelationTypes: [])
    }

    @Test(arguments: lists)
    func projectsLikeNetworkXDiGraph(list: RelationList) {
        let projection = Projection(Self.graph(list))
        #expect(projection.actorIDs == list.nodes, "every actor, isolated ones too, in id order")
        var edges: [[String]] = []
        for u in 0..<projection.network.vertexCount {
            for v in projection.network.successors(of: u) { edges.append([projection.actorID(of: u), projection.actorID(of: Int(v))]) }
        }
        #expect(edges == list.edges)
    }

    @Test(arguments: lists)
    func everyMeasureMatchesThroughTheProjection(list: RelationList) throws {
        let projection = Projection(Self.graph(list))
        for measure in CentralityMeasure.allCases {
            let expected = try #require(list.measures[measure.rawValue], "\(measure)")
            let values = try measure.scores(on: projection.network)
            let tolerance = [.eigenvector, .katz, .pagerank, .hubs, .authorities].contains(measure) ? 1e-6 : 1e-9
            let worst = projection.actorIDs.indices.map { abs(values[$0] - expected[projection.actorID(of: $0)]!) }.max() ?? 0
            #expect(worst <= tolerance, "\(list.name) \(measure): off by \(worst)")
        }
    }

    @Test func severalMeasuresAtOnceEqualEachAlone() throws {
        let network = Projection(Self.graph(Self.lists[1])).network
        let measures: [CentralityMeasure] = [.authorities, .pagerank, .hubs]
        let together = try CentralityMeasure.scores(measures, on: network)
        #expect(together == (try measures.map { try $0.scores(on: network) }))
    }

    @Test func undirectedFlagAddsEveryEdgeBothWays() {
        let list = Self.lists[0]
        let network = Projection(Self.graph(list), undirected: true).network
        for u in 0..<network.vertexCount {
            #expect(Set(network.successors(of: u)) == Set(network.predecessors(of: u)))
        }
    }
}
