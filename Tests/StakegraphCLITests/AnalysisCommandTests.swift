import Foundation
import Testing

@Suite struct AnalysisCommandTests {
    let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    @Test func misspeltNamesAreUsageErrorsWithASuggestion() throws {
        let cases: [([String], String)] = [
            (["positions", "--power", "pagernk"], "did you mean 'pagerank'?"),
            (["positions", "--issue", "huawei-in-5h"], "did you mean 'huawei-in-5g'?"),
            (["timeline", "--actor", "Chris Wrey"], "did you mean 'chris-wray'?"),
            (["render", "--view", "positions", "--power", "betweness", "-o", "-"], "did you mean 'betweenness'?"),
        ]
        for (arguments, hint) in cases {
            let outcome = try StakegraphRunner.run(arguments + ["-g", seed])
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains(hint), "\(arguments): \(outcome.stderr)")
        }
    }

    @Test func missingAndBrokenGraphsHaveTheirExitCodes() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("graph:\n  id: x\nactors:\n  - id: a\n    name: \"A\n".utf8).write(to: directory.appendingPathComponent("broken.yaml"))
        for command in ["positions", "timeline", "coalitions", "communities", "report"] {
            #expect(try StakegraphRunner.run([command, "-g", "missing.yaml"], in: directory).status == 66, "\(command)")
            let broken = try StakegraphRunner.run([command, "-g", "broken.yaml"], in: directory)
            #expect(broken.status == 65 && broken.stderr.contains("broken.yaml:6:1: error: YAML syntax"), "\(command): \(broken.stderr)")
        }
    }

    @Test func jsonShapesCarryWhatTheIssueNames() throws {
        let positions = try StakegraphRunner.run(["positions", "-g", seed, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(positions.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(!rows.isEmpty && ["id", "name", "stance", "inferred", "power"].allSatisfy { rows[0].keys.contains($0) })
        let coalitions = try StakegraphRunner.run(["coalitions", "-g", seed, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(coalitions.stdout.utf8)) as? [String: Any]
        #expect((object?["camps"] as? [[String]])?.count == 2)
        #expect(object?["frustration"] is Int)
    }
}
