import Foundation
import Testing

/// `import` and `export` of GEXF, GML, Pajek, UCINET DL and Kumu JSON from the command line.
@Suite struct ForeignFormatCommandTests {
    func scratch(_ files: [String: String]) throws -> URL {
        let directory = try StakegraphRunner.temporaryDirectory()
        for (name, content) in files { try Data(content.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func aPajekTieToNoVertexWritesNothingUnlessSkipped() throws {
        let directory = try scratch(["t.net": "*Vertices 2\n1 \"A\"\n2 \"B\"\n*Edges\n1 2 -1\n1 9 1\n", "g.yaml": "previous"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let failed = try StakegraphRunner.run(["import", "t.net", "-o", "g.yaml"], in: directory)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("t.net:6:1: error: edge connects '1' and '9', but no node has the id '9'\n"), "\(failed.stderr)")
        #expect(try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8) == "previous")
        let skipped = try StakegraphRunner.run(["import", "t.net", "-o", "g.yaml", "--skip-invalid", "--negative-type", "criticizes"], in: directory)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        let yaml = try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8)
        #expect(yaml.contains("type: criticizes-undirected"))
        let coalitions = try StakegraphRunner.run(["coalitions", "-g", "g.yaml", "--format", "json"], in: directory)
        #expect(coalitions.status == 0 && coalitions.stdout.contains("\"frustration\" : 0"), "\(coalitions.stdout)\(coalitions.stderr)")
    }

    @Test func aKumuJSONFileWithABadConnectionOffersSkipInvalid() throws {
        let directory = try scratch(["k.json": "{\"elements\": [{\"label\": \"A\"}],\n \"connections\": [{\"from\": \"A\"}]}"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let failed = try StakegraphRunner.run(["import", "k.json", "-o", "g.yaml"], in: directory)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("k.json:2:18: error: a connection needs 'from' and 'to'"), "\(failed.stderr)")
        #expect(failed.stderr.contains("or pass --skip-invalid to import the rest"), "\(failed.stderr)")
    }

    @Test func exportsImportBackFromTheirExtensions() throws {
        let mini = StakegraphRunner.fixture("mini.yaml")
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (file, extra) in [("m.gml", [String]()), ("m.net", []), ("m.dl", []), ("m.gexf", []), ("k.json", ["--format", "kumu"])] {
            let export = try StakegraphRunner.run(["export", "-g", mini, "-o", file] + extra, in: directory)
            #expect(export.status == 0, "\(file): \(export.stderr)")
            let back = try StakegraphRunner.run(["import", file, "-o", file + ".yaml"], in: directory)
            #expect(back.status == 0, "\(file): \(back.stderr)")
            #expect(back.stderr.contains("imported 5 actors, 5 relations"), "\(file): \(back.stderr)")
        }
    }
}
