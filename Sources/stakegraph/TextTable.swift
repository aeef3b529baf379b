import Foundation

/// A plain-text table with a header row and columns padded to their widest cell.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns to right-align (numbers).
    var numericColumns: Set<Int> = []

    init(_ headers: [String], numericColumns: Set<Int> = []) {
        self.headers = headers
        self.numericColumns = numericColumns
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    var rendered: String {
        let widths = headers.indices.map { column in
            ([headers] + rows).map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
                return numericColumns.contains(column) ? padding + cell : cell + padding
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces
        }
        return ([line(headers), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line))
            .joined(separator: "\n")
    }
}

/// Comma-separated values (RFC 4180): fields with commas, quotes or line breaks are quoted, and
/// quotes inside doubled.
struct CSVText {
    private var lines: [String]

    init(_ header: [String]) { lines = [Self.line(header)] }

    mutating func add(_ row: [String]) { lines.append(Self.line(row)) }

    var rendered: String { lines.joined(separator: "\r\n") + "\r\n" }

    private static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}

extension String {
    /// Without trailing spaces (a table's last column is not padded).
    fileprivate var trimmingTrailingSpaces: String {
        var slice = Substring(self)
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
