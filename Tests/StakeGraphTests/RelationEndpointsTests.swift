import Foundation
import Testing
@testable import StakeGraph

/// The actor positions a relations sheet records (issue 18) and what projection, slicing and
/// path finding do with them: the same as working from the ids.
@Suite struct RelationEndpointsTests {
    static let sheet = """
    from,to,type,date
    b,a,bans,2019-01
    a,c,supports,2019-06
    c,b,cooperates-with,2020
    b,a,accuses,2018
    d,d,supports,2019
    a,b,related-to,
    """

    static func graph() -> StakeholderGraph {
        let result = GraphReader.read(data: Data(sheet.utf8), path: "sheet.csv")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result.graph
    }

    @Test func positionsNameEachRelationsActors() throws {
        let graph = Self.graph()
        let endpoints = try #require(graph.relationEndpoints)
        #expect(endpoints.count == graph.relations.count)
        for (index, relation) in graph.relations.enumerated() {
            #expect(graph.actors[Int(endpoints.from[index])].id == relation.from)
            #expect(graph.actors[Int(endpoints.to[index])].id == relation.to)
        }
    }

    @Test func projectionIsTheSameWithoutPositions() {
        let graph = Self.graph()
        let withoutPositions = graph.moved(to: graph.path)
        #expect(withoutPositions.relationEndpoints == nil)
        for undirected in [false, true] {
            let fast = Projection(graph, undirected: undirected), slow = Projection(withoutPositions, undirected: undirected)
            #expect(fast.network == slow.network && fast.actorIDs == slow.actorIDs)
        }
    }

    @Test func aSliceKeepsThePositionsOfTheRelationsItKeeps() throws {
        let graph = Self.graph()
        let slice = GraphSlice(graph, selection: Selection(polarity: .hostile))
        let endpoints = try #require(slice.graph.relationEndpoints)
        #expect(slice.relations.map(\.type) == ["bans", "accuses"])
        for (index, relation) in slice.relations.enumerated() {
            #expect(graph.actors[Int(endpoints.from[index])].id == relation.from)
            #expect(graph.actors[Int(endpoints.to[index])].id == relation.to)
        }
        #expect(slice.actorsInPlay == ["a", "b"])
        #expect(GraphSlice(graph).actorsInPlay == ["a", "b", "c", "d"])
    }

    @Test func pathHopsListTheirRelationsInFileOrder() throws {
        let finder = PathFinder(slice: GraphSlice(Self.graph()))
        let back = try #require(finder.paths(from: "b", to: "a").first)
        // b→a: bans and accuses, and a→b's related-to, which counts both ways, in file order.
        #expect(back.hops.map { $0.relations.map(\.type) } == [["bans", "accuses", "related-to"]])
        let forward = try #require(finder.paths(from: "a", to: "b").first)
        #expect(forward.hops.map { $0.relations.map(\.type) } == [["related-to"]], "directed b→a relations do not count")
        let across = try #require(finder.paths(from: "b", to: "c").first)
        #expect(across.actors == ["b", "c"] && across.hops[0].relations.map(\.type) == ["cooperates-with"])
        let all = finder.paths(from: "b", to: "c", request: .kShortest(2))
        #expect(all.map(\.actors) == [["b", "c"], ["b", "a", "c"]])
        #expect(all[1].hops.map { $0.relations.count } == [3, 1])
    }

    @Test func internerNumbersIdsInOrderOfFirstAppearance() {
        var interner = ActorInterner()
        let ids = (0..<5_000).map { "actor-\($0 * 7919 % 5_000)" }
        for id in ids where interner.position(of: id) == nil { _ = interner.add(id) }
        #expect(interner.ids == ids)
        #expect(ids.indices.allSatisfy { interner.position(of: ids[$0]) == Int32($0) })
        #expect(interner.position(of: "actor-5000") == nil && interner.position(of: "") == nil)
    }
}
