import Testing
@testable import StakeGraph

@Suite struct SheetDateTests {
    private func read(_ text: String, _ order: SheetDate.Order? = nil) throws -> String {
        try SheetDate.read(text, order: order).description
    }

    private func refusal(_ text: String, _ order: SheetDate.Order? = nil) -> String? {
        do { _ = try SheetDate.read(text, order: order); return nil } catch { return error.description }
    }

    @Test func readsISODatesAsTheGraphFileDoes() throws {
        #expect(try read("2019") == "2019")
        #expect(try read("2019-03") == "2019-03")
        #expect(try read(" 2019-03-14 ") == "2019-03-14")
        #expect(refusal("2019-13") == "there is no month 13; months run from 01 to 12", "an ISO date's own fault is kept")
    }

    @Test func dropsTheTimeOfISODateTimes() throws {
        #expect(try read("2019-03-14T00:00:00") == "2019-03-14")
        #expect(try read("2019-03-14 23:59") == "2019-03-14")
        #expect(try read("2019-03-14T23:30:00.000+02:00") == "2019-03-14", "the date as written, not moved to UTC")
        #expect(try read("2019-03-14T10:00:00Z") == "2019-03-14")
        #expect(refusal("2019-02-30T00:00:00") == "2019-02-30 is not a calendar date: February 2019 has 28 days")
    }

    @Test func readsNumericDatesWithOneReadingWithoutAnOrder() throws {
        #expect(try read("3/14/2019") == "2019-03-14", "14 cannot be a month: US order")
        #expect(try read("14.03.2019") == "2019-03-14", "14 cannot be a month: European order")
        #expect(try read("14/3/2019") == "2019-03-14")
        #expect(try read("3/3/2019") == "2019-03-03", "both readings agree")
        #expect(try read("2019/03/14") == "2019-03-14", "year first is always year, month, day")
        #expect(try read("03/2019") == "2019-03")
        #expect(try read("14-03-2019") == "2019-03-14")
    }

    @Test func refusesDatesThatReadBothWaysUnlessTheOrderIsGiven() throws {
        #expect(refusal("3/4/2019") == "'3/4/2019' is ambiguous: 2019-03-04 if the month comes first, 2019-04-03 if the day does; give the sheet's date order (mdy or dmy)")
        #expect(try read("3/4/2019", .mdy) == "2019-03-04")
        #expect(try read("3/4/2019", .dmy) == "2019-04-03")
        #expect(try read("04.03.2019", .dmy) == "2019-03-04")
        #expect(refusal("3/14/2019", .dmy) == "there is no month 14; months run from 01 to 12", "a given order is kept to")
        #expect(refusal("13/13/2019") == "'13/13/2019' is not a calendar date whichever of 13 and 13 is the month")
        #expect(refusal("3/4/19") == "'3/4/19' has a two-digit year; write the year in full (e.g. 2019)")
    }

    @Test func readsMonthNames() throws {
        #expect(try read("Sep 2020") == "2020-09")
        #expect(try read("Sept. 2020") == "2020-09")
        #expect(try read("September 2020") == "2020-09")
        #expect(try read("14 Sep 2020") == "2020-09-14")
        #expect(try read("September 14, 2020") == "2020-09-14")
        #expect(try read("14-Sep-2020") == "2020-09-14", "Excel's d-mmm-yyyy")
        #expect(try read("14th September 2020") == "2020-09-14")
        #expect(try read("may 2019") == "2019-05")
        #expect(refusal("Sep-20") == "'Sep-20' has no four-digit year; write the year in full (e.g. Sep 2020)")
        #expect(refusal("31 Sep 2020") == "2020-09-31 is not a calendar date: September 2020 has 30 days")
    }

    @Test func readsExcelDateNumbersInThe1900System() throws {
        #expect(try read("43538") == "2019-03-14")
        #expect(try read("43538.75") == "2019-03-14", "the fraction is the time of day")
        #expect(try read("10000") == "1927-05-18")
        #expect(try read("2958465") == "9999-12-31")
        #expect(try read("2019") == "2019", "four digits are a year, not serial 2019")
    }

    @Test func countsExcelsNonexistent29February1900() throws {
        #expect(try SheetDate.excelDate(serial: 1).description == "1900-01-01")
        #expect(try SheetDate.excelDate(serial: 59).description == "1900-02-28")
        #expect(throws: PartialDate.ParseError.impossible("Excel's date number 60 stands for 29 February 1900, a day that did not exist")) {
            try SheetDate.excelDate(serial: 60)
        }
        #expect(try SheetDate.excelDate(serial: 61).description == "1900-03-01")
        #expect(try SheetDate.excelDate(serial: 25_569).description == "1970-01-01")
        #expect(try SheetDate.excelDate(serial: 36_526).description == "2000-01-01")
        #expect(throws: PartialDate.ParseError.self) { try SheetDate.excelDate(serial: 0) }
        #expect(throws: PartialDate.ParseError.self) { try SheetDate.excelDate(serial: 2_958_466) }
        #expect(throws: PartialDate.ParseError.self) { try SheetDate.excelDate(serial: .nan) }
    }

    @Test func saysWhatItReadsWhenTextIsNoDate() {
        #expect(refusal("soon") == "'soon' is not a date; write 2019-03-14, 2019-03 or 2019 (a spreadsheet's 3/14/2019, 14.03.2019, Sep 2020 and date numbers are read too)")
        #expect(refusal("1/2/3/2019") != nil)
        #expect(refusal("Sep Oct 2020") != nil)
        #expect(refusal("") != nil)
    }
}
