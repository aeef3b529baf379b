/// GML's syntax (Himsolt's Graph Modelling Language, as NetworkX and igraph write it): a list of
/// `key value` pairs, where a value is an integer, a real, a `"string"` or a `[ … ]` list of
/// pairs; `#` starts a comment to the end of the line. Strings hold no `"`: writers put
/// `&quot;`, `&amp;` and `&#NNN;` for characters GML's ASCII text cannot hold, and they are
/// decoded here.
enum GMLText {
    indirect enum Value {
        case number(String)
        case string(String)
        case list([Pair])
    }

    struct Pair {
        var key: String
        var value: Value
        var line: Int
        var column: Int
    }

    struct Problem: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// The pairs of `text`.
    ///
    /// - Throws: `Problem` at the first token that is not GML, or at a list left open.
    /// - Complexity: O(n) in the length of the text; lists nest at most 100 deep.
    static func parse(_ text: String) throws(Problem) -> [Pair] {
        var reader = Reader(characters: Array(text.unicodeScalars))
        let pairs = try reader.list(depth: 0, open: nil)
        return pairs
    }

    private struct Reader {
        let characters: [Unicode.Scalar]
        var index = 0, line = 1, column = 1

        init(characters: [Unicode.Scalar]) { self.characters = characters }

        mutating func advance() {
            if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }

        mutating func skipSpace() {
            while index < characters.count {
                let character = characters[index]
                if character == "#" {
                    while index < characters.count, characters[index] != "\n" { advance() }
                } else if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{FEFF}" {
                    advance()
                } else { return }
            }
        }

        mutating func list(depth: Int, open: (line: Int, column: Int)?) throws(Problem) -> [Pair] {
            guard depth < 100 else { throw Problem(line: line, column: column, message: "lists nest more than 100 deep") }
            var pairs: [Pair] = []
            while true {
                skipSpace()
                guard index < characters.count else {
                    if let open { throw Problem(line: open.line, column: open.column, message: "the list '[' begun here is never closed with ']'; is the file cut short?") }
                    return pairs
                }
                if characters[index] == "]" {
                    guard open != nil else { throw Problem(line: line, column: column, message: "']' closes no list") }
                    advance()
                    return pairs
                }
                let (keyLine, keyColumn) = (line, column)
                var key = ""
                while index < characters.count, isKeyCharacter(characters[index], first: key.isEmpty) {
                    key.unicodeScalars.append(characters[index])
                    advance()
                }
                guard !key.isEmpty else {
                    throw Problem(line: line, column: column, message: "expected a key (letters, digits, _) but found '\(Character(characters[index]))'")
                }
                skipSpace()
                guard index < characters.count else {
                    throw Problem(line: keyLine, column: keyColumn, message: "the key '\(key)' has no value; is the file cut short?")
                }
                pairs.append(Pair(key: key, value: try value(depth: depth), line: keyLine, column: keyColumn))
            }
        }

        mutating func value(depth: Int) throws(Problem) -> Value {
            let (startLine, startColumn) = (line, column)
            let first = characters[index]
            if first == "[" {
                advance()
                return .list(try list(depth: depth + 1, open: (startLine, startColumn)))
            }
            if first == "\"" {
                advance()
                var text = ""
                while index < characters.count, characters[index] != "\"" {
                    text.unicodeScalars.append(characters[index])
                    advance()
                }
                guard index < characters.count else {
                    throw Problem(line: startLine, column: startColumn, message: "the string begun here is never closed with '\"'")
                }
                advance()
                return .string(XMLEntities.decoded(text))
            }
            var number = ""
            while index < characters.count, "+-.0123456789eEinfINFaN".unicodeScalars.contains(characters[index]) {
                number.unicodeScalars.append(characters[index])
                advance()
            }
            guard !number.isEmpty, Double(number) != nil || number.lowercased().hasSuffix("inf") || number.lowercased() == "nan" else {
                throw Problem(line: startLine, column: startColumn,
                              message: "expected a number, a \"string\" or a [ list ] but found '\(number.isEmpty ? String(Character(first)) : number)'")
            }
            return .number(number)
        }

        func isKeyCharacter(_ character: Unicode.Scalar, first: Bool) -> Bool {
            character.isASCII && (character.properties.isAlphabetic || character == "_" || (!first && ("0"..."9").contains(character)))
        }
    }
}

/// Character references in text (`&quot;`, `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&#233;`,
/// `&#xE9;`) decoded; anything else, such as a lone `&`, kept as it is.
enum XMLEntities {
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else { out += "&"; rest = after; continue }
            let name = after[..<semicolon]
            var replacement: String?
            switch name {
            case "quot": replacement = "\""
            case "amp": replacement = "&"
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "apos": replacement = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let replacement {
                out += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}
