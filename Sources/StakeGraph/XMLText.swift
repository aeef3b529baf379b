/// Text for XML documents (GraphML, GEXF): markup characters as entities, and characters XML 1.0
/// cannot hold (most control characters) left out, so any data value gives well-formed XML.
enum XMLText {
    static func escaped(_ text: String) -> String {
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
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The attributes every exporter gives actors and relations beyond their ids (GraphML keys, GEXF
/// attributes, Cypher properties, node-link fields), in one place so the formats agree.
