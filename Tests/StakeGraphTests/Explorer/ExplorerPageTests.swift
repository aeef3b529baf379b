import Foundation
import Testing
@testable import StakeGraph

/// The explorer page as StakeGraph writes it: the data the script reads (above all, that its
/// validity intervals give, at every slider stop, exactly the slice `--as-of` gives), the
/// escaping that keeps the data a data block, the policy, and the same bytes every time.
@Suite struct ExplorerPageTests {
    let seed: StakeholderGraph
    init() throws {
        seed = try GraphReader.read(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path).graph
    }

    func data(_ graph: StakeholderGraph, selection: Selection = Selection()) -> ExplorerData {
        ExplorerData(GraphSlice(graph, selection: selection), windows: ExplorerPage.standardWindows, colorings: [])
    }

    /// The page's one time test (core.js `meets`): both ends included, nil ends open, an undated
    /// relation always kept.
    func meets(_ valid: [Int?]?, _ stop: ExplorerData.Stop) -> Bool {
        guard let valid else { return true }
        return (valid[0].map { $0 <= stop.last } ?? true) && (valid[1].map { $0 >= stop.first } ?? true)
    }

    @Test func atEveryStopAndWindowThePageKeepsWhatTheSliceKeeps() throws {
        let page = data(seed)
        #expect(page.stops.count >= 10)
        for stop in page.stops {
            let date = try PartialDate(parsing: stop.date)
            for (column, window) in ([nil] + ExplorerPage.standardWindows.map { Optional($0) }).enumerated() {
                let slice = GraphSlice(seed, selection: Selection(period: .asOf(date), window: window))
                let kept = page.relations.indices.filter { meets(page.relations[$0].valid[column], stop) }.map { seed.relations[$0] }
                #expect(kept == slice.relations, "as of \(stop.date), window \(window?.description ?? "none")")
            }
        }
    }

    @Test func aStopMeansEveryDayItsDateCanMean() throws {
        let page = data(seed)
        let month = try #require(page.stops.first { $0.date == "2019-03" })
        #expect(month.first == CalendarDay(year: 2019, month: 3, day: 1).number)
        #expect(month.last == CalendarDay(year: 2019, month: 3, day: 31).number)
        #expect(page.stops.map(\.first) == page.stops.map(\.first).sorted())
    }

    @Test func everyRelationIsInExactlyOneEdge() {
        let page = data(seed)
        let members = page.edges.flatMap(\.relations).sorted()
        #expect(members == Array(page.relations.indices))
        for edge in page.edges {
            let ends = Set(edge.relations.map { Set([page.relations[$0].from, page.relations[$0].to]) })
            #expect(ends.count == 1, "\(edge.id) joins more than one pair")
        }
    }

    @Test func actorsAreInTheVertexOrderOfPaths() {
        // The page's breadth-first search numbers actors by this order, as `Projection` does.
        let ids = data(seed).actors.map(\.id)
        #expect(ids == seed.actors.map(\.id).sorted())
    }

    @Test func onlyWebAddressesReachTheData() {
        #expect(ExplorerData.webURL("https://example.org/a?b=<c>") == "https://example.org/a?b=<c>")
        #expect(ExplorerData.webURL("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG")
        for refused in ["javascript:alert(1)", "data:text/html,x", " https://example.org", "https://exa mple.org",
                        "https://example.org/\u{7}", "http://", "ftp://example.org", "//example.org"] {
            #expect(ExplorerData.webURL(refused) == nil, "\(refused)")
        }
    }

    @Test func theDataCannotEndItsScriptBlock() throws {
        let hostile = "</script><!-- & \u{2028}\u{2029} <b>"
        let written = #"</script><!-- & \u2028\u2029 <b>"#  // YAML's escapes: a raw U+2028 would be a line break
        let graph = Fixtures.validGraph("""
            graph: {id: h, title: "\(written)"}
            actors:
              - {id: a, name: "\(written)", kind: firm}
            """)
        let text = ExplorerPage.json(data(graph))
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!text.contains(forbidden), "\(forbidden)") }
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(decoded["title"] as? String == hostile)
        #expect((decoded["actors"] as? [[String: Any]])?.first?["name"] as? String == hostile)
    }

    @Test func theTemplateIsFilledInOnePass() {
        let filled = ExplorerPage.fill("<h1>{{title}}</h1>{{svg}}{{unknown}}", with: ["title": "{{svg}}", "svg": "<svg/>"])
        #expect(filled == "<h1>{{svg}}</h1><svg/>{{unknown}}")
        #expect(ExplorerPage.fill("open {{ end", with: [:]) == "open {{ end")
    }

    @Test func thePolicyNamesThePagesOwnScriptAndStyleAndNothingElse() throws {
        let html = try ExplorerPage.build(GraphSlice(seed), issues: seed.issues).html
        let policy = try #require(html.firstMatch(of: /http-equiv="Content-Security-Policy" content="([^"]*)"/)?.1)
        let script = try #require(html.firstMatch(of: /<script>([\s\S]*?)<\/script>/)?.1)
        let style = try #require(html.firstMatch(of: /<style>([\s\S]*?)<\/style>/)?.1)
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("script-src '\(ExplorerPage.hash(String(script)))'"))
        #expect(policy.contains("style-src '\(ExplorerPage.hash(String(style)))'"))
        #expect(!policy.contains("unsafe"))
        #expect(html.components(separatedBy: "<script").count == 3, "one data block and one script")
        #expect(!script.contains("innerHTML") && !script.contains("eval(") && !script.contains("new Function"))
    }

    @Test func theSamePageEveryTime() throws {
        let first = try ExplorerPage.build(GraphSlice(seed), issues: seed.issues).html
        let second = try ExplorerPage.build(GraphSlice(seed), issues: seed.issues).html
        #expect(first == second)
    }

    @Test func colouringsComeFromTheAnalyses() throws {
        let slice = GraphSlice(seed)
        let stance = ExplorerColoring.byStance(on: seed.issues[0], in: slice)
        let latest = seed.positions.latest(on: seed.issues[0].id)
        #expect(stance.groups.count == latest.count)
        for (actor, position) in latest { #expect(stance.legend[stance.groups[actor]!].color == DiagramStyle.fill(for: position.stance)) }
        let coalitions = CoalitionAnalysis(slice)
        let camps = ExplorerColoring.byCoalition(coalitions)
        for (index, camp) in coalitions.camps.enumerated() { for actor in camp { #expect(camps.groups[actor] == index) } }
        for actor in coalitions.notAligned { #expect(camps.groups[actor] == nil) }
    }

    @Test func manyCommunitiesShareTheLastColourUnderOneEntry() {
        let analysis = CommunityAnalysis(GraphSlice(seed))
        var many = analysis
        many.communities = (0..<20).map { ["actor-\($0)"] }
        let coloring = ExplorerColoring.byCommunity(many)
        #expect(coloring.legend.count == ExplorerColoring.categorical.count)
        #expect(coloring.legend.last?.label == "communities 14–20")
        #expect(coloring.groups["actor-19"] == ExplorerColoring.categorical.count - 1)
    }
}
