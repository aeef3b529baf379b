import Foundation
import Testing
@testable import StakeGraph

/// `.xlsx` workbooks: one written by LibreOffice Calc (`Tests/Fixtures/sheets/regenerate.sh`), a
/// Kumu-style export with Elements and Connections sheets and inline strings, a zip bomb.
@Suite struct XLSXWorkbookTests {
    private func fixture(_ name: String) -> String { Fixtures.directory.appendingPathComponent("sheets/\(name)").path }

    @Test func readsAWorkbookWrittenByLibreOffice() throws {
        let workbook = try XLSXWorkbook(data: try Data(contentsOf: URL(fileURLWithPath: fixture("relations-libreoffice.xlsx"))))
        #expect(workbook.sheets.map(\.name) == ["relations-libreoffice"])
        let rows = workbook.sheets[0].rows
        #expect(rows[0] == ["From", "To", "Type", "Date", "Note"], "shared strings")
        #expect(rows[1] == ["U.S. Government", "Huawei", "bans", "43601", "Entity List, \"blacklist\""], "a date is its Excel number")
        #expect(rows[4] == ["Ericsson", "Huawei", "competes with", "", "42"], "an empty cell is kept as empty, a number as its digits")

        let (graph, diagnostics) = try GraphImport.read(contentsOf: fixture("relations-libreoffice.xlsx"))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.relations.map(\.span.description) == ["2019-05-16", "2019-05-21", "2019-03", ""])
        #expect(graph.relations[1].note == "Ärger über 1.5 Mrd")
        #expect(graph.relations[1].location.file.hasSuffix("relations-libreoffice.xlsx [relations-libreoffice]"))
        #expect(graph.relations[1].location.line == 3, "the line is the spreadsheet's row")
    }

    @Test func readsKumusElementsAndConnectionsSheets() throws {
        let (graph, diagnostics) = try GraphImport.read(contentsOf: fixture("kumu-export.xlsx"))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.actors.map(\.id) == ["huawei", "european-commission"])
        #expect(graph.actors.map(\.kind) == [.firm, .internationalOrganization])
        #expect(graph.actors[0].tags == ["telecom", "china"])
        #expect(graph.relations.map(\.type) == ["warns-against", "criticizes"])
        #expect(graph.relations[0].span.description == "2020-09-01", "Excel number 44075")
    }

    @Test func refusesZipBombsAndFilesThatAreNoWorkbook() throws {
        let (_, bomb) = try GraphImport.read(contentsOf: fixture("zip-bomb.xlsx"))
        #expect(bomb.errors.map(\.message) == ["the file unpacks to more than 64 MiB in xl/sharedStrings.xml (or 256 MiB in all); is it a zip bomb?"])
        let (_, text) = GraphImport.read(data: Data("From,To\na,b\n".utf8), format: .xlsx, path: "r.xlsx")
        #expect(text.errors.map(\.message) == ["the file is not an .xlsx workbook (not a zip archive)"])
    }
}
