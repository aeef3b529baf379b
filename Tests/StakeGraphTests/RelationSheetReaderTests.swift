import Foundation
import Testing
@testable import StakeGraph

@Suite struct RelationSheetReaderTests {
    func read(_ text: String) -> GraphReadResult {
        GraphReader.read(data: Data(text.utf8), path: "sheet.csv")
    }

    @Test func readsRelationsAndCreatesActorsInOrderOfAppearance() throws {
        let result = read("From,To,Type,Date\r\nus-gov,huawei,bans,2019-05\r\nhuawei,us-gov,denies,\r\nzte,huawei,competes-with,2018\r\n")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        #expect(result.graph.actors.map(\.id) == ["us-gov", "huawei", "zte"])
        #expect(result.graph.relations.map(\.type) == ["bans", "denies", "competes-with"])
        #expect(result.graph.relations[0].span == .on(try PartialDate(parsing: "2019-05")))
        #expect(result.graph.relations[1].span == .undated)
        #expect(result.graph.relations[2].location.line == 4)
        #expect(result.diagnostics.warnings.map(\.message) == ["3 relations have no evidence (the sheet has no quotes)"])
    }

    @Test func handlesQuotedFieldsWithCommasQuotesAndLineBreaks() {
        let result = read("to,from,note\n\"b\",\"a\",\"x, \"\"y\"\"\nz\"\nc,b,plain\n")
        #expect(result.graph.relations.map { "\($0.from)>\($0.to)" } == ["a>b", "b>c"])
        #expect(result.graph.relations[1].location.line == 4, "the quoted line break counts")
        #expect(result.graph.relations.allSatisfy { $0.type == "related-to" }, "no type column: related-to")
        #expect(result.diagnostics.items.contains { $0.message.hasPrefix("column 'note' is not used") })
    }

    @Test func reportsEveryUnusableRowWithItsLine() {
        let result = read("from,to,type,start\na,b,bans,2019\nc,,bans,\nD E,f,bans,\ng,h,bnas,\ni,j,bans,2019-13\n")
        #expect(result.graph.relations.count == 1)
        #expect(result.diagnostics.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
            "3:1: row has no 'to' value; every row needs both",
            "4:1: actor id 'D E' is not kebab-case; write 'd-e'",
            "5:3: unknown relation type 'bnas'; did you mean 'bans'?",
            "6:4: start: there is no month 13; months run from 01 to 12",
        ])
    }

    @Test func aRowsTimeIsReadAsEveryImporterAndGraphFileReadsIt() throws {
        // The row: date 2019-01 with start 2020 and end 2018 was silently accepted here
        // (the date dropped, an end before its start kept) and refused by import.
        let result = read("from,to,type,date,start,end\na,b,bans,2019-01,2020,2018\nc,d,bans,,2020,2018\n")
        #expect(result.graph.relations.isEmpty)
        #expect(result.diagnostics.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
            "2:5: give either a 'date' or a 'start'/'end' interval, not both",
            "3:6: end 2018 comes before start 2020",
        ])
        let imported = try Imports.run("from,to,type,date,start,end\na,b,bans,2019-01,2020,2018\nc,d,bans,,2020,2018\n", named: "r.csv")
        #expect(imported.diagnostics.errors.map(\.message) == result.diagnostics.errors.map(\.message), "import agrees")
    }

    @Test func aSheetNeedsFromAndToColumns() {
        #expect(read("").diagnostics.description == "sheet.csv:1:1: error: the sheet is empty; it needs a header row such as from,to,type")
        #expect(read("source,target\na,b\n").diagnostics.errors.map(\.message) == ["the header row must name the columns 'from' and 'to'"])
    }
}
