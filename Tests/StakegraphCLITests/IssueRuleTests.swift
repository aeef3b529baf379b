import Foundation
import Testing

/// One rule for issues in every command (issue 13): with one issue it is the default; with
/// several and no --issue, a command that needs one says which exist (64); a report covers
/// every issue.
@Suite struct IssueRuleTests {
    static let twoIssues = """
    graph: {id: two, title: Two questions}
    sources: [{id: p, title: Paper}]
    actors:
      - {id: a, name: Alpha, kind: government}
      - {id: b, name: Beta, kind: firm}
      - {id: c, name: Gamma, kind: firm}
    relations:
      - {from: a, to: b, type: bans, date: 2019, evidence: [{source: p, quote: "Alpha bans Beta"}]}
      - {from: c, to: b, type: supplies, evidence: [{source: p, quote: "Gamma supplies Beta"}]}
    issues:
      - {id: first, question: "First question?", subject: b}
      - {id: second, question: "Second question?"}
    positions:
      - {actor: a, issue: first, stance: oppose, evidence: [{source: p, quote: "Alpha opposes"}]}
      - {actor: c, issue: second, stance: support, evidence: [{source: p, quote: "Gamma supports"}]}
    """

    func withGraph(_ body: (String, URL) throws -> Void) throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("two.yaml")
        try Data(Self.twoIssues.utf8).write(to: file)
        try body(file.path, directory)
    }

    @Test(arguments: [["positions"], ["coalitions"], ["render", "--color-by", "stance", "-o", "-"], ["render", "--view", "positions", "-o", "-"]])
    func aCommandThatNeedsAnIssueSaysWhichExist(arguments: [String]) throws {
        try withGraph { path, _ in
            let outcome = try StakegraphRunner.run(arguments + ["-g", path])
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr == "stakegraph: error: the graph has 2 issues; choose one with --issue (first, second)\n", "\(arguments)")
            let chosen = try StakegraphRunner.run(arguments + ["-g", path, "--issue", "second"])
            #expect(chosen.status == 0, "\(arguments): \(chosen.stderr)")
        }
    }

    @Test func aReportCoversEveryIssueUnlessNarrowed() throws {
        try withGraph { path, directory in
            let all = directory.appendingPathComponent("all.html").path
            let outcome = try StakegraphRunner.run(["report", "-g", path, "-o", all])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let html = try String(contentsOfFile: all, encoding: .utf8)
            #expect(html.contains("<section id=\"positions-first\">") && html.contains("<section id=\"positions-second\">"))
            #expect(html.contains("Positions: First question?") && html.contains("Positions: Second question?"))
            let one = directory.appendingPathComponent("one.md").path
            #expect(try StakegraphRunner.run(["report", "-g", path, "--issue", "second", "-o", one]).status == 0)
            let markdown = try String(contentsOfFile: one, encoding: .utf8)
            #expect(markdown.contains("## Positions: Second question?") && !markdown.contains("First question?"))
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("one-positions.svg").path))
        }
    }

    @Test func withOneIssueNoCommandAsksForIt() throws {
        let mini = StakegraphRunner.fixture("mini.yaml")
        for arguments in [["positions"], ["coalitions"], ["render", "--color-by", "stance", "-o", "-", "--format", "dot"]] {
            let outcome = try StakegraphRunner.run(arguments + ["-g", mini])
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        }
    }
}

/// Every command reads the same slice (issue 13): what `render --as-of` colours by stance is
/// what `positions --as-of` declares.
@Suite struct OneSliceTests {
    let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    @Test func renderAndPositionsAgreeOnTheStancesTakenByADate() throws {
        for date in ["2018-06", "2019-01", "2019-06"] {
            let render = try StakegraphRunner.run(["render", "-g", seed, "--as-of", date, "--color-by", "stance", "--format", "dot", "-o", "-"])
            let coloured = render.stdout.components(separatedBy: " stance-").dropFirst().filter { !$0.hasPrefix("none") }.count
            let positions = try StakegraphRunner.run(["positions", "-g", seed, "--as-of", date, "--format", "json"])
            let rows = try JSONSerialization.jsonObject(with: Data(positions.stdout.utf8)) as? [[String: Any]] ?? []
            let declared = rows.filter { !($0["stance"] is NSNull) }.count
            #expect(coloured == declared, "as of \(date): \(coloured) coloured, \(declared) declared")
            #expect(render.stdout.components(separatedBy: "as of").count == 2, "one date in the subtitle")
        }
    }

    @Test func asOfAMonthAndBetweenThatMonthListTheSameRelations() throws {
        let instant = try StakegraphRunner.run(["relations", "-g", seed, "--as-of", "2019-06", "--format", "json"])
        let period = try StakegraphRunner.run(["relations", "-g", seed, "--between", "2019-06", "2019-06", "--format", "json"])
        #expect(instant.status == 0 && instant.stdout == period.stdout)
        let windowed = try StakegraphRunner.run(["relations", "-g", seed, "--as-of", "2019-06", "--window", "3m", "--format", "json"])
        #expect(windowed.stdout.count < instant.stdout.count, "with a window, the warnings of early 2019 are over by June")
    }
}
