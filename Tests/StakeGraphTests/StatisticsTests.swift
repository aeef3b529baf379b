import Testing
@testable import StakeGraph

@Suite struct StatisticsTests {
    @Test func countsTheMiniGraph() throws {
        let graph = try Fixtures.read("mini.yaml").graph
        let stats = GraphStatistics(GraphSlice(graph))
        #expect(stats.actors == 5)
        #expect(stats.actorsByKind == ["firm": 1, "government": 1, "official": 1, "agency": 1, "group": 1])
        #expect(stats.relations == 5)
        #expect(stats.relationsByPolarity == ["hostile": 3, "neutral": 2])
        #expect(stats.relationsByMode == ["material": 1, "verbal": 2, "structural": 2])
        #expect(stats.relationsByType["bans"] == 1)
        #expect(stats.firstDate == "2012")
        #expect(stats.lastDate == "2019-03")
        #expect(stats.undatedRelations == 2)
        #expect(stats.quotes == 7)
        #expect(stats.relationsWithoutEvidence == 0)
        #expect(stats.sources.map(\.quotes) == [7])
        #expect(stats.issues == 1 && stats.positions == 2)
    }
}
