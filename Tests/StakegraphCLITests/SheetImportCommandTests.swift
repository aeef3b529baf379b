import Foundation
import Testing

/// `import` of sheets as spreadsheet programs save them, through the built binary.
@Suite struct SheetImportCommandTests {
    let europeanSheet = StakegraphRunner.fixture("sheets/beziehungen-excel-de.csv")

    @Test func importsAEuropeanExcelSheetOnceTheDateOrderIsGiven() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let refused = try StakegraphRunner.run(["import", europeanSheet, "-o", "g.yaml"], in: directory)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("beziehungen-excel-de.csv:3:4: error: date: '03.04.2019' is ambiguous: 2019-03-04 if the month comes first, 2019-04-03 if the day does; give the sheet's date order (mdy or dmy)\n"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("g.yaml").path))

        let imported = try StakegraphRunner.run(["import", europeanSheet, "--date-order", "dmy", "-o", "g.yaml"], in: directory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.hasSuffix("stakegraph: imported 5 actors, 5 relations, 0 sources into g.yaml\n"), "\(imported.stderr)")
        let yaml = try String(contentsOf: directory.appendingPathComponent("g.yaml"), encoding: .utf8)
        #expect(yaml.contains("date: \"2019-04-03\""))
        #expect(try StakegraphRunner.run(["validate", "g.yaml"], in: directory).status == 0)
    }

    @Test func unknownRelationTypesAreRefusedUntilNewTypesAreAllowed() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("From;To;Type\na;b;threatnes\n".utf8).write(to: directory.appendingPathComponent("r.csv"))
        let refused = try StakegraphRunner.run(["import", "r.csv"], in: directory)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("r.csv:2:3: error: unknown relation type 'threatnes'; did you mean 'threatens'?\n"))
        #expect(refused.stderr.contains("(--new-types declares the sheet's own relation types)"), "\(refused.stderr)")
        let declared = try StakegraphRunner.run(["import", "r.csv", "--new-types"], in: directory)
        #expect(declared.status == 0, "\(declared.stderr)")
        #expect(declared.stdout.contains("  - id: threatnes\n"), "\(declared.stdout)")
    }

    @Test func badDelimitersAndDateOrdersAreUsageErrors() throws {
        let delimiter = try StakegraphRunner.run(["import", europeanSheet, "--delimiter", "semicolom"])
        #expect(delimiter.status == 64)
        #expect(delimiter.stderr.contains("did you mean 'semicolon'? (choose one of comma, semicolon, tab)"), "\(delimiter.stderr)")
        let order = try StakegraphRunner.run(["import", europeanSheet, "--date-order", "ymd"])
        #expect(order.status == 64)
        #expect(order.stderr.contains("choose one of mdy, dmy"), "\(order.stderr)")
    }

    @Test func helpExplainsSheetsAsSpreadsheetsSaveThem() throws {
        let help = try StakegraphRunner.run(["import", "--help"])
        for words in ["--delimiter", "--date-order", "--new-types", "14.03.2019", "Excel date numbers", "did you mean"] {
            #expect(help.stdout.contains(words), "\(words)")
        }
    }
}

/// `--tag` on the commands that select.
@Suite struct TagSelectionCommandTests {
    static let graph = """
    graph: {id: tagged}
    sources:
      - {id: s1, title: Paper}
    actors:
      - {id: eu, name: European Commission, kind: international-organization, tags: [eu]}
      - {id: huawei, name: Huawei, kind: firm}
      - {id: us, name: U.S. Government, kind: government}
    relations:
      - {from: eu, to: huawei, type: warns-against, date: 2020-09, evidence: [{source: s1, quote: q}]}
      - {from: us, to: huawei, type: bans, date: 2019-05, tags: [export-control], evidence: [{source: s1, quote: q}]}
    """

    @Test func tagSelectsRelationsAndRefusesATagNothingCarries() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.graph.utf8).write(to: directory.appendingPathComponent("g.yaml"))
        let eu = try StakegraphRunner.run(["relations", "-g", "g.yaml", "--tag", "eu", "--format", "csv"], in: directory)
        #expect(eu.status == 0, "\(eu.stderr)")
        #expect(eu.stdout.contains("warns-against") && !eu.stdout.contains("bans"), "\(eu.stdout)")
        let both = try StakegraphRunner.run(["export", "-g", "g.yaml", "--tag", "eu", "--tag", "export-control", "--format", "csv"], in: directory)
        #expect(both.stdout.contains("warns-against") && both.stdout.contains("bans"), "\(both.stdout)")
        let typo = try StakegraphRunner.run(["relations", "-g", "g.yaml", "--tag", "export-controls"], in: directory)
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("no actor or relation is tagged 'export-controls'; did you mean 'export-control'?"), "\(typo.stderr)")
    }
}
