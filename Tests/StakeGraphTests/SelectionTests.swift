import Testing
@testable import StakeGraph

@Suite struct SelectionTests {
    let mini: StakeholderGraph
    init() throws { mini = try Fixtures.read("mini.yaml").graph }

    func kept(_ selection: Selection) -> [String] {
        selection.apply(to: mini).relations.map { "\($0.from) \($0.type) \($0.to)" }
    }

    @Test func anEmptySelectionKeepsEverything() {
        #expect(Selection().apply(to: mini).relations.count == mini.relations.count)
    }

    @Test func filtersByTypePolarityAndMode() {
        #expect(kept(Selection(types: ["bans", "leads"])) == ["state-a bans acme", "minister leads ministry"])
        #expect(kept(Selection(polarity: .hostile)) == ["state-a bans acme", "minister warns-against acme", "acme denies state-a"])
        #expect(kept(Selection(mode: .structural)) == ["minister leads ministry", "ministry part-of state-a"])
        #expect(kept(Selection(polarity: .hostile, mode: .verbal)) == ["minister warns-against acme", "acme denies state-a"])
    }

    @Test func asOfKeepsWhatHadBegunAndNotEndedAndCountsUndated() throws {
        // bans: start 2012 (open); warns-against: 2019-02-13; denies: 2019-03; two undated.
        let early = Selection(asOf: try PartialDate(parsing: "2019-02"))
        let result = early.apply(to: mini)
        #expect(result.relations.map(\.type) == ["bans", "leads", "part-of", "warns-against"])
        #expect(result.undatedKept == 2)
        #expect(kept(Selection(asOf: try PartialDate(parsing: "2011"))) == ["minister leads ministry", "ministry part-of state-a"])
        #expect(kept(Selection(asOf: try PartialDate(parsing: "2019"))).count == 5, "a coarse date includes all of its year")
    }

    @Test func anIntervalThatEndedDropsOut() throws {
        var graph = mini
        graph.relations[0].span = .interval(start: try PartialDate(parsing: "2012"), end: try PartialDate(parsing: "2018-06"))
        let kept = Selection(asOf: try PartialDate(parsing: "2019")).apply(to: graph).relations
        #expect(!kept.contains { $0.type == "bans" })
        let still = Selection(asOf: try PartialDate(parsing: "2018-06-30")).apply(to: graph).relations
        #expect(still.contains { $0.type == "bans" })
    }

    @Test func asOfBoundariesFollowPartialDates() throws {
        var graph = mini
        graph.relations[0].span = .on(try PartialDate(parsing: "2019"))
        func bans(asOf text: String) throws -> Bool {
            Selection(asOf: try PartialDate(parsing: text)).apply(to: graph).relations.contains { $0.type == "bans" }
        }
        #expect(try !bans(asOf: "2018-12-31"), "a relation dated 2019 is out as of 2018-12-31")
        #expect(try bans(asOf: "2019-01-01"), "its first possible day is 2019-01-01")
        #expect(try bans(asOf: "2023-06"), "an event stays in force once it has happened")
        graph.relations[0].span = .on(try PartialDate(parsing: "2019-05-20"))
        #expect(try !bans(asOf: "2019-05-19") && bans(asOf: "2019-05-20") && bans(asOf: "2019-05"))
        graph.relations[0].span = .interval(start: nil, end: try PartialDate(parsing: "2018-02"))
        #expect(try bans(asOf: "2018-02-28") && !bans(asOf: "2018-03-01"), "an interval without start is in force until its end")
    }

    @Test func betweenKeepsWhatOverlapsThePeriod() throws {
        let period = try PartialDate(parsing: "2019-03")...PartialDate(parsing: "2019-12")
        #expect(Selection(between: period).apply(to: mini).relations.map(\.type) == ["bans", "leads", "part-of", "denies"])
    }
}
