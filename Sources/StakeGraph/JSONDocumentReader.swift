/// Reads JSON into a located `DocumentNode` tree.
///
/// Foundation's `JSONSerialization` loses positions, so this small recursive-descent reader
/// (RFC 8259) keeps the line and column of every value. Nesting is capped so that hostile input
/// cannot overflow the stack.
struct JSONDocumentReader {
    /// A syntax error with its position.
    struct SyntaxError: Error {
        var message: String
        var position: DocumentNode.Position
    }

    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    static func read(_ text: String) throws(SyntaxError) -> DocumentNode {
        var reader = JSONDocumentReader(text)
        reader.skipWhitespace()
        let node = try reader.value(depth: 0)
        reader.skipWhitespace()
        if reader.index < reader.bytes.count {
            throw reader.error("unexpected text after the end of the JSON document")
        }
        return node
    }

    /// Where the column was last counted, so that positions on one long line (minified JSON)
    /// cost no more than reading the line once.
    private var countedLineStart = -1
    private var countedIndex = 0
    private var countedColumn = 1

    /// The line and column of `index`. Columns count Unicode scalars, like libyaml: UTF-8
    /// continuation bytes are skipped.
    private mutating func position() -> DocumentNode.Position {
        if countedLineStart != lineStart || countedIndex > index {
            countedLineStart = lineStart
            countedIndex = lineStart
            countedColumn = 1
        }
        while countedIndex < index {
            if bytes[countedIndex] & 0xC0 != 0x80 { countedColumn += 1 }
            countedIndex += 1
        }
        return .init(line: line, column: countedColumn)
    }

    private mutating func error(_ message: String) -> SyntaxError { SyntaxError(message: message, position: position()) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(SyntaxError) -> DocumentNode {
        guard depth < Self.maximumDepth else {
            throw error("the document nests deeper than \(Self.maximumDepth) levels")
        }
        guard index < bytes.count else { throw error("the JSON document ends where a value was expected") }
        let start = position()
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth, start: start)
        case UInt8(ascii: "["): return try array(depth: depth, start: start)
        case UInt8(ascii: "\""): return .scalar(.init(try string(), .quoted), start)
        default:
            let literalStart = index
            while index < bytes.count, !Self.delimiters.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[literalStart..<index], as: UTF8.self)
            guard text == "true" || text == "false" || text == "null" || Self.isNumber(text) else {
                index = literalStart
                throw error(text.isEmpty
                    ? "unexpected character '\(Character(Unicode.Scalar(bytes[index])))'"
                    : "'\(text.prefix(40))' is not a JSON value (strings need double quotes)")
            }
            return .scalar(.init(text, .plain), start)
        }
    }

    private static let delimiters: Set<UInt8> = Set(" \t\r\n,:]}[{\"".utf8)

    private static func isNumber(_ text: String) -> Bool {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        var s = Substring(text)
        if s.first == "-" { s = s.dropFirst() }
        func digits(_ s: inout Substring) -> Int {
            let n = s.prefix { $0.isASCII && $0.isNumber }.count
            s = s.dropFirst(n)
            return n
        }
        let integerDigits = s.prefix { $0.isASCII && $0.isNumber }
        if integerDigits.isEmpty || (integerDigits.count > 1 && integerDigits.first == "0") { return false }
        _ = digits(&s)
        if s.first == "." {
            s = s.dropFirst()
            if digits(&s) == 0 { return false }
        }
        if s.first == "e" || s.first == "E" {
            s = s.dropFirst()
            if s.first == "+" || s.first == "-" { s = s.dropFirst() }
            if digits(&s) == 0 { return false }
        }
        return s.isEmpty
    }

    private mutating func object(depth: Int, start: DocumentNode.Position) throws(SyntaxError) -> DocumentNode {
        index += 1
        var pairs: [(key: DocumentNode.Scalar, keyPosition: DocumentNode.Position, value: DocumentNode)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .mapping(pairs, start)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error("expected a key in double quotes")
            }
            let keyPosition = position()
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            pairs.append((.init(key, .quoted), keyPosition, try value(depth: depth + 1)))
            skipWhitespace()
            guard index < bytes.count else { throw error("the JSON document ends inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .mapping(pairs, start) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func array(depth: Int, start: DocumentNode.Position) throws(SyntaxError) -> DocumentNode {
        index += 1
        var items: [DocumentNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .sequence(items, start)
        }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("the JSON document ends inside a list") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .sequence(items, start) }
            throw error("expected ',' or ']' in a list")
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        // Most strings hold no escape: read up to the closing quote in one piece, without
        // gathering scalars one chunk at a time.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var chunkStart = index
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[chunkStart..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw error("a control character (such as a line break) inside a string; write it as \\n") }
            if byte == UInt8(ascii: "\\") {
                flush(index)
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try hex4()
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    index -= 2
                    throw error("unknown escape sequence in a string")
                }
                chunkStart = index
                continue
            }
            index += 1
        }
        throw error("a string is not closed: a '\"' is missing")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("\\u must be followed by four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexValue(bytes[index]) else { throw error("\\u must be followed by four hex digits") }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
