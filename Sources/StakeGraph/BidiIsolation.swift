/// Keeping a user's string from reordering the text around it in Markdown and HTML output.
///
/// A right-to-left override (U+202E) in one actor's name would otherwise reverse the names that
/// follow it in a list. The one rule: a string holding explicit bidirectional controls is
/// wrapped in FIRST STRONG ISOLATE (U+2068) … POP DIRECTIONAL ISOLATE (U+2069). An isolate ends
/// every embedding and override opened inside it, so the string's own controls still work
/// within it but stop at its end; a PDI of the string's own with nothing to close is dropped, and
/// isolates it leaves open are closed, so it cannot end the wrapper early. Strings without such
/// controls come out as they are.
enum BidiIsolation {
    /// `text`, isolated if it holds bidirectional controls.
    /// - Complexity: O(n) in the length of `text`.
    static func isolated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { controls.contains($0.value) }) else { return text }
        var result = "\u{2068}"
        var openIsolates = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2066, 0x2067, 0x2068: openIsolates += 1
            case 0x2069:
                guard openIsolates > 0 else { continue }
                openIsolates -= 1
            default: break
            }
            result.unicodeScalars.append(scalar)
        }
        return result + String(repeating: "\u{2069}", count: openIsolates + 1)
    }

    /// The explicit controls: embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069.
    static let controls: Set<UInt32> = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
}
