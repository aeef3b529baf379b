/// A text cut into words: maximal runs of letters and digits, lowercased for comparison, with the
/// original spelling and where each word starts and ends in the text's characters. Names, trigger
/// phrases and sentences are all compared as word sequences, so "U.S. government", "U.S.
/// Government" and "US  government"'s words are found wherever they stand as whole words.
struct WordTokens: Sendable {
    struct Word: Sendable, Equatable {
        /// Lowercased.
        var text: String
        /// As written.
        var original: String
        /// Character offsets in the text: `start..<end`.
        var start: Int
        var end: Int
    }

    let words: [Word]

    /// - Complexity: O(n) for n characters.
    init(_ text: String) {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in text.enumerated() {
            if character.isLetter || character.isNumber {
                if current.isEmpty { start = offset }
                current.append(character)
            } else if !current.isEmpty {
                words.append(Word(text: current.lowercased(), original: current, start: start, end: offset))
                current = ""
            }
        }
        if !current.isEmpty { words.append(Word(text: current.lowercased(), original: current, start: start, end: start + current.count)) }
        self.words = Self.joiningInitials(words, in: Array(text))
    }

    /// "U.S." is one word, "US", as "U.K." is "UK": single letters joined by full stops (and
    /// nothing else) become one word, so that "the U.S." and "the US" are the same name.
    private static func joiningInitials(_ words: [Word], in characters: [Character]) -> [Word] {
        var joined: [Word] = []
        var index = 0
        while index < words.count {
            var word = words[index]
            var next = index + 1
            while word.original.count < 8, words[next - 1].original.count == 1, next < words.count, words[next].original.count == 1,
                  words[next].start == words[next - 1].end + 1, characters[words[next - 1].end] == "." {
                word = Word(text: word.text + words[next].text, original: word.original + words[next].original, start: word.start, end: words[next].end)
                next += 1
            }
            joined.append(word)
            index = next
        }
        return joined
    }

    /// The lowercased words of a phrase.
    static func phrase(_ text: String) -> [String] { WordTokens(text).words.map(\.text) }

    /// Whether `phrase` (lowercased words) occurs at word index `index`.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard !phrase.isEmpty, index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].text != word { return false }
        return true
    }
}
