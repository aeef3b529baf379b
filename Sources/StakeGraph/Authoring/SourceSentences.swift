import Foundation

/// A sentence of a source text: its words as written (white space collapsed, so it passes the
/// quote check as a verbatim quote), and where it stands.
public struct SourceSentence: Sendable, Equatable {
    /// The sentence, white space collapsed to single spaces.
    public var text: String
    /// 1-based paragraph (paragraphs are separated by blank lines) and sentence number in the text.
    public var paragraph: Int
    public var number: Int
}

/// Cuts texts into paragraphs and sentences. A sentence ends at `.`, `!` or `?` (with any closing
/// quotes or brackets) followed by white space and a capital letter, a digit or an opening quote,
/// unless the word before the stop is a known abbreviation ("Mr.", "U.S.", "Jan.") or a single
/// capital letter ("Donald J. Trump"); a paragraph always ends one.
public enum SentenceSplitter {
    /// Abbreviations after which a full stop does not end a sentence (lowercased, without dots).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
        "inc", "corp", "ltd", "co", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// The sentences of `text`, in order.
    ///
    /// - Complexity: O(n) for n characters.
    public static func sentences(of text: String) -> [SourceSentence] {
        var result: [SourceSentence] = []
        let normalisedBreaks = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let paragraphs = normalisedBreaks.components(separatedBy: "\n").split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        for (index, lines) in paragraphs.enumerated() {
            let paragraph = lines.joined(separator: " ")
            for sentence in split(paragraph) {
                result.append(SourceSentence(text: sentence, paragraph: index + 1, number: result.count + 1))
            }
        }
        return result
    }

    /// One paragraph's sentences, white space collapsed.
    static func split(_ paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "." || character == "!" || character == "?" {
                var end = index + 1
                while end < characters.count, "\"'”’)]".contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                let spaced = next > end
                let opensSentence = next < characters.count && (characters[next].isUppercase || characters[next].isNumber || "\"“‘'(".contains(characters[next]))
                if next >= characters.count || (spaced && opensSentence && !(character == "." && isAbbreviation(before: index, in: characters))) {
                    sentences.append(collapse(String(characters[start..<end])))
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        if start < characters.count { sentences.append(collapse(String(characters[start...]))) }
        return sentences.filter { !$0.isEmpty }
    }

    /// Whether the word ending just before the stop at `index` is an abbreviation or an initial.
    private static func isAbbreviation(before index: Int, in characters: [Character]) -> Bool {
        var start = index
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "." { start -= 1 }
        let word = String(characters[start..<index])
        if word.count == 1, word.first!.isUppercase { return true }
        let bare = word.lowercased()
        return abbreviations.contains(bare) || abbreviations.contains(bare.replacingOccurrences(of: ".", with: ""))
            || (bare.contains(".") && bare.split(separator: ".").allSatisfy { $0.count == 1 })
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
