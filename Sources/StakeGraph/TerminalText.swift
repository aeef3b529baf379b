/// Text made safe for a terminal: every control character a name could smuggle in (`ESC` and the
/// rest of C0 except the line break, DEL, the C1 controls U+0080–U+009F, and the bidirectional
/// controls that reorder what follows) is written as a visible escape, as `git` and `ls` quote
/// file names. A graph's names then cannot clear the screen (`\x1B[2J`), write the clipboard
/// (OSC 52), set the window title (OSC 0) or overwrite a table row (`\r\x1B[K`).
///
/// The form: `\t`, `\r` for tab and carriage return, `\xHH` for the other C0 controls, DEL and
/// C1 (`\x1B` is ESC), and `\u{HHHH}` for the bidirectional controls (`\u{202E}`). A backslash is
/// left as it is.
/// (The command line writes every terminal line through it; the fuzz harness checks it.)
extension String {
    /// `self` with its control characters escaped; line breaks (`\n`) kept.
    /// - Complexity: O(n) in the length of the text.
    public var terminalSafe: String {
        guard unicodeScalars.contains(where: Self.needsEscape) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard Self.needsEscape(scalar) else { result.unicodeScalars.append(scalar); continue }
            switch scalar {
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where Self.bidiControls.contains(scalar.value):
                result += "\\u{" + hex(scalar.value, digits: 4) + "}"
            default: result += "\\x" + hex(scalar.value, digits: 2)
            }
        }
        return result
    }

    /// The bidirectional controls: ALM, LRM, RLM, the embeddings and overrides U+202A–U+202E and
    /// the isolates U+2066–U+2069.
    public static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                            0x2066, 0x2067, 0x2068, 0x2069]

    /// Whether `scalar` is one that `terminalSafe` escapes.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || bidiControls.contains(value)
    }
}

private func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
