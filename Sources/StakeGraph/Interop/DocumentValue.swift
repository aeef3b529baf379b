/// A JSON-shaped value with ordered keys: what the exporters build before choosing a syntax, so
/// that YAML, JSON, node-link and Cytoscape output share one description of the data.
public indirect enum DocumentValue: Equatable, Sendable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null
    case list([DocumentValue])
    /// Keys in the order they are written.
    case map([(String, DocumentValue)])

    public static func == (a: DocumentValue, b: DocumentValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.integer(x), .integer(y)): return x == y
        case let (.bool(x), .bool(y)): return x == y
        case (.null, .null): return true
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value under `key` of a map.
    public subscript(key: String) -> DocumentValue? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }
}

/// Builds a map, leaving out keys whose value is absent, so optional fields are simply missing.
struct MapBuilder {
    private(set) var pairs: [(String, DocumentValue)] = []

    mutating func add(_ key: String, _ value: DocumentValue) { pairs.append((key, value)) }
    mutating func add(_ key: String, _ text: String?) { if let text { pairs.append((key, .string(text))) } }
    mutating func add(_ key: String, _ date: PartialDate?) { if let date { pairs.append((key, .string(date.description))) } }
    mutating func add(_ key: String, list: [DocumentValue]) { if !list.isEmpty { pairs.append((key, .list(list))) } }

    /// A relation's time as the file format writes it: `date`, or `start`/`end`, or nothing.
    mutating func add(_ span: DateSpan) {
        switch span {
        case .undated: break
        case .on(let date): add("date", date)
        case .interval(let start, let end):
            add("start", start)
            add("end", end)
        }
    }

    /// Tags and custom fields as the file format writes them: `tags: [...]`, `fields: {key: value}`
    /// with keys in alphabetical order (so that exports do not change from run to run), each left
    /// out when empty.
    mutating func add(tags: [String], fields: [String: String]) {
        add("tags", list: tags.map { .string($0) })
        if !fields.isEmpty { add("fields", .map(fields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })) }
    }

    var value: DocumentValue { .map(pairs) }
}

/// JSON text for a `DocumentValue`: two-space indentation, keys in their given order, non-ASCII
/// characters as UTF-8, control characters escaped.
public enum JSONText {
    public static func write(_ value: DocumentValue, compact: Bool = false) -> String {
        var output = ""
        write(value, indent: compact ? nil : 0, into: &output)
        return output + (compact ? "" : "\n")
    }

    static func write(_ value: DocumentValue, indent: Int?, into output: inout String) {
        switch value {
        case .string(let text): output += quoted(text)
        case .number(let number): output += number.isFinite ? numberText(number) : "null"
        case .integer(let integer): output += String(integer)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .list(let items):
            if items.isEmpty { output += "[]"; return }
            output += "["
            for (offset, item) in items.enumerated() {
                if offset > 0 { output += "," }
                newline(indent.map { $0 + 1 }, into: &output)
                write(item, indent: indent.map { $0 + 1 }, into: &output)
            }
            newline(indent, into: &output)
            output += "]"
        case .map(let pairs):
            if pairs.isEmpty { output += "{}"; return }
            output += "{"
            for (offset, (key, item)) in pairs.enumerated() {
                if offset > 0 { output += "," }
                newline(indent.map { $0 + 1 }, into: &output)
                output += quoted(key) + (indent == nil ? ":" : ": ")
                write(item, indent: indent.map { $0 + 1 }, into: &output)
            }
            newline(indent, into: &output)
            output += "}"
        }
    }

    private static func newline(_ indent: Int?, into output: inout String) {
        guard let indent else { return }
        output += "\n" + String(repeating: "  ", count: indent)
    }

    /// `8.0` as `8.0` (so readers keep it a float), other values in the shortest form that reads back exactly.
    static func numberText(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(format: "%.1f", number) : "\(number)"
    }

    /// A JSON string literal.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                // What YAML may not hold raw: C0 and C1 controls, DEL, and the non-characters
                // U+FFFE and U+FFFF (libyaml refuses them; JSON accepts them escaped too).
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// YAML text for a `DocumentValue` in the block style of hand-written graph files: maps as
/// `key: value`, lists of maps as `- key: value`, strings plain where no YAML reader could take
/// them for anything else and double-quoted otherwise.
public enum YAMLText {
    public static func write(_ value: DocumentValue) -> String {
        var output = ""
        switch value {
        case .map(let pairs): writePairs(pairs, indent: 0, into: &output)
        default: output = scalar(value) + "\n"
        }
        return output
    }

    private static func writePairs(_ pairs: [(String, DocumentValue)], indent: Int, into output: inout String,
                                   firstPrefix: String? = nil) {
        let pad = String(repeating: " ", count: indent)
        for (offset, (key, value)) in pairs.enumerated() {
            // Keys as values are written: a custom field named `>x` or `#1` must stay a key.
            output += (offset == 0 ? firstPrefix ?? pad : pad) + string(key) + ":"
            switch value {
            case .map(let inner) where !inner.isEmpty:
                output += "\n"
                writePairs(inner, indent: indent + 2, into: &output)
            case .list(let items) where !items.isEmpty:
                if items.allSatisfy({ if case .map = $0 { return false }; if case .list = $0 { return false }; return true }) {
                    output += " [" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]\n"
                } else {
                    output += "\n"
                    writeList(items, indent: indent + 2, into: &output)
                }
            default:
                output += " " + scalar(value) + "\n"
            }
        }
    }

    private static func writeList(_ items: [DocumentValue], indent: Int, into output: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .map(let pairs) where !pairs.isEmpty:
                writePairs(pairs, indent: indent + 2, into: &output, firstPrefix: pad + "- ")
            default:
                output += pad + "- " + scalar(item) + "\n"
            }
        }
    }

    /// `value` on one line; `inFlow` inside `[…]` or `{…}`, where a comma ends a plain value.
    private static func scalar(_ value: DocumentValue, inFlow: Bool = false) -> String {
        switch value {
        case .string(let text): return string(text, inFlow: inFlow)
        case .number(let number): return number.isFinite ? JSONText.numberText(number) : ".nan"
        case .integer(let integer): return String(integer)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .list(let items): return "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
        case .map(let pairs): return "{" + pairs.map { "\($0.0): \(scalar($0.1, inFlow: true))" }.joined(separator: ", ") + "}"
        }
    }

    /// Words YAML 1.1 or 1.2 readers turn into booleans or null.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// `text` plain when it starts with a letter, holds only letters, digits, spaces and
    /// `.,_/()'-` (no comma `inFlow`), does not end in a space and is no reserved word;
    /// double-quoted otherwise.
    static func string(_ text: String, inFlow: Bool = false) -> String {
        let allowed: Set<Character> = inFlow ? [" ", ".", "_", "/", "(", ")", "'", "-"] : [" ", ".", ",", "_", "/", "(", ")", "'", "-"]
        if let first = text.first, first.isLetter, first.isASCII, text.last != " ",
           !reserved.contains(text.lowercased()),
           text.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || allowed.contains($0) }) {
            return text
        }
        return JSONText.quoted(text)
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
