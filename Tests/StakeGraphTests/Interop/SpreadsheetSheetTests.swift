import Foundation
import Testing
@testable import StakeGraph

/// Sheets as spreadsheet programs save them: semicolons, byte order marks, CRLF, dates in every
/// form, typos in relation types.
@Suite struct SpreadsheetSheetTests {
    private func fixture(_ name: String) -> String {
        Fixtures.directory.appendingPathComponent("sheets/\(name)").path
    }

    private func importing(_ name: String, _ options: ImportOptions = ImportOptions()) throws -> Imports.Outcome {
        let (graph, diagnostics) = try GraphImport.read(contentsOf: fixture(name), options: options)
        return Imports.Outcome(graph: graph, diagnostics: diagnostics)
    }

    @Test func readsAEuropeanExcelSheetWithBOMSemicolonsAndCRLF() throws {
        let refused = try importing("beziehungen-excel-de.csv")
        #expect(refused.errors == ["beziehungen-excel-de.csv:3:4: date: '03.04.2019' is ambiguous: 2019-03-04 if the month comes first, 2019-04-03 if the day does; give the sheet's date order (mdy or dmy)"])
        let imported = try importing("beziehungen-excel-de.csv", ImportOptions(dateOrder: .dmy))
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        let graph = imported.graph
        #expect(graph.actors.map(\.name) == ["US-Regierung", "Huawei", "Bundesregierung", "Deutsche Telekom", "Europäische Kommission"],
                "the byte order mark is not part of the first column's name, so 'From' is found")
        #expect(graph.relations.map(\.type) == ["bans", "criticizes", "investigates", "contracts-with", "warns-against"])
        #expect(graph.relations.map(\.span.description) == ["2019-05-16", "2019-04-03", "2020-10-14", "2019-03-14", "2020-09"])
        #expect(graph.relations[0].note == "Entity List, 1,5 Mrd. € Umsatz betroffen", "commas are text in a semicolon sheet")
        #expect(graph.relations[1].note == "Erklärung; \"unfair\"\nzweite Zeile", "a CRLF inside quotes is one line break")
        #expect(graph.relations[2].location.line == 5, "the quoted line break counts as a line")
    }

    @Test func readsDatesInEveryFormASpreadsheetWrites() throws {
        let refused = try importing("dates-every-form.csv")
        #expect(refused.errors == ["dates-every-form.csv:9:4: date: '3/4/2020' is ambiguous: 2020-03-04 if the month comes first, 2020-04-03 if the day does; give the sheet's date order (mdy or dmy)"])
        let imported = try importing("dates-every-form.csv", ImportOptions(dateOrder: .mdy))
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        #expect(imported.graph.relations.map(\.span.description) == [
            "2019-05-16", "2018-04-15–2018-07-13", "2019-03-14", "2019-03-14", "2020-09", "2020-09-14", "2020", "2020-03-04",
        ])
    }

    @Test func keepsARowWhoseOnlyFaultIsItsDateUndatedWhenAsked() throws {
        let options = ImportOptions(keepsRowsWithUnreadableDates: true)
        let imported = try Imports.run("From,To,Type,Date\na,b,bans,3/4/2019\na,c,bans,soon\nb,,bans,2019\n", named: "r.csv", options: options)
        #expect(imported.graph.relations.map(\.to) == ["b", "c"])
        #expect(imported.graph.relations.map(\.span) == [.undated, .undated])
        #expect(imported.errors == ["r.csv:4:2: row has no 'to' value; every relation needs both ends"], "other faults still leave the row out")
        #expect(imported.warnings.contains { $0.hasPrefix("r.csv:2:4: date: '3/4/2019' is ambiguous") && $0.hasSuffix("; the row is kept undated") })
        #expect(imported.warnings.contains { $0.hasPrefix("r.csv:3:4: date: 'soon' is not a date") })
    }

    @Test func refusesUnknownRelationTypesWithTheNearestKnownOne() throws {
        let sheet = "From,To,Type\na,b,threatnes\na,b,negotiates\na,b,contract\na,b,lobbies for\na,b,Threatens\n"
        let refused = try Imports.run(sheet, named: "r.csv", options: ImportOptions())
        #expect(refused.errors.prefix(3) == [
            "r.csv:2:3: unknown relation type 'threatnes'; did you mean 'threatens'?",
            "r.csv:3:3: unknown relation type 'negotiates'; did you mean 'negotiates-with'?",
            "r.csv:4:3: unknown relation type 'contract'; did you mean 'contracts-with'?",
        ])
        #expect(refused.errors.count == 4)
        #expect(refused.errors[3].hasPrefix("r.csv:5:3: unknown relation type 'lobbies for'; the vocabulary has bans, sanctions,"))
        #expect(refused.diagnostics.items.filter(GraphImport.isUnknownRelationType).count == 4)
        #expect(refused.graph.relations.map(\.type) == ["threatens"])
        #expect(refused.graph.customRelationTypes.isEmpty, "nothing is invented")
    }

    @Test func declaresNewTypesWhenAskedAndStillNamesTheNearOne() throws {
        let imported = try Imports.run("From,To,Type\na,b,threatnes\na,b,lobbies for\n", named: "r.csv",
                                       options: ImportOptions(declaresNewTypes: true))
        #expect(imported.errors.isEmpty)
        #expect(imported.graph.customRelationTypes.map(\.id) == ["threatnes", "lobbies-for"])
        #expect(imported.warnings.contains("r.csv:2:3: 'threatnes' is not in the vocabulary (did you mean 'threatens'?): declared relation type 'threatnes' (neutral, structural); edit its polarity and mode under relation-types if needed"))
    }

    @Test func readsTabAndSemicolonSheetsOrTheDelimiterGiven() throws {
        let tabbed = try Imports.run("From\tTo\tType\nU.S. Government\tHuawei, Inc.\tbans\n", named: "r.csv")
        #expect(tabbed.errors.isEmpty && tabbed.graph.actors.map(\.name) == ["U.S. Government", "Huawei, Inc."])
        let forced = try Imports.run("From;To\na;b\n", named: "r.csv", options: ImportOptions(delimiter: .comma))
        #expect(forced.errors == ["r.csv:1:1: the relations sheet needs a column named 'from'"])
        let semicolons = try Imports.run("from;to;type\na;b;bans\n", named: "r.csv")
        #expect(semicolons.errors.isEmpty && semicolons.graph.relations.count == 1)
    }

    @Test func readsSourceDatesAsSpreadsheetsWriteThem() throws {
        let imported = try Imports.run("From;To;Source;Quote\na;b;Reuters;It said so.\n", named: "r.csv",
                                       sources: "Title;Date\r\nReuters;16.05.2019\r\n")
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        #expect(imported.graph.sources.first?.date?.description == "2019-05-16")
    }

    @Test func relationsSheetsReadAsGraphsDetectTheDelimiterAndDates() {
        let (graph, diagnostics) = RelationSheetReader.read(Array("\u{FEFF}from;to;type;date\r\na;b;bans;16.05.2019\r\n".utf8), path: "r.csv")
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        #expect(graph.relations.map(\.span.description) == ["2019-05-16"])
    }
}

/// Kumu's own columns: `Label`, `Type` (kind), `Description`, `Tags` on elements; `Direction`,
/// `Description`, `Tags` on connections.
@Suite struct KumuSheetTests {
    @Test func readsKumusElementsAndConnectionsColumns() throws {
        let directory = Fixtures.directory.appendingPathComponent("sheets")
        let options = ImportOptions(actorsSheet: directory.appendingPathComponent("kumu-elements.csv").path)
        let (graph, diagnostics) = try GraphImport.read(contentsOf: directory.appendingPathComponent("kumu-connections.csv").path, options: options)
        let imported = Imports.Outcome(graph: graph, diagnostics: diagnostics)
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        #expect(graph.actors.map(\.kind) == [.internationalOrganization, .firm, .firm, .firm])
        #expect(graph.actors[0].tags == ["eu", "regulator"] && graph.actors[1].tags == ["telecom", "china"])
        #expect(graph.actors[1].description == "Shenzhen-based maker of telecoms equipment, founded 1987")
        #expect(imported.warnings.contains { $0.hasPrefix("kumu-elements.csv:1:5: column 'Image' is not imported") })
        #expect(graph.relations.map { "\($0.from) \($0.type) \($0.to)" } == [
            "european-commission warns-against huawei",
            "huawei competes-with ericsson",
            "deutsche-telekom cooperates-with ericsson",
            "huawei supplies deutsche-telekom",
            "deutsche-telekom supplies huawei",
            "ericsson criticizes huawei",
        ], "directed keeps the type's direction; mutual gives a directed type both ways and an undirected one once")
        #expect(graph.relations[0].note == "5G toolbox" && graph.relations[0].tags == ["5g-toolbox"])
        #expect(graph.customRelationTypes.isEmpty)
    }

    @Test func undirectedConnectionsOfDirectedTypesGetTheUndirectedTwin() throws {
        let imported = try Imports.run("From,To,Type,Direction\na,b,supports,undirected\na,b,supports,sideways\n", named: "r.csv",
                                       options: ImportOptions())
        #expect(imported.graph.relations.map(\.type) == ["supports-undirected"])
        #expect(imported.graph.customRelationTypes.first?.directed == false)
        #expect(imported.errors == ["r.csv:3:4: direction 'sideways' is not directed, undirected or mutual"])
    }
}
