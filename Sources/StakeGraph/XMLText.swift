/// Text for XML documents (GraphML, GEXF): markup characters as entities, and characters XML 1.0
/// cannot hold (most control characters) left out, so any data value gives well-formed XML.
enum XMLText {
    static func escaped(_ text: String) -> String {
        // Most values (ids, types, numbers) are printable ASCII without markup: kept as they are.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x26 && $0 != 0x3C && $0 != 0x3E && $0 != 0x22 && $0 != 0x27 }) {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // Kept as references so that attribute values keep their line breaks and tabs.
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 can hold `scalar` as a character (tab, line breaks, and U+0020 and up
    /// except U+FFFE and U+FFFF; surrogates cannot occur in a Swift string), and it is not a
    /// noncharacter (U+FDD0–U+FDEF, and the last two of every plane), which Unicode reserves
    /// for a program's own use and XML advises against.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return !(0xFDD0...0xFDEF).contains(value) && value & 0xFFFE != 0xFFFE
    }
}

/// The attributes every exporter gives actors and relations beyond their ids (GraphML keys, GEXF
/// attributes, Cypher properties, node-link fields), in one place so the formats agree.
