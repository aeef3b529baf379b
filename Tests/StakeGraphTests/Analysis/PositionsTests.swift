import Testing
@testable import StakeGraph

@Suite struct PositionsTests {
    /// A hand-built graph: subject `s`; `a` bans s (−8) and warns against it (−2); s supplies `b`
    /// (+6.4); `c` is part of s (structural, ignored); `d` only relates to `a`.
    static let yaml = """
    graph: {id: t}
    sources: [{id: p, title: Paper}]
    actors:
      - {id: s, name: Subject, kind: firm}
      - {id: a, name: A, kind: government}
      - {id: b, name: B, kind: firm}
      - {id: c, name: C, kind: firm}
      - {id: d, name: D, kind: person}
    relations:
      - {from: a, to: s, type: bans, date: 2019-05, evidence: [{source: p, quote: q1}]}
      - {from: a, to: s, type: warns-against, date: 2018, evidence: [{source: p, quote: q2}, {source: p, quote: q3}]}
      - {from: s, to: b, type: supplies, evidence: [{source: p, quote: q4}]}
      - {from: c, to: s, type: part-of, evidence: [{source: p, quote: q5}]}
      - {from: d, to: a, type: criticizes, evidence: [{source: p, quote: q6}]}
    issues: [{id: i, question: "Allow s?", subject: s}]
    positions:
      - {actor: a, issue: i, stance: strongly-oppose, evidence: [{source: p, quote: q7}]}
      - {actor: b, issue: i, stance: oppose, evidence: [{source: p, quote: q8}]}
      - {actor: d, issue: i, stance: support, date: 2018, evidence: [{source: p, quote: q9}]}
      - {actor: d, issue: i, stance: neutral, date: 2019-06, evidence: [{source: p, quote: q10}]}
    """

    func graph() throws -> StakeholderGraph { Fixtures.validGraph(Self.yaml) }

    @Test func infersTheMeanGoldsteinWeightScaledToTwo() throws {
        let graph = try graph()
        let inferred = StanceInference.infer(subject: "s", relations: graph.relations, in: graph)
        #expect(abs(inferred["a"]!.stance - (-8 + -2) / 2 * 0.2) < 1e-12, "mean −5 → −1.0")
        #expect(inferred["a"]!.basis.count == 2)
        #expect(abs(inferred["b"]!.stance - 6.4 * 0.2) < 1e-12, "the subject's own relations count too")
        #expect(inferred["c"] == nil, "structural relations say nothing about stance")
        #expect(inferred["d"] == nil, "no relation with the subject, nothing to infer")
        #expect(inferred["s"] == nil)
    }

    @Test func rowsAreSortedFromOppositionToSupportAndFlagDisagreement() throws {
        let graph = try graph()
        let power = ["s": 0.5, "a": 0.2, "b": 0.1, "c": 0.1, "d": 0.1]
        let rows = PositionAnalysis.positions(on: graph.issue(id: "i")!, in: GraphSlice(graph), power: power)
        #expect(rows.map(\.actor.id) == ["a", "b", "d", "s", "c"], "−2, −1, 0 (latest), then no stance by power and id")
        #expect(rows[0].evidence == 1 + 3, "the position's quote and the quotes of both relations")
        #expect(rows[1].disagrees, "b declares oppose but is supplied by the subject (+1.28)")
        #expect(!rows[0].disagrees)
        #expect(rows[2].declared == .neutral, "the later position wins")
        #expect(rows[3].placement == nil && rows[3].power == 0.5)
    }

    @Test func theAsOfSliceChangesWhatIsDeclaredAndInferred() throws {
        let graph = try graph()
        let sliced = GraphSlice(graph, selection: Selection(period: .asOf(.test("2018-12-31"))))
        let rows = PositionAnalysis.positions(on: graph.issue(id: "i")!, in: sliced, power: [:])
        let a = try #require(rows.first { $0.actor.id == "a" })
        #expect(abs(a.inferred! - (-2 * 0.2)) < 1e-12, "the 2019 ban is not yet there")
        let d = try #require(rows.first { $0.actor.id == "d" })
        #expect(d.declared == .support, "the 2019-06 position is not yet taken")
    }

    @Test func anIssueWithoutSubjectInfersNothing() throws {
        let graph = try graph().changing { $0.issues[0].subject = nil }
        let rows = PositionAnalysis.positions(on: graph.issues[0], in: GraphSlice(graph), power: [:])
        #expect(rows.allSatisfy { $0.inferred == nil })
    }

    @Test func thePositionMapPinsEveryActorWithAStanceWithoutOverlap() throws {
        let graph = try graph()
        let rows = PositionAnalysis.positions(on: graph.issue(id: "i")!, in: GraphSlice(graph), power: ["s": 0.5, "a": 0.2, "b": 0.1, "c": 0.1, "d": 0.1])
        let writer = PositionMapWriter(slice: GraphSlice(graph), issue: graph.issue(id: "i")!, rows: rows)
        let placed = writer.placements
        #expect(Set(placed.map(\.row.actor.id)) == ["a", "b", "d"])
        for (i, p) in placed.enumerated() {
            for q in placed[(i + 1)...] {
                let distance = ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
                #expect(distance >= (p.diameter + q.diameter) / 2, "\(p.row.actor.id) and \(q.row.actor.id) overlap")
            }
        }
        let a = try #require(placed.first { $0.row.actor.id == "a" })
        #expect(abs(a.x - (-2 * PositionMapWriter.stanceWidth)) <= 0.7, "a stays near strongly-oppose")
        let dot = writer.dot()
        #expect(dot.contains("id=\"actor-b\", class=\"actor firm stance-oppose disagrees\""))
        #expect(dot.contains("pos=\""))
        #expect(!dot.contains("\"c\" ["), "actors without a stance are left out")
    }
}
