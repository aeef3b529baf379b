/// The words of one line of Pajek or UCINET DL text: runs of characters between spaces (and,
/// where `commas`, commas), a `"quoted word"` holding spaces, each with its 1-based column.
enum LineTokens {
    struct Token {
        var text: String
        var column: Int
        var quoted: Bool
    }

    /// - Complexity: O(n) in the line's length.
    static func split(_ line: Substring, commas: Bool = false) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0
        var inQuotes = false
        var quoted = false
        var column = 0
        func flush() {
            if !current.isEmpty || quoted { tokens.append(Token(text: current, column: start, quoted: quoted)) }
            current = ""
            quoted = false
        }
        for character in line {
            column += 1
            if inQuotes {
                if character == "\"" { inQuotes = false; flush() } else { current.append(character) }
            } else if character == "\"" && current.isEmpty {
                inQuotes = true
                quoted = true
                start = column
            } else if character.isWhitespace || (commas && character == ",") {
                flush()
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
        }
        flush()
        return tokens
    }
}
