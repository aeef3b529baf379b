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

    @Test func reportsQuoteErrorsAlongsideOtherErrorsInOneRun() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: mini, encoding: .utf8)
            .replacingOccurrences(of: "Acme denied the claims.\"}", with: "Acme denied everything.\"}")
            .replacingOccurrences(of: "kind: firm", with: "kind: frim")
        let file = directory.appendingPathComponent("mini.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["validate", file.path, "--sources", StakegraphRunner.fixture("sources")])
        #expect(outcome.status == 65)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file.path):14:11: error: unknown kind 'frim'") }, "\(lines)")
        #expect(lines.contains("\(file.path):64:32: error: quote \"Acme denied everything.\" is not in paper.txt verbatim; did you mean: \"…Acme denied [here]the claims.\" (the first difference is at character 13)"), "\(lines)")
        #expect(outcome.stdout == "\(file.path): invalid: 3 errors, 0 warnings\n")
    }

    /// A graph in a folder with its texts beside it, validated from elsewhere without --sources.
    func graphWithOwnTexts(sourcesDirectory: String, quote: String) throws -> (directory: URL, file: String) {
        let directory = try StakegraphRunner.temporaryDirectory()
        let graphs = directory.appendingPathComponent("graphs")
        try FileManager.default.createDirectory(at: graphs.appendingPathComponent("texts"), withIntermediateDirectories: true)
        try "Acme and Beta signed a contract in May.\n\nLater, Beta denied it had signed anything.\n"
            .write(to: graphs.appendingPathComponent("texts/article.txt"), atomically: true, encoding: .utf8)
        let file = graphs.appendingPathComponent("deal.yaml")
        try """
            graph: {id: deal, sources-dir: \(sourcesDirectory)}
            sources:
              - {id: article, title: An article, file: article.txt}
            actors:
              - {id: acme, name: Acme, kind: firm}
              - {id: beta, name: Beta, kind: firm}
            relations:
              - {from: acme, to: beta, type: contracts-with, evidence: [{source: article, quote: "\(quote)"}]}
            """.write(to: file, atomically: true, encoding: .utf8)
        return (directory, file.path)
    }

    @Test func checksQuotesInTheGraphsOwnSourcesDirectory() throws {
        let (directory, file) = try graphWithOwnTexts(sourcesDirectory: "texts", quote: "Acme and Beta signed … in May.")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["validate", file])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let texts = (file as NSString).deletingLastPathComponent + "/texts"
        #expect(outcome.stdout == "\(file): valid (2 actors, 1 relation, 1 quote, every quote found in \(texts))\n")
        let (other, wrong) = try graphWithOwnTexts(sourcesDirectory: "texts", quote: "Acme and Beta signed … Beta denied it")
        defer { try? FileManager.default.removeItem(at: other) }
        let refused = try StakegraphRunner.run(["validate", wrong])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(wrong):8:86: error: quote \"Acme and Beta signed … Beta denied it\" is not in article.txt: its parts are there, but not in this order within one paragraph"), "\(refused.stderr)")
    }

    @Test func aMissingSourcesDirectoryOfTheGraphIsALocatedError() throws {
        let (directory, file) = try graphWithOwnTexts(sourcesDirectory: "txts", quote: "Acme and Beta signed a contract")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["validate", file])
        #expect(outcome.status == 65)
        let folder = (file as NSString).deletingLastPathComponent
        #expect(outcome.stderr == "\(file):1:32: error: sources directory 'txts' (\(folder)/txts, relative to the graph file) does not exist, so no quote can be checked\n")
    }

    @Test func aShortQuoteIsAWarning() throws {
        let (directory, file) = try graphWithOwnTexts(sourcesDirectory: "texts", quote: "Acme")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["validate", file])
        #expect(outcome.status == 0)
        #expect(outcome.stderr == "\(file):8:86: warning: quote \"Acme\" has one word; quote at least 3 words of the source, enough to show what it says\n")
        #expect(try StakegraphRunner.run(["validate", "--strict", file]).status == 65)
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
        #expect(reports[0]["sources"] == nil)
        let checked = try StakegraphRunner.run(["validate", mini, "--format", "json", "--sources", StakegraphRunner.fixture("sources")])
        let checkedReports = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [[String: Any]])
        #expect(checkedReports.first?["sources"] as? String == StakegraphRunner.fixture("sources"))
    }

    @Test func validatesJSONGraphs() throws {
        let outcome = try StakegraphRunner.run(["validate", StakegraphRunner.fixture("mini.json"), "--sources", StakegraphRunner.fixture("sources")])
        #expect(outcome.status == 0, "\(outcome.stderr)")
    }
}

/// The summary claims only what the check did: quotes of sources without a file are not "found".
@Suite struct ValidateSummaryTests {
    @Test func quotesOfSourcesWithoutAFileAreNotCountedAsFound() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graph = directory.appendingPathComponent("g.yaml")
        try """
            graph: {id: nf}
            sources:
              - {id: b, title: B}
            actors:
              - {id: x, name: Xeno Corp, kind: firm}
              - {id: y, name: Yarrow Inc, kind: firm}
            relations:
              - {from: x, to: y, type: bans, evidence: [{source: b, quote: "one two three"}]}
            """.write(to: graph, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["validate", graph.path, "--sources", directory.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("0 of 1 quotes found in \(directory.path); 1 not checked, their sources name no file"), "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("every quote found"))
    }
}
