import Testing
@testable import StakeGraph

@Suite struct TimelineTests {
    static let yaml = """
    graph: {id: t}
    sources: [{id: p, title: Paper}]
    actors:
      - {id: a, name: A, kind: government}
      - {id: b, name: B, kind: firm}
      - {id: c, name: C, kind: firm}
      - {id: d, name: D, kind: firm}
    relations:
      - {from: a, to: b, type: bans, date: 2019-05, evidence: [{source: p, quote: q1}]}
      - {from: a, to: c, type: contracts-with, start: 2018-01, end: 2019-02, evidence: [{source: p, quote: q2}]}
      - {from: b, to: a, type: denies, date: 2018, evidence: [{source: p, quote: q3}]}
      - {from: c, to: d, type: supplies, evidence: [{source: p, quote: q4}]}
    issues: [{id: i, question: "Q?", subject: b}]
    positions:
      - {actor: a, issue: i, stance: oppose, date: 2018-06, evidence: [{source: p, quote: q5}]}
      - {actor: a, issue: i, stance: strongly-oppose, date: 2019-05, evidence: [{source: p, quote: q6}]}
      - {actor: c, issue: i, stance: support, date: 2019-04, evidence: [{source: p, quote: q7}]}
    """

    func graph() -> StakeholderGraph { Fixtures.validGraph(Self.yaml) }

    @Test func eventsComeInTimeOrderWithoutUndatedRelations() {
        let events = Timeline.events(in: graph())
        #expect(events.map(\.dateText) == ["2018-01–2019-02", "2018", "2018-06", "2019-04", "2019-05", "2019-05"])
        #expect(events.map(\.day) == events.map(\.day).sorted())
        guard case .relation(let last) = events[4] else { Issue.record("a relation first on a tie"); return }
        #expect(last.type == "bans", "on the same day the relation (file order) comes before the position")
        #expect(Timeline.events(in: graph(), actor: "c").count == 2, "the contract and c's position")
    }

    @Test func aDiffReadsBothDatesAsAsOf() throws {
        let diff = GraphDiff(graph(), from: try PartialDate(parsing: "2018-12"), to: try PartialDate(parsing: "2019-06"))
        #expect(diff.began.map(\.type) == ["bans"])
        #expect(diff.ended.map(\.type) == ["contracts-with"], "the contract's interval ended in 2019-02")
        #expect(diff.entered.isEmpty)
        #expect(diff.left.isEmpty, "c still has the undated supplies relation")
        #expect(diff.taken.map(\.actor) == ["c"])
        #expect(diff.changed.map { "\($0.before.stance.name)→\($0.after.stance.name)" } == ["oppose→strongly-oppose"])
    }

    @Test func actorsEnterAndLeaveWithTheirRelations() throws {
        var graph = graph()
        graph.relations.removeLast()
        let diff = GraphDiff(graph, from: try PartialDate(parsing: "2018-06"), to: try PartialDate(parsing: "2019-06"))
        #expect(diff.left == ["c"], "c's only relation ended")
        let back = GraphDiff(graph, from: try PartialDate(parsing: "2017"), to: try PartialDate(parsing: "2018-06"))
        #expect(back.entered == ["a", "b", "c"])
        #expect(!GraphDiff(graph, from: try PartialDate(parsing: "2019-07"), to: try PartialDate(parsing: "2020")).isEmpty == false)
    }
}
