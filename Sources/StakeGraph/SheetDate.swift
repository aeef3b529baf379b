/// Reads a date the way spreadsheets write one: ISO (`2019-03-14`, `2019-03`, `2019`, also with a
/// time, `2019-03-14T00:00:00`), the US and European numeric forms (`3/14/2019`, `14.03.2019`,
/// `2019/03/14`, `03/2019`), a month by name (`Sep 2020`, `14 Sep 2020`, `September 14, 2020`,
/// `14-Sep-2020`) and Excel's date numbers (`43538`, the 1900 date system).
///
/// A day and a month that can be read either way (`3/4/2019`) need the sheet's `Order`; without
/// it they are refused rather than guessed, since a wrong guess moves a relation by months and no
/// later check would notice. `3/14/2019` and `14/3/2019` have only one reading and need none.
public enum SheetDate {
    /// Which comes first in a numeric date: the month (`3/14/2019`, US) or the day (`14.03.2019`).
    public enum Order: String, CaseIterable, Sendable {
        case mdy, dmy
    }

    /// The date `text` means.
    ///
    /// - Parameter order: which of day and month comes first in numeric dates; nil to accept only
    ///   those with one reading.
    /// - Throws: `PartialDate.ParseError` saying why, in words for a diagnostic.
    /// - Complexity: O(n) in the length of `text`.
    public static func read(_ text: String, order: Order?) throws(PartialDate.ParseError) -> PartialDate {
        let text = text.trimmingSpaces
        do { return try PartialDate(parsing: text) } catch {
            if case .impossible = error { throw error }
        }
        if let date = isoDay(withTime: text) { return try PartialDate(parsing: date) }
        if let serial = excelSerial(text) { return try excelDate(serial: serial) }
        if let date = try numeric(text, order: order) { return date }
        if let date = try named(text) { return date }
        throw .impossible("'\(text)' is not a date; write 2019-03-14, 2019-03 or 2019 (a spreadsheet's 3/14/2019, 14.03.2019, Sep 2020 and date numbers are read too)")
    }

    // MARK: Excel date numbers

    /// The date of an Excel serial number in the 1900 date system (Windows Excel's, and
    /// LibreOffice's in .xlsx files): 1 is 1900-01-01. Excel counts a 29 February 1900, which
    /// never was (Lotus 1-2-3's bug, kept for compatibility), so serials from 61 on are one day
    /// ahead of a plain count and 60 is no date at all. A fraction is the time of day, ignored.
    ///
    /// - Throws: `PartialDate.ParseError.impossible` for 60, serials below 1 and beyond 9999-12-31.
    public static func excelDate(serial: Double) throws(PartialDate.ParseError) -> PartialDate {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else {
            throw .impossible("\(serial) is not an Excel date number (1 is 1900-01-01, 2958465 is 9999-12-31)")
        }
        let day = Int(serial)
        if day == 60 { throw .impossible("Excel's date number 60 stands for 29 February 1900, a day that did not exist") }
        let daysAfter1900 = day < 60 ? day - 1 : day - 2
        let (year, month, dayOfMonth) = civilDate(daysAfter1970: daysAfter1900 - 25_567)
        return try PartialDate(year: year, month: month, day: dayOfMonth)
    }

    /// A number of five to seven digits, with an optional fraction: an Excel date (10000 is
    /// 1927-05-18). Four digits are a year, so shorter serials are not taken for dates.
    private static func excelSerial(_ text: String) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (5...7).contains(parts[0].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Double(text)
    }

    /// Year, month and day of a day count from 1970-01-01 (Howard Hinnant's `civil_from_days`).
    private static func civilDate(daysAfter1970 days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: ISO with a time

    /// The `YYYY-MM-DD` of `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]` (or a space for the `T`):
    /// what databases and Excel's ISO formats write. The time and zone are dropped; the date is
    /// the one written.
    private static func isoDay(withTime text: String) -> String? {
        let characters = Array(text)
        guard characters.count > 11, characters[10] == "T" || characters[10] == " " else { return nil }
        let time = characters[11...]
        let allowed = Set("0123456789:.+-Z")
        guard time.contains(":"), time.first?.isNumber == true, time.allSatisfy(allowed.contains) else { return nil }
        return String(characters[..<10])
    }

    // MARK: Numeric dates

    /// `a/b/yyyy`, `a.b.yyyy`, `a-b-yyyy`, `yyyy/m/d`, `m/yyyy`, `yyyy/m`: nil when `text` is not
    /// digits with one kind of separator.
    private static func numeric(_ text: String, order: Order?) throws(PartialDate.ParseError) -> PartialDate? {
        guard let separator = text.first(where: { "/.-".contains($0) }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        guard (2...3).contains(parts.count),
              parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.map { Int($0)! }
        if parts[0].count == 4 {
            guard parts.dropFirst().allSatisfy({ $0.count <= 2 }) else { return nil }
            return try PartialDate(year: numbers[0], month: numbers[1], day: numbers.count > 2 ? numbers[2] : nil)
        }
        guard parts.last!.count == 4 else {
            if parts.last!.count == 2 { throw .impossible("'\(text)' has a two-digit year; write the year in full (e.g. 2019)") }
            return nil
        }
        let year = numbers.last!
        if parts.count == 2 { return try PartialDate(year: year, month: numbers[0]) }
        let monthFirst = try? PartialDate(year: year, month: numbers[0], day: numbers[1])
        let dayFirst = try? PartialDate(year: year, month: numbers[1], day: numbers[0])
        switch order {
        case .mdy: return try PartialDate(year: year, month: numbers[0], day: numbers[1])
        case .dmy: return try PartialDate(year: year, month: numbers[1], day: numbers[0])
        case nil:
            switch (monthFirst, dayFirst) {
            case (let a?, let b?) where a != b:
                throw .impossible("'\(text)' is ambiguous: \(a) if the month comes first, \(b) if the day does; give the sheet's date order (mdy or dmy)")
            case (let date?, _), (nil, let date?): return date
            case (nil, nil):
                throw .impossible("'\(text)' is not a calendar date whichever of \(numbers[0]) and \(numbers[1]) is the month")
            }
        }
    }

    // MARK: Month names

    /// The month (1–12) an English month name or its abbreviation of three or more letters
    /// (`Sep`, `Sept`, `September`) means.
    private static func month(named word: String) -> Int? {
        let word = word.lowercased()
        guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"]
        return full.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 } ?? (word == "sept" ? 9 : nil)
    }

    /// `Sep 2020`, `14 Sep 2020`, `Sep 14, 2020`, `14-Sep-2020`, `14th September 2020`: one month
    /// name, a four-digit year, at most one day; nil when `text` names no month.
    private static func named(_ text: String) throws(PartialDate.ParseError) -> PartialDate? {
        let tokens = text.split { $0.isWhitespace || ",.-/".contains($0) }.map(String.init)
        let monthTokens = tokens.compactMap(month(named:))
        guard monthTokens.count == 1, tokens.count <= 3 else { return nil }
        var year: Int?, day: Int?
        for token in tokens where month(named: token) == nil {
            var digits = token.lowercased()
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if digits.count == 4, year == nil { year = Int(digits) } else if digits.count <= 2, day == nil { day = Int(digits) } else { return nil }
        }
        guard let year else {
            if day != nil, tokens.count == 2 { throw .impossible("'\(text)' has no four-digit year; write the year in full (e.g. Sep 2020)") }
            return nil
        }
        return try PartialDate(year: year, month: monthTokens[0], day: day)
    }
}
