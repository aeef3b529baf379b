import Foundation
import Testing

@Suite struct InteropCommandTests {
    let mini = StakegraphRunner.fixture("mini.yaml")
    let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    func scratch(_ files: [String: String]) throws -> URL {
        let directory = try StakegraphRunner.temporaryDirectory()
        for (name, content) in files {
            try Data(content.utf8).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    @Test func importWritesYAMLThatValidates() throws {
        let directory = try scratch(["r.csv": "From,To,Type,Source,Quote\nUS,Huawei,bans,Paper,\"It was banned, they said.\"\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["import", "r.csv", "-o", "g.yaml"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.hasSuffix("stakegraph: imported 2 actors, 1 relation, 1 source into g.yaml\n"), "\(outcome.stderr)")
        let validate = try StakegraphRunner.run(["validate", "g.yaml"], in: directory)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
        let yaml = try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("# Imported by stakegraph from r.csv."))
        #expect(yaml.contains("        quote: It was banned, they said.\n"))
    }

    @Test func importWithBadRowsWritesNothingUnlessAskedTo() throws {
        let directory = try scratch(["r.csv": "From,To,Date\na,b,2019\nc,,\na,c,2019-13\n", "g.yaml": "previous"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let failed = try StakegraphRunner.run(["import", "r.csv", "-o", "g.yaml"], in: directory)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("r.csv:3:2: error: row has no 'to' value; every relation needs both ends\n"))
        #expect(failed.stderr.contains("r.csv:4:3: error: date: there is no month 13; months run from 01 to 12\n"))
        #expect(failed.stderr.contains("stakegraph: error: r.csv: 2 problems above; nothing was written."))
        #expect(try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8) == "previous")

        let skipped = try StakegraphRunner.run(["import", "r.csv", "-o", "g.yaml", "--skip-invalid"], in: directory)
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("r.csv:4:3: warning: date: there is no month 13; months run from 01 to 12; the row is kept undated\n"))
        #expect(skipped.stderr.contains("imported 3 actors, 2 relations, 0 sources; left out 1 row with errors into g.yaml"),
                "the row whose only fault is its date is kept")
    }

    @Test func importFailuresHaveTheirExitCodes() throws {
        let directory = try scratch(["notes.txt": "hello", "x.gv": "digraph { a -> }"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try StakegraphRunner.run(["import", "missing.csv"], in: directory).status == 66)
        let unknown = try StakegraphRunner.run(["import", "notes.txt"], in: directory)
        #expect(unknown.status == 64 && unknown.stderr.contains("the extension '.txt' names no format stakegraph knows"))
        let broken = try StakegraphRunner.run(["import", "x.gv"], in: directory)
        #expect(broken.status == 65 && broken.stderr.contains("x.gv:1:1: error: Graphviz could not read the DOT text"), "\(broken.stderr)")
        let wrongSheet = try StakegraphRunner.run(["import", "x.gv", "--actors", "a.csv"], in: directory)
        #expect(wrongSheet.status == 64)
        let badKind = try StakegraphRunner.run(["import", "x.gv", "--kind", "goverment"], in: directory)
        #expect(badKind.status == 64)
    }

    /// Issue 16: text that merely starts with the word "graph" was taken for DOT, and the
    /// message blamed Graphviz instead of the extension.
    @Test func anUnknownExtensionIsSaidAndNamesFrom() throws {
        let directory = try scratch(["g.txt": "graph notes: Huawei and the US\nA -> B\n",
                                     "edges.txt": "// exported\ndigraph \"net\"\n{ a -> b [type=sues] }\n",
                                     "broken.txt": "digraph { a -> \n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let notes = try StakegraphRunner.run(["import", "g.txt"], in: directory)
        #expect(notes.status == 64)
        #expect(notes.stderr == "stakegraph: error: g.txt: the extension '.txt' names no format stakegraph knows; name a .csv, .tsv, .xlsx, .gv/.dot, .graphml, .gexf, .gml, .net, .dl, .json or .yaml file, or give --from with one of csv, xlsx, dot, graphml, json, yaml, gexf, gml, pajek, dl, kumu, gdelt, icews\n")
        let dot = try StakegraphRunner.run(["import", "edges.txt", "-o", "edges.yaml"], in: directory)
        #expect(dot.status == 0, "\(dot.stderr)")
        #expect(dot.stderr.contains("edges.txt:1:1: warning: the extension '.txt' names no format stakegraph knows; read as DOT, which the text starts like\n"))
        let broken = try StakegraphRunner.run(["import", "broken.txt"], in: directory)
        #expect(broken.status == 64)
        #expect(broken.stderr.contains("it starts like DOT, but Graphviz cannot read it as DOT; name a .csv") && broken.stderr.contains("--from"))
        let asSheet = try StakegraphRunner.run(["import", "g.txt", "--from", "csv"], in: directory)
        #expect(asSheet.status == 65 && !asSheet.stderr.contains("Graphviz"), "\(asSheet.stderr)")
    }

    /// Issue 16: a file that cannot be read at all was "fixed" by --skip-invalid into an empty
    /// graph and exit 0, and the failure message offered --skip-invalid.
    @Test func aFileThatCannotBeReadIsNeverWritten() throws {
        let directory = try scratch(["latin1.csv": "From,To,Type\nA\u{E9},B,bans\n", "x.gv": "digraph { a -> }", "g.yaml": "previous"])
        defer { try? FileManager.default.removeItem(at: directory) }
        // Write the sheet in Latin-1: é as the single byte 0xE9.
        try Data([UInt8]("From,To,Type\nA".utf8) + [0xE9] + [UInt8](",B,bans\n".utf8))
            .write(to: directory.appendingPathComponent("latin1.csv"))
        for arguments in [["import", "latin1.csv", "-o", "g.yaml", "--skip-invalid"], ["import", "latin1.csv", "-o", "g.yaml"],
                          ["import", "x.gv", "-o", "g.yaml", "--skip-invalid"], ["import", "x.gv", "-o", "g.yaml"]] {
            let outcome = try StakegraphRunner.run(arguments, in: directory)
            #expect(outcome.status == 65, "\(arguments)")
            #expect(outcome.stderr.contains("\(arguments[1]): nothing could be imported (1 problem above); nothing was written. Fix it and import again\n"), "\(outcome.stderr)")
            #expect(!outcome.stderr.contains("--skip-invalid"), "\(arguments)")
            #expect(try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8) == "previous")
        }
    }

    @Test func exportInfersTheFormatFromTheFileName() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["g.graphml", "g.gexf", "g.json", "g.yaml", "g.csv", "g.gv", "g.cypher"] {
            let outcome = try StakegraphRunner.run(["export", "-g", mini, "-o", name], in: directory)
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path))
        }
        let none = try StakegraphRunner.run(["export", "-g", mini])
        #expect(none.status == 64 && none.stderr.contains("choose a format with --format"))
        let unknown = try StakegraphRunner.run(["export", "-g", mini, "-o", "g.xlsx"])
        #expect(unknown.status == 64 && unknown.stderr.contains("cannot tell the format from 'g.xlsx'; add --format"))
        let sheets = try StakegraphRunner.run(["export", "-g", mini, "--format", "graphml", "--actors-out", "a.csv"])
        #expect(sheets.status == 64 && sheets.stderr.contains("--actors-out and --sources-out go with --format csv"))
        let misspelt = try StakegraphRunner.run(["export", "-g", mini, "--format", "grapml"])
        #expect(misspelt.status == 64 && misspelt.stderr.contains("graphml"), "\(misspelt.stderr)")
    }

    @Test func exportAppliesTheSelection() throws {
        let all = try StakegraphRunner.run(["export", "-g", seed, "--format", "json"])
        let early = try StakegraphRunner.run(["export", "-g", seed, "--format", "json", "--as-of", "2018-12-31"])
        #expect(all.status == 0 && early.status == 0)
        func relations(_ text: String) throws -> [[String: Any]] {
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            return object?["relations"] as? [[String: Any]] ?? []
        }
        let kept = try relations(early.stdout)
        #expect(kept.count < (try relations(all.stdout)).count)
        #expect(!kept.contains { ($0["date"] as? String ?? $0["start"] as? String ?? "").hasPrefix("2019") })
        #expect(early.stderr.contains("undated relation"), "the undated ones kept are mentioned")
    }

    @Test func aFailedExportLeavesWhatWasThere() throws {
        // The target is a directory: the rename fails after the temporary file is written.
        let directory = try scratch([:])
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("g.graphml")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("kept".utf8).write(to: target.appendingPathComponent("inside"))
        let outcome = try StakegraphRunner.run(["export", "-g", mini, "-o", target.path])
        #expect(outcome.status == 70, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("cannot write \(target.path)"))
        #expect(try String(contentsOf: target.appendingPathComponent("inside"), encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["g.graphml"], "no temporary file stays behind")
    }

    @Test func helpNamesEveryFormat() throws {
        let export = try StakegraphRunner.run(["export", "--help"])
        for format in ["json", "yaml", "graphml", "gexf", "node-link", "cytoscape", "csv", "dot", "cypher"] {
            #expect(export.stdout.contains(format), "\(format)")
        }
        let importHelp = try StakegraphRunner.run(["import", "--help"])
        for word in [".csv", ".gv", ".graphml", ".json", "--skip-invalid", "--actors", "--sources"] {
            #expect(importHelp.stdout.contains(word), "\(word)")
        }
    }
}
