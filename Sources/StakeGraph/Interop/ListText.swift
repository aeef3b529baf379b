/// Several values in one text cell (aliases in a spreadsheet or a GraphML attribute): joined by
/// `|`, with `\|` and `\\` for a bar or backslash inside a value, so that any list splits back
/// into exactly the values it was made of.
enum ListText {
    static func join(_ values: [String]) -> String {
        values.map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|") }
            .joined(separator: "|")
    }

    /// The values of a cell, trimmed, empty ones left out.
    static func split(_ text: String) -> [String] {
        var values: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                values.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        values.append(current)
        return values.map(\.trimmingSpaces).filter { !$0.isEmpty }
    }
}
