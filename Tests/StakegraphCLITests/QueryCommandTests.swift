import Foundation
import Testing

/// `actors`, `relations`, `show` and `stats` on the mini fixture, through the real binary.
@Suite struct QueryCommandTests {
    let graph = ["-g", StakegraphRunner.fixture("mini.yaml")]

    func run(_ arguments: [String]) throws -> StakegraphRunner.Outcome {
        try StakegraphRunner.run(arguments + graph)
    }

    func json(_ outcome: StakegraphRunner.Outcome) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    @Test func listsActorsSortedById() throws {
        let outcome = try run(["actors"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "ID        NAME               KIND        COUNTRY  RELATIONS")
        #expect(lines.dropFirst(2).map { String($0.prefix(while: { $0 != " " })) } == ["acme", "loner", "minister", "ministry", "state-a"])
        #expect(lines[2] == "acme      Acme Networks      firm        CN               3")
    }

    @Test func filtersActorsByKind() throws {
        let outcome = try run(["actors", "--kind", "official", "--format", "json"])
        let actors = try #require(try json(outcome) as? [[String: Any]])
        #expect(actors.map { $0["id"] as? String } == ["minister"])
        #expect(actors[0]["aliases"] as? [String] == ["Minister Doe"])
    }

    @Test func anEmptyAnswerExits1() throws {
        let actors = try run(["actors", "--kind", "media", "--format", "json"])
        #expect(actors.status == 1)
        #expect(actors.stdout == "[]\n")
        #expect(actors.stderr == "stakegraph: no actors of kind 'media'\n")
        let relations = try run(["relations", "--type", "sanctions"])
        #expect(relations.status == 1)
        #expect(relations.stderr == "stakegraph: no relations match\n")
    }

    @Test func listsRelationsOfATypeOrAnActor() throws {
        let bans = try run(["relations", "--type", "bans"])
        #expect(bans.status == 0)
        #expect(bans.stdout.split(separator: "\n").count == 3)
        #expect(bans.stdout.contains("state-a  bans  acme  2012–  paper"))
        let doe = try run(["relations", "--actor", "JANE DOE", "--format", "json"])
        let relations = try #require(try json(doe) as? [[String: Any]])
        #expect(relations.map { $0["type"] as? String } == ["leads", "warns-against"])
        #expect(relations[1]["date"] as? String == "2019-02-13")
        let evidence = try #require(relations[1]["evidence"] as? [[String: Any]])
        #expect(evidence[0]["source"] as? String == "paper")
    }

    @Test func unknownRelationTypeOrActorIsAUsageError() throws {
        let type = try run(["relations", "--type", "bnas"])
        #expect(type.status == 64)
        #expect(type.stderr == "stakegraph: error: unknown relation type 'bnas'; did you mean 'bans'?\n")
        let actor = try run(["relations", "--actor", "acmee"])
        #expect(actor.status == 64)
        #expect(actor.stderr == "stakegraph: error: no actor is called 'acmee'; did you mean 'acme'?\n")
    }

    @Test func showsAnActorCard() throws {
        let outcome = try run(["show", "acme ltd."])
        #expect(outcome.status == 0)
        let text = outcome.stdout
        #expect(text.hasPrefix("Acme Networks [acme]\n  kind:        firm\n  country:     CN\n  aliases:     Acme, Acme Ltd.\n"))
        #expect(text.contains("Outgoing relations (1)\n  denies claims by (1)\n    → State A [state-a]  2019-03\n"))
        #expect(text.contains("Incoming relations (2)\n  bans (1)\n    ← State A [state-a]  2012–\n"))
        #expect(text.contains("\"Acme denied the claims.\" — Example Press, 2019-03 [paper]"))
        #expect(text.contains("Positions (1)\n  acme-in-networks: strongly-support (+2)\n    Should Acme kit be allowed?"))
    }

    @Test func showsAnActorCardAsJSON() throws {
        let outcome = try run(["show", "minister", "--format", "json"])
        let card = try #require(try json(outcome) as? [String: Any])
        #expect((card["actor"] as? [String: Any])?["name"] as? String == "Jane Doe")
        #expect((card["outgoing"] as? [[String: Any]])?.count == 2)
        #expect((card["incoming"] as? [[String: Any]])?.isEmpty == true)
        #expect((card["positions"] as? [Any])?.isEmpty == true)
    }

    @Test func showOfAnUnknownActorSuggests() throws {
        let outcome = try run(["show", "Jane Do"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "stakegraph: error: no actor is called 'Jane Do'; did you mean 'minister'?\n")
    }

    @Test func summarisesTheGraph() throws {
        let outcome = try run(["stats"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Actors: 5"))
        #expect(outcome.stdout.contains("By polarity\n  hostile  3\n  neutral  2\n"))
        #expect(outcome.stdout.contains("Dates: 2012 to 2019-03 (2 undated)"))
        #expect(outcome.stdout.contains("Evidence: 7 quotes; 0 relations without evidence"))
        let stats = try #require(try json(try run(["stats", "--format", "json"])) as? [String: Any])
        #expect(stats["relations"] as? Int == 5)
        #expect((stats["relationsByType"] as? [String: Int])?["leads"] == 1)
    }
}
