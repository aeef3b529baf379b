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
        let events = Timeline.events(in: GraphSlice(graph()))
        #expect(events.map(\.dateText) == ["2018-01–2019-02", "2018", "2018-06", "2019-04", "2019-05", "2019-05"])
        let days = events.compactMap(\.day)
        #expect(days.count == events.count && days == days.sorted())
        guard case .relation(let last) = events[4] else { Issue.record("a relation first on a tie"); return }
        #expect(last.type == "bans", "on the same day the relation (file order) comes before the position")
        #expect(Timeline.events(in: GraphSlice(graph()), actor: "c").count == 2, "the contract and c's position")
    }

    @Test func aDiffReadsBothDatesAsAsOf() throws {
        let diff = GraphDiff(GraphSlice(graph()), from: .test("2018-12"), to: .test("2019-06"))
        #expect(diff.began.map(\.type) == ["bans"])
        #expect(diff.ended.map(\.type) == ["contracts-with"], "the contract's interval ended in 2019-02")
        #expect(diff.entered.isEmpty)
        #expect(diff.left.isEmpty, "c still has the undated supplies relation")
        #expect(diff.taken.map(\.actor) == ["c"])
        #expect(diff.changed.map { "\($0.before.stance.name)→\($0.after.stance.name)" } == ["oppose→strongly-oppose"])
    }

    @Test func actorsEnterAndLeaveWithTheirRelations() throws {
        let graph = GraphSlice(graph().changing { $0.relations.removeLast() })
        let diff = GraphDiff(graph, from: .test("2018-06"), to: .test("2019-06"))
        #expect(diff.left == ["c"], "c's only relation ended")
        let back = GraphDiff(graph, from: .test("2017"), to: .test("2018-06"))
        #expect(back.entered == ["a", "b", "c"])
        #expect(GraphDiff(graph, from: .test("2019-07"), to: .test("2020")).isEmpty)
    }

    @Test func aDiffListsInDateOrderAndAWindowEndsEvents() {
        // In file order the ban (2019-05) comes before the denial (2018); the diff sorts by date.
        let diff = GraphDiff(GraphSlice(graph()), from: .test("2017"), to: .test("2019-06"))
        #expect(diff.began.map(\.type) == ["denies", "bans"], "2018 before 2019-05")
        // With a one-year window, b's denial of 2018 drops out by 2020: an event that ended.
        let windowed = GraphDiff(GraphSlice(graph(), selection: Selection(window: EventWindow(amount: 1, unit: .years))),
                                 from: .test("2019-06"), to: .test("2020-06"))
        #expect(windowed.ended.map(\.type) == ["denies"])
        let unlimited = GraphDiff(GraphSlice(graph()), from: .test("2019-06"), to: .test("2020-06"))
        #expect(unlimited.ended.isEmpty, "without a window an event never ends")
    }
}
