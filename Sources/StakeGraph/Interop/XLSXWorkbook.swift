import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The sheets of an Office Open XML workbook (`.xlsx`: Excel's, LibreOffice's, Kumu's export) as
/// rows of text: shared strings, inline strings, numbers (dates are numbers there, Excel serials,
/// which `SheetDate` reads) and booleans; formulas as their cached value.
///
/// A workbook is a zip archive, so a small file can unpack to gigabytes: every part is read
/// through a cap on its uncompressed size, checked as it inflates, not trusted from the archive's
/// own header.
struct XLSXWorkbook {
    struct Sheet {
        var name: String
        /// Cell texts by row, row 1 first; a missing row or cell is empty.
        var rows: [[String]]
    }

    /// Why a workbook cannot be read, in words for a diagnostic.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The most any one part may unpack to, and all of them together.
    static let partLimit = 64 << 20
    static let totalLimit = 256 << 20

    private(set) var sheets: [Sheet] = []
    private var unpacked = 0

    /// - Complexity: O(n) in the unpacked size of the workbook's parts.
    init(data: Data) throws(Failure) {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch {
            throw Failure(description: "is not an .xlsx workbook (not a zip archive)")
        }
        guard let workbook = try part("xl/workbook.xml", in: archive) else {
            throw Failure(description: "is not an .xlsx workbook (it has no xl/workbook.xml)")
        }
        let relations = try part("xl/_rels/workbook.xml.rels", in: archive).map(XMLElements.read) ?? []
        var targets: [String: String] = [:]
        for element in relations where element.name == "Relationship" {
            if let id = element.attributes["Id"], let target = element.attributes["Target"] { targets[id] = target }
        }
        let strings = try part("xl/sharedStrings.xml", in: archive).map(Self.sharedStrings) ?? []
        for element in XMLElements.read(workbook) where element.name == "sheet" {
            guard let name = element.attributes["name"],
                  let id = element.attributes["r:id"] ?? element.attributes.first(where: { $0.key.hasSuffix(":id") })?.value,
                  let target = targets[id] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path, in: archive) else {
                throw Failure(description: "names sheet '\(name)' but has no \(path)")
            }
            sheets.append(Sheet(name: name, rows: try Self.rows(of: xml, strings: strings)))
        }
        if sheets.isEmpty { throw Failure(description: "is an .xlsx workbook without sheets") }
    }

    /// A sheet as CSV bytes for `SheetImporter`, one line per spreadsheet row (row 5 is line 5,
    /// unless a cell above it holds a line break).
    static func csv(_ sheet: Sheet) -> [UInt8] {
        var text = ""
        for row in sheet.rows {
            text += row.map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
            }.joined(separator: ",") + "\n"
        }
        return Array(text.utf8)
    }

    /// The sheet named `name`, ignoring case.
    func sheet(named name: String) -> Sheet? { sheets.first { $0.name.lowercased() == name.lowercased() } }

    /// The bytes of the part at `path`, or nil when the archive has none; unpacked through the caps.
    private mutating func part(_ path: String, in archive: Archive) throws(Failure) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        var over = false
        let limit = Self.partLimit, total = Self.totalLimit, before = unpacked
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > limit || before + data.count > total {
                    over = true
                    throw Failure(description: "")
                }
            }
        } catch {
            if over { throw Failure(description: "unpacks to more than \(Self.partLimit >> 20) MiB in \(path) (or \(Self.totalLimit >> 20) MiB in all); is it a zip bomb?") }
            throw Failure(description: "has a damaged part \(path) (\(error))")
        }
        unpacked += data.count
        return data
    }

    /// The shared strings table: each `<si>`'s text, its runs joined, phonetic guides left out.
    private static func sharedStrings(_ xml: Data) -> [String] {
        var strings: [String] = []
        var current = ""
        var inPhonetic = false
        XMLElements.walk(xml) { event in
            switch event {
            case .start("si", _): current = ""
            case .start("rPh", _): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .text(let text, let element) where element == "t" && !inPhonetic: current += text
            case .end("si"): strings.append(current)
            default: break
            }
        }
        return strings
    }

    /// The rows of a worksheet's `<sheetData>`.
    private static func rows(of xml: Data, strings: [String]) throws(Failure) -> [[String]] {
        var rows: [[String]] = []
        var cell: (row: Int, column: Int, type: String)?
        var value = ""
        var nextRow = 1
        var problem: String?
        XMLElements.walk(xml) { event in
            switch event {
            case .start("row", let attributes):
                nextRow = attributes["r"].flatMap(Int.init) ?? rows.count + 1
            case .start("c", let attributes):
                let position = attributes["r"].flatMap(CellReference.init)
                cell = (position?.row ?? nextRow, position?.column ?? ((rows.count >= nextRow ? rows[nextRow - 1].count : 0) + 1),
                        attributes["t"] ?? "n")
                value = ""
            case .text(let text, let element) where cell != nil && (element == "v" || element == "t"): value += text
            case .end("c"):
                guard let (row, column, type) = cell else { break }
                cell = nil
                guard row <= 1_048_576, column <= 16_384 else { problem = "a cell lies beyond Excel's last row or column"; break }
                var text = value
                if type == "s" {
                    guard let index = Int(value), strings.indices.contains(index) else { problem = "cell \(row):\(column) names shared string \(value), which the workbook lacks"; break }
                    text = strings[index]
                } else if type == "b" {
                    text = value == "1" ? "TRUE" : "FALSE"
                } else if type == "n", let number = Double(value), number == number.rounded(), abs(number) < 1e15 {
                    text = String(Int(number))
                }
                while rows.count < row { rows.append([]) }
                while rows[row - 1].count < column { rows[row - 1].append("") }
                rows[row - 1][column - 1] = text
            default: break
            }
        }
        if let problem { throw Failure(description: problem) }
        return rows
    }
}

/// A cell reference such as `B3`: column letters, then the row number.
private struct CellReference {
    var row: Int
    var column: Int

    init?(_ text: String) {
        var column = 0
        var digits = ""
        for character in text {
            if let ascii = character.asciiValue, character.isLetter, digits.isEmpty {
                column = column * 26 + Int(ascii & 0xDF) - 64
                if column > 16_384 { return nil }
            } else if character.isNumber { digits.append(character) } else { return nil }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        self.row = row
        self.column = column
    }
}
