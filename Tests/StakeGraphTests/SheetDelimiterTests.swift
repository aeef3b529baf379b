import Testing
@testable import StakeGraph

@Suite struct SheetDelimiterTests {
    private func detect(_ text: String) -> SheetDelimiter { SheetDelimiter.detect(in: Array(text.utf8)) }

    @Test func takesTheDelimiterTheHeaderUsesMost() {
        #expect(detect("From,To,Type\na,b,c\n") == .comma)
        #expect(detect("From;To;Type\r\na;b;1,5\r\n") == .semicolon)
        #expect(detect("From\tTo\tType\n") == .tab)
        #expect(detect("\u{FEFF}From;To;Type\n") == .semicolon, "after a byte order mark")
        #expect(detect("\"From,Name\";To;Type\n") == .semicolon, "delimiters inside quotes do not count")
        #expect(detect("From;To,Type;Date\n") == .semicolon)
    }

    @Test func fallsBackToTheCommaOnTiesAndOneColumn() {
        #expect(detect("Label\nHuawei\n") == .comma)
        #expect(detect("From;To,Type\n") == .comma)
        #expect(detect("") == .comma)
    }

    @Test func splitsRowsAtTheDetectedDelimiterAndReadsCRLFInsideQuotes() {
        var rows = CSVRows(Array("\u{FEFF}From;To;Note\r\na;b;\"1,5 Mrd.; \"\"viel\"\"\r\nmehr\"\r\n".utf8), delimiter: nil)
        #expect(rows.next()?.fields == ["From", "To", "Note"])
        let row = rows.next()
        #expect(row?.fields == ["a", "b", "1,5 Mrd.; \"viel\"\nmehr"])
        #expect(row?.line == 2)
        #expect(rows.next() == nil)
    }

    @Test func keepsToAGivenDelimiter() {
        var rows = CSVRows(Array("From;To\ta\n".utf8), delimiter: .tab)
        #expect(rows.next()?.fields == ["From;To", "a"])
    }
}
