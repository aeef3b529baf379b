import Testing
@testable import StakeGraph

@Suite struct ActorLookupTests {
    let graph: StakeholderGraph

    init() throws { graph = try Fixtures.read("mini.yaml").graph }

    @Test(arguments: ["acme", "Acme Networks", "ACME", "acme ltd.", "minister doe", "jane doe"])
    func findsActorsByIdNameOrAliasIgnoringCase(query: String) throws {
        let actor = try graph.findActor(query)
        #expect(ActorLookup.matches(actor, query))
    }

    @Test func suggestsTheNearestActor() {
        #expect(throws: ActorLookupError.unknown("acmee", suggestion: "acme")) { try graph.findActor("acmee") }
        #expect(throws: ActorLookupError.unknown("Jane Do", suggestion: "minister")) { try graph.findActor("Jane Do") }
        #expect(throws: ActorLookupError.unknown("zzzzzzzz", suggestion: nil)) { try graph.findActor("zzzzzzzz") }
        #expect(throws: ActorLookupError.unknown("doe", suggestion: "minister"), "a word of a name") { try graph.findActor("doe") }
        #expect(throws: ActorLookupError.unknown("wires", suggestion: "ministry")) { try graph.findActor("wires") }
    }

    @Test func reportsAmbiguousNames() throws {
        var actors = graph.actors
        actors.append(Actor(id: "acme-2", name: "Acme", kind: .firm, location: actors[0].location))
        let twin = StakeholderGraph(path: graph.path, info: graph.info, sources: graph.sources, actors: actors,
                                    relations: [], issues: [], positions: [], customRelationTypes: [])
        #expect(throws: ActorLookupError.ambiguous("Acme", candidates: ["acme", "acme-2"])) { try twin.findActor("Acme") }
        #expect(try twin.findActor("acme").id == "acme", "an exact id wins over names")
    }
}
