/// Escaping for every string that reaches DOT text, by where it goes.
///
/// Graphviz treats attribute values differently: plain labels and tooltips are "escStrings"
/// (`\N`, `\G`, `\l` … are expanded), HTML-like labels are XML, and URLs are copied into SVG
/// without any escaping (Graphviz 2.42). Data values must come out literally in each case.
public enum DOTText {
    /// A DOT double-quoted string for an escString attribute shown as text (a plain `label`):
    /// backslashes doubled first, then quotes escaped, line breaks as `\n`. Graphviz then shows
    /// `\N`, `\G`, `\l` from the data literally instead of expanding them.
    public static func quoted(_ text: String) -> String {
        "\"" + escaping(text) { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "\n"): return "\\n"
            default: return nil
            }
        } + "\""
    }

    /// A DOT quoted string for an identifier-like value (`id`, `class`, node names): the same
    /// rules as `quoted`.
    public static func identifier(_ text: String) -> String { quoted(text) }

    /// A DOT quoted string for a tooltip. Graphviz expands `\N`, `\E` … in tooltips and has no
    /// escape for a literal backslash there (`\\N` still becomes the node name), so backslashes
    /// are shown as the look-alike "＼" (U+FF3C). `&` is written `&amp;`: Graphviz leaves
    /// entities in tooltips alone, so data such as `&#92;` would otherwise be decoded.
    public static func tooltip(_ text: String) -> String {
        "\"" + escaping(text) { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\u{FF3C}"
            case UInt8(ascii: "\""): return "\\\""
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "\n"): return "\\n"
            default: return nil
            }
        } + "\""
    }

    /// Text for inside an HTML-like label (`label=<…>`): XML-escaped, control characters dropped,
    /// and backslashes doubled, since Graphviz expands `\N` … even in HTML labels.
    public static func html(_ text: String) -> String {
        escaping(text) { byte in
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            case UInt8(ascii: "\n"): return "<BR/>"
            default: return nil
            }
        }
    }

    /// The most bytes one escaped value may take. Graphviz's DOT scanner rejects a quoted string
    /// longer than 16,384 bytes ("syntax error … longer than 16384?"), so a long description or
    /// note would make a valid graph impossible to draw; longer values are cut and end in "…".
    public static let maximumValueBytes = 12_000

    /// Copies `text`, replacing the ASCII bytes `replacement` names, turning tabs and carriage
    /// returns into spaces and dropping other control characters. Works on UTF-8 bytes: every
    /// special character is ASCII, and the bytes of other characters never look like ASCII.
    /// Stops at `maximumValueBytes`, only ever between characters.
    /// Characters XML cannot hold (U+FFFE, U+FFFF) and other noncharacters are dropped too:
    /// Graphviz copies them into the SVG, which is then not well-formed.
    private static func escaping(_ text: String, _ replacement: (UInt8) -> StaticString?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(text.utf8.count, maximumValueBytes) + 16)
        let text = text.unicodeScalars.allSatisfy { $0.value < 0x80 || XMLText.isAllowed($0) } ? text
            : String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value < 0x80 || XMLText.isAllowed($0) }))
        for byte in text.utf8 {
            let startsCharacter = byte & 0xC0 != 0x80
            if startsCharacter && bytes.count >= maximumValueBytes - 8 {
                bytes.append(contentsOf: "…".utf8)
                break
            }
            if let replaced = replacement(byte) {
                replaced.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else if byte == 0x09 || byte == 0x0D {
                bytes.append(UInt8(ascii: " "))
            } else if byte >= 0x20 && byte != 0x7F {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A DOT quoted string for a `URL`/`href`, or nil when the address is not absolute
    /// `http`/`https` (no `javascript:`, `data:`, `file:` or relative links ever reach output).
    ///
    /// Graphviz 2.42 copies URLs into SVG unescaped, so everything outside RFC 3986's unreserved
    /// and reserved characters is percent-encoded, and so are `"`, `<`, `>`, `\` and `'`. `&`
    /// (which a query string needs) is written `&amp;` for SVG, where the attribute is XML, and
    /// kept as `&` for PNG and PDF, where it is not.
    public static func url(_ address: String, forXML: Bool) -> String? {
        guard WebAddress.isHTTP(address) else { return nil }
        var result = "\""
        for byte in address.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += forXML ? "&amp;" : "&"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if Self.urlSafe.contains(byte) {
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return result + "\""
    }

    private static let urlSafe: Set<UInt8> = Set("-._~:/?#[]@!$()*+,;=%".utf8)
}

