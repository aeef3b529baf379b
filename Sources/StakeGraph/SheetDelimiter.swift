/// What separates the cells of a sheet's row: a comma (RFC 4180), a semicolon (what Excel writes
/// where the comma is the decimal mark, as in most of Europe) or a tab (copied from a
/// spreadsheet, or saved as "Text (Tab delimited)").
public enum SheetDelimiter: String, CaseIterable, Sendable {
    case comma, semicolon, tab

    /// The byte that separates cells.
    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: UInt8(ascii: "\t")
        }
    }

    /// The delimiter of the header row (the first line, outside quotes, after a byte order mark):
    /// whichever of tab, semicolon and comma it holds most often; a comma when it holds none, so
    /// that a one-column sheet reads as before. A header names columns, and column names rarely
    /// hold any of the three, which makes the header the one row that tells reliably.
    ///
    /// - Complexity: O(n) in the length of the first line.
    static func detect(in bytes: [UInt8]) -> SheetDelimiter {
        var counts: [SheetDelimiter: Int] = [:]
        var quoted = false
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        for byte in bytes[start...] {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            for delimiter in allCases where delimiter.byte == byte { counts[delimiter, default: 0] += 1 }
        }
        // Ties go to the comma, then the semicolon: the order of `allCases`.
        var best = SheetDelimiter.comma
        for delimiter in allCases where counts[delimiter, default: 0] > counts[best, default: 0] { best = delimiter }
        return best
    }
}
