import Testing
@testable import StakeGraph

@Suite struct PathFinderTests {
    let mini: StakeholderGraph
    init() throws { mini = try Fixtures.read("mini.yaml").graph }

    @Test func explainsEachHopWithItsRelations() {
        let finder = PathFinder(slice: GraphSlice(mini))
        let paths = finder.paths(from: "minister", to: "state-a")
        #expect(paths.map(\.actors) == [["minister", "acme", "state-a"]], "tie-break: acme before ministry")
        #expect(paths[0].hops.map { $0.relations.map(\.type) } == [["warns-against"], ["denies"]])
        let all = finder.paths(from: "minister", to: "state-a", request: .allShortest(limit: 10))
        #expect(all.map(\.actors) == [["minister", "acme", "state-a"], ["minister", "ministry", "state-a"]])
    }

    @Test func selectionAndDirectionShapeThePaths() throws {
        let structural = GraphSlice(mini, selection: Selection(mode: .structural))
        let finder = PathFinder(slice: structural)
        #expect(finder.paths(from: "minister", to: "state-a").map(\.actors) == [["minister", "ministry", "state-a"]])
        #expect(finder.paths(from: "state-a", to: "minister").isEmpty)
        #expect(finder.reasonForNoPath(from: "state-a", to: "minister") == .noOutgoing)
        let undirected = PathFinder(slice: structural, undirected: true)
        let back = undirected.paths(from: "state-a", to: "minister")
        #expect(back.map(\.actors) == [["state-a", "ministry", "minister"]])
        #expect(back[0].hops[0].relations.map(\.type) == ["part-of"], "the relation keeps its own direction")
    }

    @Test func maxHopsAndKShortest() {
        let finder = PathFinder(slice: GraphSlice(mini))
        #expect(finder.paths(from: "minister", to: "state-a", maxHops: 1).isEmpty)
        #expect(finder.reasonForNoPath(from: "minister", to: "state-a", maxHops: 1) == .tooLong(hops: 2, maximum: 1))
        let k = finder.paths(from: "minister", to: "state-a", request: .kShortest(5))
        #expect(k.map(\.actors) == [["minister", "acme", "state-a"], ["minister", "ministry", "state-a"]])
    }

    @Test func unreachableTargetsAreExplained() {
        let finder = PathFinder(slice: GraphSlice(mini))
        #expect(finder.paths(from: "minister", to: "loner").isEmpty)
        #expect(finder.reasonForNoPath(from: "minister", to: "loner") == .noIncoming)
    }
}
