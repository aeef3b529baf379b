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

    /// Adds a row; its cells' control characters are escaped here, so the columns stay aligned.
    mutating func add(_ row: [String]) { rows.append(row.map(\.terminalSafe)) }

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

extension String {
    /// Without trailing spaces (a table's last column is not padded).
    fileprivate var trimmingTrailingSpaces: String {
        var slice = Substring(self)
        while slice.last == " " { slice.removeLast() }
        return String(slice)
    }
}
