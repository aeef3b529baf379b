/// Where text stops being UTF-8, for the diagnostic every reader gives for Latin-1, Windows-1252
/// or binary input instead of silently replacing characters.
enum TextEncoding {
    /// The 1-based line and column (in Unicode scalars) of the first byte that is not valid
    /// UTF-8, or nil when all of `bytes` is UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        return position(ofByte: offset, in: bytes)
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`, which must start
    /// a character or be a byte that is not UTF-8.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        return (before.count { $0 == UInt8(ascii: "\n") } + 1,
                String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1)
    }
}
