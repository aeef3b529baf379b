import Testing
@testable import StakeGraph

@Suite struct CoalitionsTests {
    func graph(_ relations: String, positions: String = "") -> StakeholderGraph {
        let yaml = """
        graph: {id: t}
        sources: [{id: p, title: Paper}]
        actors:
          - {id: a, name: A, kind: government}
          - {id: b, name: B, kind: government}
          - {id: c, name: C, kind: firm}
          - {id: d, name: D, kind: firm}
          - {id: e, name: E, kind: official}
          - {id: f, name: F, kind: group}
        relations:
        \(relations)
        issues: [{id: i, question: "Q?"}]
        positions:
        \(positions.isEmpty ? "  []" : positions)
        """
        return Fixtures.validGraph(yaml)
    }

    @Test func aBalancedGraphSplitsWithoutFrustration() {
        // {a, b, e} against {c, d}: cooperation inside, hostility across; e leads a (belonging).
        let g = graph("""
          - {from: a, to: b, type: cooperates-with}
          - {from: c, to: d, type: supplies}
          - {from: a, to: c, type: bans}
          - {from: d, to: b, type: criticizes}
          - {from: e, to: a, type: leads}
          - {from: f, to: f, type: bans}
        """, positions: """
          - {actor: c, issue: i, stance: support}
          - {actor: a, issue: i, stance: oppose}
        """)
        let analysis = CoalitionAnalysis(GraphSlice(g), stances: ["a": -1, "c": 1])
        #expect(analysis.camps == [["a", "b", "e"], ["c", "d"]], "the opposing camp first")
        #expect(analysis.frustration == 0)
        #expect(analysis.isExact)
        #expect(analysis.notAligned == ["f"], "a self-relation is no tie")
        #expect(analysis.crossing.map(\.type) == ["bans", "criticizes"])
        #expect(analysis.signedCount == 5)
    }

    @Test func anAllHostileTriangleCannotBeBalanced() {
        let g = graph("""
          - {from: a, to: b, type: bans}
          - {from: b, to: c, type: threatens}
          - {from: c, to: a, type: accuses}
        """)
        let analysis = CoalitionAnalysis(GraphSlice(g))
        #expect(analysis.frustration == 1, "one hostile tie must fall inside a camp")
        #expect(analysis.violating.count == 1 && analysis.isExact)
        #expect(analysis.camps.map(\.count).sorted() == [1, 2])
    }

    @Test func belongingCountsUnlessIgnoredAndRelatedToNever() {
        let relations = """
          - {from: a, to: b, type: bans}
          - {from: e, to: a, type: leads}
          - {from: e, to: b, type: member-of}
          - {from: c, to: d, type: related-to}
        """
        let positive = CoalitionAnalysis(GraphSlice(graph(relations)))
        #expect(positive.frustration == 1, "e belongs to both sides of a hostile tie")
        #expect(positive.notAligned == ["c", "d", "f"], "related-to says nothing about sides")
        let ignored = CoalitionAnalysis(GraphSlice(graph(relations)), structural: .ignore)
        #expect(ignored.frustration == 0)
        #expect(ignored.notAligned.contains("e"))
    }

    @Test func communitiesSeparateTwoDenseGroups() {
        let g = graph("""
          - {from: a, to: b, type: bans}
          - {from: b, to: e, type: supports}
          - {from: e, to: a, type: urges}
          - {from: c, to: d, type: supplies}
          - {from: d, to: f, type: supplies}
          - {from: f, to: c, type: supplies}
          - {from: a, to: c, type: related-to}
        """)
        let analysis = CommunityAnalysis(GraphSlice(g))
        #expect(analysis.communities.map { $0.sorted() }.sorted { $0[0] < $1[0] } == [["a", "b", "e"], ["c", "d", "f"]])
        #expect(abs(analysis.modularity - (2 * (3.0 / 7 - (7.0 / 14) * (7.0 / 14)))) < 1e-12, "Q = Σ_c [L_c/m − (d_c/2m)²]")
        #expect(analysis.isolated.isEmpty)
    }
}

/// Camps per component of the signed network (issue 13).
@Suite struct CoalitionComponentTests {
    func graph(_ relations: String, positions: String = "[]") -> GraphSlice {
        GraphSlice(Fixtures.validGraph("""
        graph: {id: t}
        sources: [{id: p, title: Paper}]
        actors:
          - {id: us, name: US, kind: government}
          - {id: us-agency, name: US agency, kind: agency}
          - {id: cn, name: China, kind: government}
          - {id: cn-agency, name: China agency, kind: agency}
          - {id: x, name: X, kind: firm}
          - {id: y, name: Y, kind: firm}
          - {id: z, name: Z, kind: firm}
        relations:
        \(relations)
        issues: [{id: i, question: "Q?"}]
        positions: \(positions)
        """))
    }

    static let issueExample = """
      - {from: us-agency, to: us, type: part-of}
      - {from: cn-agency, to: cn, type: part-of}
      - {from: x, to: y, type: bans}
    """

    @Test func componentsWithoutStancesAreNotMergedIntoOneCamp() {
        // The issue: all five actors landed in one camp with frustration 0.
        let analysis = CoalitionAnalysis(graph(Self.issueExample))
        #expect(analysis.frustration == 0 && analysis.isExact)
        // Three components of two actors: the first of the largest sets the camps (its sides
        // by size, then first id); the other two are unrelated to it.
        #expect(analysis.camps == [["cn", "cn-agency"]], "\(analysis.camps)")
        let everyone = analysis.camps.flatMap { $0 } + analysis.unrelated.flatMap { $0.flatMap { $0 } }
        #expect(Set(everyone) == ["us", "us-agency", "cn", "cn-agency", "x", "y"])
        #expect(analysis.unrelated.count == 2, "two components could not be related to the camps")
        #expect(analysis.notAligned == ["z"], "no signed relation at all")
        #expect(!analysis.camps.contains { Set($0).isSuperset(of: ["us", "cn"]) }, "nothing puts the two governments together")
    }

    @Test func stancesJoinComponentsSideBySide() {
        // x bans y, y supports z; us's agency and cn's agency are single-sided components.
        let relations = Self.issueExample + "\n  - {from: y, to: z, type: supports}"
        let stances = ["x": -2.0, "y": 1.5, "us": -1.0, "cn": 2.0]
        let analysis = CoalitionAnalysis(graph(relations), stances: stances)
        #expect(analysis.camps == [["us", "us-agency", "x"], ["cn", "cn-agency", "y", "z"]], "each side joins the camp nearest its stance")
        #expect(analysis.unrelated.isEmpty)
        #expect(analysis.meanStance.map { $0! } == [-1.5, 1.75])
        #expect(analysis.frustration == 0)
    }

    @Test func aComponentWithoutStancesStaysApartFromOnesWithThem() {
        let stances = ["x": -1.0, "y": 1.0]
        let analysis = CoalitionAnalysis(graph(Self.issueExample), stances: stances)
        #expect(analysis.camps == [["x"], ["y"]])
        #expect(analysis.unrelated.map { $0.flatMap { $0 }.sorted() }.sorted { $0[0] < $1[0] } == [["cn", "cn-agency"], ["us", "us-agency"]])
    }

    @Test func theNearestIncreasingAssignmentKeepsOrderAndMinimisesDistance() {
        #expect(CoalitionAnalysis.nearestIncreasing([-1, 2], to: [-2, 0, 2]) == [0, 2])
        #expect(CoalitionAnalysis.nearestIncreasing([0.9, 1.0], to: [-2, 0, 2]) == [1, 2], "two sides never share a camp")
        #expect(CoalitionAnalysis.nearestIncreasing([1], to: [-1, 1]) == [1])
        #expect(CoalitionAnalysis.nearestIncreasing([], to: [0]) == [])
    }
}

/// Rankings of a slice list only the actors in play (issue 13).
@Suite struct CentralityRankingTests {
    @Test func actorsWithoutRelationsInTheSliceAreLeftOutAndCounted() throws {
        let mini = try Fixtures.read("mini.yaml").graph
        let hostile = GraphSlice(mini, selection: Selection(polarity: .hostile, period: .asOf(.test("2019-02"))))
        let ranking = try CentralityRanking(hostile, measures: [.betweenness, .inDegree])
        // In force then: state-a bans acme, minister warns against acme.
        #expect(Set(ranking.rows.map(\.actor.id)) == ["state-a", "acme", "minister"])
        #expect(ranking.leftOut == 2, "ministry and loner")
        // Values stay NetworkX's on all five actors: acme has in-degree 2 of n − 1 = 4.
        #expect(ranking.rows.first { $0.actor.id == "acme" }?.values[1] == 0.5)
        #expect(ranking.rows[0].actor.id == "acme", "sorted by the first measure, then id")
    }
}
