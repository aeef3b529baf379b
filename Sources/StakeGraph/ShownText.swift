/// A message as a diagnostic shows it: user values cut to a readable length, so that a 50 MB
/// cell or a 100,000-character id cannot make a message of megabytes.
///
/// Every diagnostic passes through here (`Diagnostic.init`), so no reader has to remember it.
public enum ShownText {
    /// Characters of one word (a run without spaces: an id, a cell) kept before "…".
    public static let longestWord = 100
    /// Characters of a whole message kept before "…".
    public static let longestMessage = 2_000

    /// `message` with every word longer than `longestWord` cut to that length and "…" (keeping
    /// the closing quote or punctuation it ended in), and the whole cut at `longestMessage`.
    ///
    /// - Complexity: O(n) in the message's length; O(1) for short messages.
    public static func cut(_ message: String) -> String {
        if message.utf8.count <= longestWord { return message }
        var shown = ""
        var shownCount = 0
        var wordLength = 0
        var skippedTail: [Character] = []
        var skipping = false
        func endWord() {
            if skipping { shown.append("…"); shown.append(contentsOf: skippedTail); shownCount += 1 + skippedTail.count }
            skipping = false
            skippedTail = []
            wordLength = 0
        }
        for character in message {
            if shownCount >= longestMessage { shown.append("…"); return shown }
            if character.isWhitespace {
                endWord()
                shown.append(character)
                shownCount += 1
                continue
            }
            wordLength += 1
            if wordLength <= longestWord {
                shown.append(character)
                shownCount += 1
            } else {
                skipping = true
                if character.isLetter || character.isNumber { skippedTail = [] } else if skippedTail.count < 3 { skippedTail.append(character) }
            }
        }
        endWord()
        return shown
    }
}
