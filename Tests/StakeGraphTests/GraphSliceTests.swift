import Testing
@testable import StakeGraph

/// The one slice every command reads: selection by type, polarity, mode and time, with events
/// and states (`Validity`).
@Suite struct GraphSliceTests {
    let mini: StakeholderGraph
    init() throws { mini = try Fixtures.read("mini.yaml").graph }

    func kept(_ selection: Selection, in graph: StakeholderGraph? = nil) -> [String] {
        GraphSlice(graph ?? mini, selection: selection).relations.map { "\($0.from) \($0.type) \($0.to)" }
    }

    func asOf(_ text: String) -> Selection { Selection(period: .asOf(.test(text))) }

    /// `mini` with its first relation (state-a bans acme) written with `span`, of type `type`.
    func withFirst(_ span: DateSpan, type: String = "bans") -> StakeholderGraph {
        mini.changing {
            $0.relations[0].span = span
            $0.relations[0].type = type
        }
    }

    @Test func anEmptySelectionKeepsEverythingWithoutCopying() {
        let slice = GraphSlice(mini)
        #expect(slice.relations.count == mini.relations.count)
        #expect(slice.positions.count == mini.positions.count)
        #expect(slice.actorsInPlay == Set(mini.relations.flatMap { [$0.from, $0.to] }))
        #expect(slice.actorsOutOfPlay.map(\.id) == ["loner"])
    }

    @Test func filtersByTypePolarityAndMode() {
        #expect(kept(Selection(types: ["bans", "leads"])) == ["state-a bans acme", "minister leads ministry"])
        #expect(kept(Selection(polarity: .hostile)) == ["state-a bans acme", "minister warns-against acme", "acme denies state-a"])
        #expect(kept(Selection(mode: .structural)) == ["minister leads ministry", "ministry part-of state-a"])
        #expect(kept(Selection(polarity: .hostile, mode: .verbal)) == ["minister warns-against acme", "acme denies state-a"])
    }

    @Test func asOfKeepsWhatHadBegunAndNotEndedAndCountsUndated() {
        // bans: start 2012 (open); warns-against: 2019-02-13; denies: 2019-03; two undated.
        let early = GraphSlice(mini, selection: asOf("2019-02"))
        #expect(early.relations.map(\.type) == ["bans", "leads", "part-of", "warns-against"])
        #expect(early.undatedKept == 2)
        #expect(kept(asOf("2011")) == ["minister leads ministry", "ministry part-of state-a"])
        #expect(kept(asOf("2019")).count == 5, "a coarse date includes all of its year")
    }

    @Test func positionsAreThoseTakenByTheDate() {
        // mini's two positions are undated; date state-a's to 2019-03.
        let graph = mini.changing { $0.positions[0].date = .test("2019-03") }
        #expect(GraphSlice(graph, selection: asOf("2019-02")).positions.map(\.actor) == ["acme"], "undated positions always count")
        #expect(GraphSlice(graph, selection: asOf("2019-03-01")).positions.map(\.actor) == ["state-a", "acme"])
        #expect(GraphSlice(graph).positions.count == 2)
    }

    @Test func anIntervalThatEndedDropsOut() {
        let graph = withFirst(.interval(start: .test("2012"), end: .test("2018-06")))
        #expect(!kept(asOf("2019"), in: graph).contains("state-a bans acme"))
        #expect(kept(asOf("2018-06-30"), in: graph).contains("state-a bans acme"))
    }

    @Test func asOfBoundariesFollowPartialDates() {
        func bans(_ span: DateSpan, asOf text: String) -> Bool {
            kept(asOf(text), in: withFirst(span)).contains("state-a bans acme")
        }
        #expect(!bans(.on(.test("2019")), asOf: "2018-12-31"), "a relation dated 2019 is out as of 2018-12-31")
        #expect(bans(.on(.test("2019")), asOf: "2019-01-01"), "its first possible day is 2019-01-01")
        #expect(bans(.on(.test("2019")), asOf: "2023-06"), "a state stays in force")
        #expect(!bans(.on(.test("2019-05-20")), asOf: "2019-05-19"))
        #expect(bans(.on(.test("2019-05-20")), asOf: "2019-05-20") && bans(.on(.test("2019-05-20")), asOf: "2019-05"))
        let untilFebruary = DateSpan.interval(start: nil, end: .test("2018-02"))
        #expect(bans(untilFebruary, asOf: "2018-02-28") && !bans(untilFebruary, asOf: "2018-03-01"),
                "an interval without start is in force until its end")
    }

    @Test func betweenKeepsWhatOverlapsThePeriod() {
        #expect(GraphSlice(mini, selection: Selection(period: .between(.test("2019-03"), .test("2019-12")))).relations.map(\.type)
                == ["bans", "leads", "part-of", "warns-against", "denies"],
                "the warning of 2019-02-13 is an event in force for ever without a window")
    }

    @Test func asOfAMonthAndBetweenThatMonthAgree() {
        // The issue's case: a relation dated 2019-02-13 asked about in 2019-06 both ways.
        for window in [nil, EventWindow(amount: 6, unit: .months), EventWindow(amount: 30, unit: .days)] {
            let instant = kept(Selection(period: .asOf(.test("2019-06")), window: window))
            let period = kept(Selection(period: .between(.test("2019-06"), .test("2019-06")), window: window))
            #expect(instant == period, "window \(window?.description ?? "none")")
        }
    }

    @Test func anEventStaysInForceForItsWindowAndAStateDoesNot() {
        // warns-against (an event) on 2019-02-13; bans (a state) dated 2019-02-13.
        let window = EventWindow(amount: 30, unit: .days)
        let lastDay = Selection(period: .asOf(.test("2019-03-15")), window: window)
        let dayAfter = Selection(period: .asOf(.test("2019-03-16")), window: window)
        #expect(kept(lastDay).contains("minister warns-against acme"), "13 February + 30 days = 15 March")
        #expect(!kept(dayAfter).contains("minister warns-against acme"))
        let state = withFirst(.on(.test("2019-02-13")))
        #expect(kept(Selection(period: .asOf(.test("2025")), window: window), in: state).contains("state-a bans acme"),
                "a ban stays in force whatever the window")
        let event = withFirst(.on(.test("2019-02-13")), type: "accuses")
        #expect(!kept(Selection(period: .asOf(.test("2019-04")), window: window), in: event).contains("state-a accuses acme"))
    }

    @Test func aCoarseEventCountsItsWindowFromItsLastPossibleDay() {
        // denies (an event) in 2019-03: it may have happened on 31 March.
        let window = EventWindow(amount: 1, unit: .months)
        #expect(kept(Selection(period: .asOf(.test("2019-04-30")), window: window)).contains("acme denies state-a"))
        #expect(!kept(Selection(period: .asOf(.test("2019-05-01")), window: window)).contains("acme denies state-a"))
    }

    @Test func theSliceSaysWhatItDescribes() {
        #expect(GraphSlice(mini, selection: asOf("2019-02")).moment.description == "as of 2019-02")
        #expect(GraphSlice(mini, selection: Selection(period: .between(.test("2019-01"), .test("2019-06")))).moment.description
                == "between 2019-01 and 2019-06")
        #expect(GraphSlice(mini).moment == .latest(.test("2019-03")), "mini's latest relation is dated 2019-03")
        let summary = GraphSlice(mini, selection: Selection(polarity: .hostile, period: .asOf(.test("2019")), window: .init(amount: 6, unit: .months))).summary
        #expect(summary == ["as of 2019", "hostile relations", "events in force for 6 months"])
    }

    @Test func anUnknownRelationTypeIsRefusedWithTheNearestOne() {
        #expect(throws: SelectionError.unknownRelationType("bnas", suggestion: "bans")) { try mini.relationTypeIDs(["bnas"]) }
    }
}
