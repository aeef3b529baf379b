import Foundation
import Testing

@Suite struct ValidateCommandTests {
    let mini = StakegraphRunner.fixture("mini.yaml")

    @Test func acceptsAValidGraphAndChecksItsQuotes() throws {
        let outcome = try StakegraphRunner.run(["validate", mini, "--sources", StakegraphRunner.fixture("sources")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == "\(mini): valid (5 actors, 5 relations, 7 quotes, every quote found in \(StakegraphRunner.fixture("sources")))\n")
        #expect(outcome.stderr.isEmpty)
    }

    @Test func validatesTheSeedGraphAgainstTheArticles() throws {
        let outcome = try StakegraphRunner.run(["validate", "Graphs/huawei-5g.yaml", "--sources", StakegraphRunner.seedsDirectory])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("Graphs/huawei-5g.yaml: valid ("))
    }

    @Test func reportsEveryProblemWithItsLocationAndExits65() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.yaml")
        try """
            graph: {id: bad}
            actors:
              - {id: a, name: A, kind: frim}
            relations:
              - {from: a, to: b, type: bans}
            """.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["validate", file.path])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.split(separator: "\n").map(String.init) == [
            "\(file.path):3:28: error: unknown kind 'frim'; did you mean 'firm'? (one of: government, agency, legislature, official, person, firm, international-organization, media, group)",
            "\(file.path):5:5: warning: relation a bans b has no evidence; add a quote from a source",
            "\(file.path):5:19: error: unknown actor 'b' in 'to' of relation",
        ])
        #expect(outcome.stdout == "\(file.path): invalid: 2 errors, 1 warning\n")
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("warn.yaml")
        try "graph: {id: w}\nactors:\n  - {id: a, name: A, kind: firm}\nrelations:\n  - {from: a, to: a, type: bans}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let lenient = try StakegraphRunner.run(["validate", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("valid (1 actor, 1 relation, 0 quotes); 2 warnings"))
        let strict = try StakegraphRunner.run(["validate", "--strict", file.path])
        #expect(strict.status == 65)
        #expect(strict.stdout.contains("invalid: 0 errors, 2 warnings (--strict)"))
    }

    @Test func reportsAQuoteMissingFromItsSource() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: mini, encoding: .utf8)
            .replacingOccurrences(of: "Acme denied the claims.\"}", with: "Acme denied everything.\"}")
        let file = directory.appendingPathComponent("mini.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["validate", file.path, "--sources", StakegraphRunner.fixture("sources")])
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("\(file.path):64:32: error: quote \"Acme denied everything.\" is not in paper.txt verbatim"))
    }

    @Test func missingFilesAndDirectoriesExit66() throws {
        let missing = try StakegraphRunner.run(["validate", "/nonexistent.yaml"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "stakegraph: error: /nonexistent.yaml: no such file\n")
        let noSources = try StakegraphRunner.run(["validate", mini, "--sources", "/nonexistent-dir"])
        #expect(noSources.status == 66)
        #expect(noSources.stderr.contains("sources directory '/nonexistent-dir' does not exist"))
    }

    @Test func printsJSONReports() throws {
        let outcome = try StakegraphRunner.run(["validate", mini, "--format", "json"])
        #expect(outcome.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 1)
        #expect(reports[0]["valid"] as? Bool == true)
        #expect(reports[0]["actors"] as? Int == 5)
        #expect((reports[0]["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func validatesJSONGraphs() throws {
        let outcome = try StakegraphRunner.run(["validate", StakegraphRunner.fixture("mini.json"), "--sources", StakegraphRunner.fixture("sources")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }
}
