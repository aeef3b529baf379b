/// Comma-separated values (RFC 4180) as every CSV output writes them: the `export` sheets and the
/// `--format csv` of the query commands.
///
/// Fields with commas, quotes, line breaks or white space at an edge are quoted (a reader trims
/// edge space outside quotes only), quotes inside doubled, and
/// lines end in CRLF, as the RFC and Excel expect. A field a spreadsheet could run as a formula
/// (one starting with `=`, `+`, `-`, `@`, a tab, CR or LF, or their full-width forms `＝ ＋ － ＠`:
/// OWASP's list for CSV injection) is prefixed with `'`, so it shows as text — except numbers,
/// which cannot be formulas. `unguarded(_:)` undoes exactly that on import.
public struct CSVText: Sendable {
    private var lines: [String]

    /// A sheet with `header` as its first row.
    public init(_ header: [String]) { lines = [Self.line(header)] }

    /// Adds one row.
    public mutating func add(_ row: [String]) { lines.append(Self.line(row)) }

    /// The sheet: every line ended with CRLF.
    public var rendered: String { lines.joined(separator: "\r\n") + "\r\n" }

    /// `rows` (the first is the header) as one sheet.
    /// - Complexity: O(n) in the total length of the fields.
    public static func sheet(_ rows: [[String]]) -> String {
        rows.map(line).joined(separator: "\r\n") + "\r\n"
    }

    /// One row as written, without its line end.
    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }

    /// One field as written: guarded against formulas, then quoted if needed.
    public static func field(_ text: String) -> String {
        let value = needsFormulaGuard(text) ? "'" + text : text
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
    }

    /// The first characters with which a spreadsheet starts a formula (or, for tab, CR and LF,
    /// ends a cell early on some paste and import paths): OWASP's list, with the full-width forms.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"]

    /// Whether a spreadsheet could take `text` for a formula (or `text` is such a value already
    /// guarded, so that removing one `'` on import always gives back the original).
    public static func needsFormulaGuard(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if formulaStarts.contains(first) { return Double(text) == nil }
        return first == "'" && needsFormulaGuard(String(text.unicodeScalars.dropFirst()))
    }

    /// A value as written, without the guard `field` added.
    public static func unguarded(_ text: String) -> String {
        let rest = String(text.unicodeScalars.dropFirst())
        return text.unicodeScalars.first == "'" && needsFormulaGuard(rest) ? rest : text
    }
}
