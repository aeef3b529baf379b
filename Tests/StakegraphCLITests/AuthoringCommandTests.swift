import Foundation
import Testing

/// `sources` and `suggest` on the seed graph and its articles, as a user runs them.
@Suite struct AuthoringCommandTests {
    let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path
    var seeds: String { StakegraphRunner.seedsDirectory }

    @Test func sourcesTabulatesEverySource() throws {
        let outcome = try StakegraphRunner.run(["sources", "-g", seed, "--sources", seeds])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("source ") == true)
        #expect(lines.contains { $0.hasPrefix("cnbc-2019-01 ") })
        let json = try StakegraphRunner.run(["sources", "-g", seed, "--sources", seeds, "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(records.count == 5)
        for record in records {
            #expect((record["cited"] as? Int ?? -1) <= (record["sentences"] as? Int ?? 0))
            #expect((record["cited"] as? Int ?? 0) > 0, "every seed source is cited")
        }
    }

    @Test func suggestWritesYAMLThatValidatesAgainstTheSources() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("cnbc.yaml").path
        let outcome = try StakegraphRunner.run(["suggest", "-g", seed, "--sources", seeds, "--source", "cnbc-2019-01", "-o", out])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.hasPrefix("wrote \(out) ("))
        // Paste the candidates into the graph: it stays valid, quotes and all.
        let snippets = try String(contentsOfFile: out, encoding: .utf8)
        #expect(snippets.contains("source: cnbc-2019-01"))
        let graph = try String(contentsOfFile: seed, encoding: .utf8)
        let pasted = graph.replacingOccurrences(of: "\nrelations:\n", with: "\nrelations:\n" + snippets + "\n")
        let pastedPath = directory.appendingPathComponent("pasted.yaml").path
        try pasted.write(toFile: pastedPath, atomically: true, encoding: .utf8)
        let check = try StakegraphRunner.run(["validate", pastedPath, "--sources", seeds])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func suggestAsJSONAndItsScore() throws {
        let json = try StakegraphRunner.run(["suggest", "-g", seed, "--sources", seeds, "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(records.allSatisfy { ($0["quote"] as? String)?.isEmpty == false && $0["source"] is String })
        let score = try StakegraphRunner.run(["suggest", "-g", seed, "--sources", seeds, "--score"])
        #expect(score.status == 0)
        #expect(score.stdout.hasPrefix("pair recall: "))
        #expect(score.stdout.contains("of 65 non-structural relations"))
    }

    @Test(arguments: [
        (["suggest"], 64, "stakegraph: error: say where the sources' texts are: --sources DIR, or sources-dir in the graph file's header"),
        (["suggest", "--sources", "/no/such/dir"], 66, "stakegraph: error: /no/such/dir: no such folder"),
        (["sources", "--sources", "/no/such/dir"], 66, "stakegraph: error: /no/such/dir: no such folder"),
        (["suggest", "--sources", ".", "--source", "cnbc-2019"], 64, "unknown source 'cnbc-2019'; did you mean 'cnbc-2019-01'?"),
        (["suggest", "--sources", ".", "--lexicon", "/no/such.yaml"], 66, "stakegraph: error: /no/such.yaml: no such file"),
        (["suggest", "--sources", ".", "--format", "csv"], 64, "--format takes yaml or json, not 'csv'"),
        (["suggest", "--sources", ".", "--score", "--source", "x"], 64, "--score measures the whole graph"),
    ])
    func refusesWithAPlainMessage(arguments: [String], status: Int32, message: String) throws {
        let outcome = try StakegraphRunner.run(arguments + ["-g", seed])
        #expect(outcome.status == status)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    }

    @Test func theGraphsOwnSourcesDirIsTheDefault() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let texts = directory.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        try "Acme sued Beta in May. Beta denied it.".write(to: texts.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let graph = directory.appendingPathComponent("g.yaml")
        try """
            graph: {id: g, sources-dir: texts}
            sources: [{id: a, title: A, date: 2020-05, file: a.txt}]
            actors:
              - {id: acme, name: Acme, kind: firm}
              - {id: beta, name: Beta, kind: firm}
            """.write(to: graph, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["suggest", "-g", graph.path, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(records.map { "\($0["from"]!) \($0["type"]!) \($0["to"]!)" } == ["acme sues beta"])
    }

    @Test func aBadLexiconFileIsInvalidData() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lexicon = directory.appendingPathComponent("mine.yaml").path
        try "types: [bans]".write(toFile: lexicon, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["suggest", "-g", seed, "--sources", seeds, "--lexicon", lexicon])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "stakegraph: error: \(lexicon): 'types' should map each relation type to a list of triggers\n")
    }
}
