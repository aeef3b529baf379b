import Testing
@testable import StakeGraph

@Suite struct PartialDateTests {
    @Test(arguments: ["2012", "2019-01", "2019-02-13", "2020-02-29", "2000-02-29"])
    func parsesAndPrintsValidDates(text: String) throws {
        #expect(try PartialDate(parsing: text).description == text)
    }

    @Test func rejectsImpossibleCalendarDates() {
        #expect(throws: PartialDate.ParseError.impossible("2019-02-30 is not a calendar date: February 2019 has 28 days")) {
            try PartialDate(parsing: "2019-02-30")
        }
        #expect(throws: PartialDate.ParseError.impossible("1900-02-29 is not a calendar date: February 1900 has 28 days")) {
            try PartialDate(parsing: "1900-02-29")
        }
        #expect(throws: PartialDate.ParseError.impossible("there is no month 13; months run from 01 to 12")) {
            try PartialDate(parsing: "2019-13")
        }
        #expect(throws: PartialDate.ParseError.impossible("2019-04-31 is not a calendar date: April 2019 has 30 days")) {
            try PartialDate(parsing: "2019-04-31")
        }
    }

    @Test(arguments: ["19", "2019-1", "2019/01/02", "2019-01-02T00:00", "", "abcd", "2019-01-", "0000"])
    func rejectsMalformedText(text: String) {
        #expect(throws: PartialDate.ParseError.self) { try PartialDate(parsing: text) }
    }

    @Test func coarseDatesSortBeforeTheirFirstDay() throws {
        let year = try PartialDate(parsing: "2019")
        let month = try PartialDate(parsing: "2019-01")
        let day = try PartialDate(parsing: "2019-01-01")
        let later = try PartialDate(parsing: "2019-01-02")
        #expect(year < month && month < day && day < later)
        #expect(year.latestDay == 2019_12_31)
        #expect(month.latestDay == 2019_01_31)
        #expect(try PartialDate(parsing: "2020-02").latestDay == 2020_02_29)
    }

    @Test func spansDescribeThemselves() throws {
        let start = try PartialDate(parsing: "2012")
        #expect(DateSpan.interval(start: start, end: nil).description == "2012–")
        #expect(DateSpan.on(start).sortDate == start)
        #expect(DateSpan.undated.description == "")
    }
}
