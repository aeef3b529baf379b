import Foundation
import Testing

/// `stakegraph explore` as a user runs it: the file it writes, the same bytes every run, and the
/// messages for a wrong path, a typo and a missing file. (What the page does is checked in a
/// real browser by Tests/Browser.)
@Suite struct ExploreCommandTests {
    let mini = StakegraphRunner.fixture("mini.yaml")

    @Test func writesOneSelfContainedFileToTheDefaultPath() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["explore", "-g", mini], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: directory.appendingPathComponent("Output/mini-explorer.html"), encoding: .utf8)
        #expect(outcome.stderr == "wrote Output/mini-explorer.html (\(html.utf8.count) bytes)\n")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains(#"<script type="application/json" id="explorer-data">"#))
        // Nothing to fetch: no src, no stylesheet link, no external URL but the sources' own.
        #expect(!html.contains(" src=") && !html.contains("<link"))
    }

    @Test func separateRunsWriteTheSameBytes() throws {
        let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path
        let first = try StakegraphRunner.run(["explore", "-g", seed, "-o", "-"])
        let second = try StakegraphRunner.run(["explore", "-g", seed, "-o", "-"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.count > 100_000)
    }

    @Test func theSelectionNarrowsThePage() throws {
        let all = try StakegraphRunner.run(["explore", "-g", mini, "-o", "-"])
        let hostile = try StakegraphRunner.run(["explore", "-g", mini, "--polarity", "hostile", "-o", "-"])
        func relationCount(_ html: String) -> Int { html.components(separatedBy: "\"valid\":").count - 1 }
        #expect(relationCount(hostile.stdout) == 3)
        #expect(relationCount(all.stdout) > relationCount(hostile.stdout))
        #expect(hostile.stdout.contains("hostile relations"))
    }

    @Test func aWindowAloneIsTheSlidersFirstChoice() throws {
        let outcome = try StakegraphRunner.run(["explore", "-g", mini, "--window", "2w", "-o", "-"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(#""windows":["2w","30d","6m","1y"]"#))
    }

    @Test(arguments: [
        (["explore", "-o", "map.svg"], 64, "Error: the explorer is one .html file; 'map.svg' does not end in .html"),
        (["explore", "--issue", "nope"], 64, "stakegraph: error: unknown issue 'nope'"),
        (["explore", "--as-of", "2019-13"], 64, "Error: The value '2019-13' is invalid for '--as-of <date>': there is no month 13"),
        (["explore", "--engine", "dott"], 64, "did you mean 'dot'?"),
    ])
    func refusesWhatItCannotDo(arguments: [String], status: Int32, message: String) throws {
        let outcome = try StakegraphRunner.run(arguments + ["-g", mini])
        #expect(outcome.status == status)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func aMissingGraphFileSaysSo() throws {
        let outcome = try StakegraphRunner.run(["explore", "-g", "/no/such/graph.yaml"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "stakegraph: error: /no/such/graph.yaml: no such file\n")
    }
}
