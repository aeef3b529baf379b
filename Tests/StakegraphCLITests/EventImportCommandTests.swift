import Foundation
import Testing

@Suite struct EventImportCommandTests {
    let gdelt = StakegraphRunner.fixture("events/gdelt2-events-excerpt.csv")
    let icews = StakegraphRunner.fixture("events/icews-events-excerpt.tab")

    @Test func gdeltImportWritesYAMLThatValidatesWithRecordReferences() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["import", gdelt, "--from", "gdelt", "-o", "g.yaml"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("gdelt2-events-excerpt.csv:1:42: warning: the event has no first actor"), "\(outcome.stderr)")
        let validate = try StakegraphRunner.run(["validate", "g.yaml"], in: directory)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let relations = try #require(outcome.stderr.firstMatch(of: /imported \d+ actors, (\d+) relations/)?.1)
        #expect(validate.stdout.contains("0 quotes, \(relations) record references"), "\(validate.stdout)")
    }

    @Test func icewsImportAggregatesIntoJSON() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["import", icews, "--from", "icews", "--aggregate", "month", "-o", "e.json"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try String(contentsOf: directory.appendingPathComponent("e.json"), encoding: .utf8)
        #expect(text.hasPrefix("{"))
        #expect(text.contains("\"goldstein-mean\""))
        let validate = try StakegraphRunner.run(["validate", "e.json"], in: directory)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    @Test func aggregateWithoutAnEventFormatIsAUsageError() throws {
        let outcome = try StakegraphRunner.run(["import", StakegraphRunner.fixture("mini.yaml"), "--aggregate", "day"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--aggregate goes with --from gdelt or --from icews"))
        let unknown = try StakegraphRunner.run(["import", gdelt, "--from", "gdelt", "--aggregate", "week"])
        #expect(unknown.status == 64)
    }

    @Test func badRowsWriteNothingUnlessSkipped() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = try String(contentsOfFile: gdelt, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[5].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        fields[1] = "2015021"
        lines[5] = fields.joined(separator: "\t")
        try Data(lines.joined(separator: "\n").utf8).write(to: directory.appendingPathComponent("e.csv"))
        try Data("previous".utf8).write(to: directory.appendingPathComponent("g.yaml"))
        let failed = try StakegraphRunner.run(["import", "e.csv", "--from", "gdelt", "-o", "g.yaml"], in: directory)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("e.csv:6:11: error: event date '2015021': not a date of the form YYYYMMDD"), "\(failed.stderr)")
        #expect(try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8) == "previous")
        let skipped = try StakegraphRunner.run(["import", "e.csv", "--from", "gdelt", "-o", "g.yaml", "--skip-invalid"], in: directory)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("left out 1 row with errors"))
    }

    @Test func commandsReadAnEventFileGivenWithG() throws {
        let outcome = try StakegraphRunner.run(["centrality", "-g", icews, "--measure", "pagerank", "--top", "3", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(whereSeparator: \.isNewline).count == 4)
    }
}
