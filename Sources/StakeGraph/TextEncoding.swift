/// Where text stops being UTF-8, for the diagnostic every reader gives for Latin-1, Windows-1252
/// or binary input instead of silently replacing characters.
enum TextEncoding {
    /// The 1-based line and column (in Unicode scalars) of the first byte that is not valid
    /// UTF-8, or nil when all of `bytes` is UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return (line, column)
            }
        }
    }
}
