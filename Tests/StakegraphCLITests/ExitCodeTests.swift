import Foundation
import Testing

/// The exit codes and default-graph rules of DESIGN.md's command-line contract.
@Suite struct ExitCodeTests {
    @Test func unknownCommandsAndFlagsAreUsageErrors() throws {
        #expect(try StakegraphRunner.run(["frobnicate"]).status == 64)
        #expect(try StakegraphRunner.run(["actors", "--no-such-flag"]).status == 64)
        let format = try StakegraphRunner.run(["actors", "--format", "xml"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("'xml'"))
    }

    @Test func aMissingGraphExits66() throws {
        let outcome = try StakegraphRunner.run(["actors", "-g", "/nonexistent/graph.yaml"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "stakegraph: error: /nonexistent/graph.yaml: no such file\n")
    }

    @Test func anInvalidGraphExits65WithItsErrorsAndNoResults() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken.yaml")
        try "graph: {id: b}\nactors:\n  - {id: a, name: A, kind: firm\n".write(to: file, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["stats", "-g", file.path])
        #expect(outcome.status == 65)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.hasPrefix("\(file.path):4:1: error: YAML syntax:"))
        #expect(outcome.stderr.contains("is not a valid graph (1 error); fix it and run 'stakegraph validate"))
    }

    @Test func findsTheOnlyGraphInGraphsOrTheEnvironment() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let graphs = directory.appendingPathComponent("Graphs")
        try FileManager.default.createDirectory(at: graphs, withIntermediateDirectories: true)
        let none = try StakegraphRunner.run(["actors"], in: directory)
        #expect(none.status == 64)
        #expect(none.stderr.contains("no graph given: use -g PATH, set STAKEGRAPH_GRAPH"))

        try FileManager.default.copyItem(atPath: StakegraphRunner.fixture("mini.yaml"), toPath: graphs.appendingPathComponent("mini.yaml").path)
        let one = try StakegraphRunner.run(["actors", "--format", "json"], in: directory)
        #expect(one.status == 0, "\(one.stderr)")

        try FileManager.default.copyItem(atPath: StakegraphRunner.fixture("mini.json"), toPath: graphs.appendingPathComponent("mini.json").path)
        let two = try StakegraphRunner.run(["actors"], in: directory)
        #expect(two.status == 64)
        #expect(two.stderr == "stakegraph: error: ./Graphs holds 2 graph files (mini.json, mini.yaml); choose one with -g PATH\n")

        let chosen = try StakegraphRunner.run(["stats"], in: directory, environment: ["STAKEGRAPH_GRAPH": "Graphs/mini.json"])
        #expect(chosen.status == 0)
        #expect(chosen.stdout.hasPrefix("A small dispute [mini]"))
    }
}

/// `--help` through the real binary: printed on stdout with exit 0.
@Suite struct HelpOutputTests {
    @Test func helpGoesToStandardOutputAndExits0() throws {
        let outcome = try StakegraphRunner.run(["render", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("USAGE: stakegraph render"))
        #expect(outcome.stderr.isEmpty)
    }
}
