/// Rows of RFC 4180 CSV from bytes: commas (or another `SheetDelimiter`) between fields, double
/// quotes around fields that hold delimiters, quotes ("" inside) or line breaks; CRLF or LF line
/// ends (a CRLF inside a quoted value is read as one line break); a UTF-8 byte order mark skipped.
///
/// White space at the edges of a field is trimmed where it stands outside quotes (`a, b` reads
/// as `a` and `b`, as people type sheets) and kept where it stands inside them (`" b "` is ` b `),
/// which is how `CSVText` writes a value with edge spaces, so a sheet round trip keeps them.
struct CSVRows {
    struct Row {
        /// The values, trimmed outside quotes only.
        var fields: [String]
        /// The 1-based line the row starts on.
        var line: Int
    }

    private let bytes: [UInt8]
    /// The byte between fields.
    private let delimiter: UInt8
    private var position = 0
    private var line = 1
    /// Where the quoted value that ran into the end of the text began (its line and field), once
    /// `next()` has met it: everything after its opening quote was read into that one value.
    private(set) var unclosedQuote: (line: Int, column: Int)?

    /// - Parameter delimiter: what separates fields; nil to detect it from the header row
    ///   (`SheetDelimiter.detect`).
    init(_ bytes: [UInt8], delimiter: SheetDelimiter? = .comma) {
        self.bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        self.delimiter = (delimiter ?? SheetDelimiter.detect(in: self.bytes)).byte
    }

    /// The line and column of the first byte that is not UTF-8, or nil: spreadsheets export
    /// Windows-1252 unless told "CSV UTF-8", and guessing would garble names silently.
    var encodingProblem: (line: Int, column: Int)? { TextEncoding.firstInvalidUTF8(in: bytes) }

    mutating func next() -> Row? {
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        // The bytes of `field` read inside quotes: from the first to the last, never trimmed.
        var kept: Range<Int>?
        var quoted = false
        var quoteLine = line
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                        field.append(byte); position += 1
                        kept = (kept?.lowerBound ?? field.count - 1)..<field.count
                    } else {
                        quoted = false
                    }
                } else if byte == UInt8(ascii: "\r"), position < bytes.count, bytes[position] == UInt8(ascii: "\n") {
                    continue
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                    kept = (kept?.lowerBound ?? field.count - 1)..<field.count
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): quoted = true; quoteLine = line
            case delimiter:
                fields.append(Self.value(field, kept: kept)); field.removeAll(keepingCapacity: true); kept = nil
            case UInt8(ascii: "\r"): continue
            case UInt8(ascii: "\n"):
                line += 1
                fields.append(Self.value(field, kept: kept))
                return Row(fields: fields, line: startLine)
            default: field.append(byte)
            }
        }
        if quoted { unclosedQuote = (quoteLine, fields.count + 1) }
        fields.append(Self.value(field, kept: kept))
        return Row(fields: fields, line: startLine)
    }

    /// A field's text: white space trimmed at its edges except within `kept`, the bytes read
    /// inside quotes. (Quotes are ASCII, so `kept` never splits a UTF-8 sequence.)
    private static func value(_ field: [UInt8], kept: Range<Int>?) -> String {
        guard let kept else { return String(decoding: field, as: UTF8.self).trimmingSpaces }
        var before = Substring(String(decoding: field[..<kept.lowerBound], as: UTF8.self))
        while before.first?.isWhitespace == true { before.removeFirst() }
        var after = Substring(String(decoding: field[kept.upperBound...], as: UTF8.self))
        while after.last?.isWhitespace == true { after.removeLast() }
        return before + String(decoding: field[kept], as: UTF8.self) + after
    }

    /// The message for `unclosedQuote`.
    static let unclosedQuoteMessage = "this quoted value never closes, so the rest of the sheet was read into it; add the closing '\"'"
    /// The message for `encodingProblem`.
    static let encodingMessage = "the sheet is not valid UTF-8 text; save it as 'CSV UTF-8'"
}

extension String {
    /// Without leading and trailing white space of any kind (spaces, tabs, form feeds, line
    /// separators …): what the graph reader counts as blank, a sheet's cell counts as empty.
    ///
    /// - Complexity: O(1) when the text starts and ends with a printable ASCII character (an id,
    ///   a type, a number: nearly every cell of a big sheet), else O(n). White space is a
    ///   character whose first scalar has Unicode's White_Space property; a cell whose first and
    ///   last bytes are ASCII above the space has none at either end, so it is kept as it is
    ///   without walking its characters (which cost 11% of loading a million-row sheet).
    var trimmingSpaces: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
