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
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A DOT quoted string for an identifier-like value (`id`, `class`, node names): the same
    /// rules as `quoted`.
    public static func identifier(_ text: String) -> String { quoted(text) }

    /// A DOT quoted string for a tooltip. Graphviz expands `\N`, `\E` … in tooltips and has no
    /// escape for a literal backslash there (`\\N` still becomes the node name), so backslashes
    /// are shown as the look-alike "＼" (U+FF3C). `&` is written `&amp;`: Graphviz leaves
    /// entities in tooltips alone, so data such as `&#92;` would otherwise be decoded.
    public static func tooltip(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\u{FF3C}"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\n"
            case "\r", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Text for inside an HTML-like label (`label=<…>`): XML-escaped, control characters dropped,
    /// and backslashes doubled, since Graphviz expands `\N` … even in HTML labels.
    public static func html(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "<BR/>"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
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

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
