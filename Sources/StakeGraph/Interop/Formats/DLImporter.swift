import Foundation

/// Imports UCINET DL files (what UCINET and the Discourse Network Analyzer write): the header
/// `dl n=… format=…`, then `labels:` (or `labels embedded`) and `data:`, in the fullmatrix (the
/// default), edgelist1 and nodelist1 formats. A non-zero cell or listed tie is a relation; a
/// negative value is a hostile tie and a positive one cooperative in files that have negative
/// values (`SignedTypes`), else `related-to` with the value as its `weight`. A full matrix that
/// is symmetric gives undirected ties, one per pair (a warning says so); every other file directed
/// ones. Two-mode (`nr`, `nc`) and multi-matrix (`nm` > 1) files are refused.
enum DLImporter {
    /// Reads `data` (named `path` in diagnostics); `defaultKind` for the actors, `signs` for the
    /// ties' signed values.
    ///
    /// - Complexity: O(n) in the length of the text; a full matrix of n nodes is O(n²) cells.
    static func read(_ data: Data, path: String, defaultKind: ActorKind, signs: SignedTypes) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let bytes = [UInt8](data)
        if let invalid = TextEncoding.firstInvalidUTF8(in: bytes) {
            return builder.refusal(line: invalid.line, column: invalid.column, "the file is not valid UTF-8 text; save it as UTF-8")
        }
        // Words of the whole file with their lines: DL's header and labels run across lines freely.
        var words: [(text: String, line: Int, column: Int, quoted: Bool)] = []
        for (offset, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for token in LineTokens.split(line.hasSuffix("\r") ? line.dropLast() : line, commas: true) {
                words.append((token.text, offset + 1, token.column, token.quoted))
            }
        }
        guard let first = words.first, first.text.lowercased() == "dl" else {
            return builder.refusal(line: words.first?.line ?? 1, column: words.first?.column ?? 1, "the file does not begin with 'dl'; is it UCINET DL?")
        }
        var header: [String: (String, Int, Int)] = [:]
        var index = 1
        var labels: [String] = []
        var embedded = false
        // key=value pairs, written `n=5`, `n = 5` or `n =5`.
        while index < words.count {
            let word = words[index].text.lowercased()
            if word.hasPrefix("labels") || word.hasPrefix("data:") || word == "row" || word == "col" || word == "column" || word == "matrix" { break }
            var key = word, value = ""
            if let equals = word.firstIndex(of: "=") {
                key = String(word[..<equals])
                value = String(word[word.index(after: equals)...])
            }
            if value.isEmpty, index + 1 < words.count, words[index + 1].text.hasPrefix("=") {
                index += 1
                value = String(words[index].text.dropFirst())
            }
            if value.isEmpty, word.hasSuffix("=") || words[index].text.hasPrefix("="), index + 1 < words.count {
                index += 1
                value = words[index].text.lowercased()
            }
            header[key.trimmingCharacters(in: CharacterSet(charactersIn: "="))] = (value, words[index].line, words[index].column)
            index += 1
        }
        if let (value, line, column) = header["nr"] ?? header["nc"] {
            return builder.refusal(line: line, column: column, "a two-mode (rows × columns) DL file is not read (nr/nc = \(value)); stakegraph's actors are one set")
        }
        if let (value, line, column) = header["nm"], value != "1" {
            return builder.refusal(line: line, column: column, "a DL file of \(value) matrices is not read; save one relation per file")
        }
        guard let (text, nLine, nColumn) = header["n"], let n = Int(text), n >= 0, n <= 1_000_000 else {
            return builder.refusal(line: first.line, column: first.column, "the header needs the number of nodes, as 'dl n=5'")
        }
        let format = header["format"]?.0 ?? "fullmatrix"
        guard ["fullmatrix", "edgelist1", "nodelist1"].contains(format) else {
            let (_, line, column) = header["format"]!
            return builder.refusal(line: line, column: column, "the DL format '\(format)' is not read; fullmatrix, edgelist1 and nodelist1 are")
        }
        // Sections up to data:.
        while index < words.count, words[index].text.lowercased() != "data:" {
            let word = words[index].text.lowercased()
            if word == "labels" && index + 1 < words.count && words[index + 1].text.lowercased().hasPrefix("embedded") {
                embedded = true
                index += 2
                if index < words.count, words[index].text == ":" { index += 1 }
            } else if word == "labels:" || word == "labels" {
                index += 1
                while index < words.count, words[index].text.lowercased() != "data:", labels.count < n || words[index].quoted {
                    if words[index].text.lowercased().hasPrefix("labels") && !words[index].quoted { break }
                    labels.append(words[index].text)
                    index += 1
                }
            } else {
                return builder.refusal(line: words[index].line, column: words[index].column, "'\(words[index].text)' is not a DL keyword here (labels:, labels embedded, data:)")
            }
        }
        guard index < words.count else { return builder.refusal(line: words.last?.line ?? 1, "the file has no 'data:' section") }
        let dataLine = words[index].line
        index += 1
        let data = Array(words[index...])
        var foreign = ForeignGraph()
        var nodeByLabel: [String: String] = [:]
        func addNode(_ label: String, line: Int, column: Int) -> String {
            if let id = nodeByLabel[label] { return id }
            let id = String(foreign.nodes.count + 1)
            foreign.nodes.append(ForeignGraph.Item(id: id, label: label, line: line, column: column))
            nodeByLabel[label] = id
            return id
        }
        if !embedded {
            if !labels.isEmpty && labels.count != n {
                builder.report(.error, line: nLine, column: nColumn, "the header says n=\(n) but \(labels.count) labels follow")
            }
            for number in 0..<n { _ = addNode(number < labels.count ? labels[number] : String(number + 1), line: dataLine, column: 1) }
        }
        /// The node a word of the data names: its number, or its label when labels are embedded.
        func endpoint(_ word: (text: String, line: Int, column: Int, quoted: Bool)) -> String? {
            if embedded { return addNode(word.text, line: word.line, column: word.column) }
            guard let number = Int(word.text), number >= 1, number <= n else {
                builder.report(.error, line: word.line, column: word.column, "'\(word.text)' is not a node number from 1 to \(n)")
                return nil
            }
            return String(number)
        }
        let byLine = Dictionary(grouping: data, by: \.line).sorted { $0.key < $1.key }
        switch format {
        case "edgelist1":
            for (_, row) in byLine {
                guard row.count >= 2 else {
                    builder.report(.error, line: row[0].line, column: row[0].column, "an edgelist1 line needs two nodes and an optional value")
                    continue
                }
                guard let from = endpoint(row[0]), let to = endpoint(row[1]) else { continue }
                var edge = ForeignGraph.Item(id: "", line: row[0].line, column: row[0].column)
                (edge.source, edge.target) = (from, to)
                if row.count >= 3 {
                    guard let value = Double(row[2].text) else {
                        builder.report(.error, line: row[2].line, column: row[2].column, "'\(row[2].text)' is not a number")
                        continue
                    }
                    edge.weight = value
                }
                foreign.edges.append(edge)
            }
        case "nodelist1":
            for (_, row) in byLine {
                guard let from = endpoint(row[0]) else { continue }
                for word in row.dropFirst() {
                    guard let to = endpoint(word) else { continue }
                    var edge = ForeignGraph.Item(id: "", line: word.line, column: word.column)
                    (edge.source, edge.target) = (from, to)
                    foreign.edges.append(edge)
                }
            }
        default:
            var rows = byLine.map(\.value)
            var columnLabels: [String] = []
            if embedded, let header = rows.first {
                columnLabels = header.map(\.text)
                guard columnLabels.count == n else {
                    return builder.refusal(line: header[0].line, column: header[0].column, "the matrix has \(columnLabels.count) column labels; n=\(n) needs \(n)")
                }
                rows.removeFirst()
                for label in columnLabels { _ = addNode(label, line: header[0].line, column: 1) }
            }
            var cells: [[Double]] = []
            var rowIDs: [String] = []
            for (rowIndex, row) in rows.enumerated() {
                var values = row[...]
                if embedded, let label = values.first {
                    rowIDs.append(addNode(label.text, line: label.line, column: label.column))
                    values = values.dropFirst()
                } else {
                    rowIDs.append(String(rowIndex + 1))
                }
                var numbers: [Double] = []
                for word in values {
                    guard let value = Double(word.text) else {
                        return builder.refusal(line: word.line, column: word.column, "'\(word.text)' is not a number")
                    }
                    numbers.append(value)
                }
                guard numbers.count == n else {
                    return builder.refusal(line: row[0].line, column: row[0].column, "the row has \(numbers.count) values; a full matrix of n=\(n) has \(n)")
                }
                cells.append(numbers)
            }
            guard cells.count == n else { return builder.refusal(line: rows.last?.first?.line ?? dataLine, "the matrix has \(cells.count) rows; n=\(n) needs \(n)") }
            let columnIDs = embedded ? columnLabels.map { nodeByLabel[$0]! } : (1...max(n, 1)).prefix(n).map(String.init)
            let symmetric = (0..<n).allSatisfy { i in (0..<n).allSatisfy { j in cells[i][j] == cells[j][i] } }
            if symmetric, cells.joined().contains(where: { $0 != 0 }) {
                builder.report(.warning, line: dataLine, "the matrix is symmetric: imported as undirected ties, one per pair")
            }
            for i in 0..<n {
                for j in 0..<n where cells[i][j] != 0 && (!symmetric || j >= i) {
                    var edge = ForeignGraph.Item(id: "", line: rows[i][0].line, column: rows[i][0].column)
                    (edge.source, edge.target) = (rowIDs[i], columnIDs[j])
                    edge.directed = !symmetric
                    edge.weight = cells[i][j]
                    foreign.edges.append(edge)
                }
            }
            foreign.directed = !symmetric
        }
        return (ForeignGraphImport.graph(foreign, builder: &builder, signs: signs), builder.diagnostics)
    }
}
