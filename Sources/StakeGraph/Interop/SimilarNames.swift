/// Whether two actor names are likely one actor written two ways: the same letters and digits
/// once spaces and punctuation are gone (`Byte Dance` / `ByteDance`, `Tik Tok` / `TikTok`,
/// `U.S. Government` / `US Government`), or a person's name with and without initials or a middle
/// name (`Donald J. Trump` / `Donald Trump`, `D. Trump` / `Donald Trump`).
enum SimilarNames {
    /// Why two names look alike, in words for a warning.
    enum Likeness: Equatable {
        case spacing
        case middleNameOrInitials

        var words: String {
            switch self {
            case .spacing: "differ only in spaces or punctuation"
            case .middleNameOrInitials: "differ only by initials or a middle name"
            }
        }
    }

    /// Lowercased words of letters and digits: `Donald J. Trump` → `donald j trump`.
    static func words(_ name: String) -> [String] {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The name without spaces and punctuation: the key that finds `spacing` likenesses.
    static func squashed(_ name: String) -> String { words(name).joined() }

    /// How `a` and `b` look alike, or nil. Names equal but for case are not reported: import
    /// already finds them as one actor.
    ///
    /// - Complexity: O(n) in the names' lengths.
    static func likeness(_ a: String, _ b: String) -> Likeness? {
        let (wordsA, wordsB) = (words(a), words(b))
        guard ImportBuilder.key(a) != ImportBuilder.key(b), !wordsA.isEmpty, !wordsB.isEmpty else { return nil }
        if wordsA.joined() == wordsB.joined() { return .spacing }
        guard wordsA.count >= 2, wordsB.count >= 2, wordsA.last == wordsB.last, wordsA.last!.count > 1 else { return nil }
        let (firstA, firstB) = (wordsA[0], wordsB[0])
        let firstsAgree = firstA == firstB || (min(firstA.count, firstB.count) == 1 && firstA.first == firstB.first)
        // Middle words may be left out, or be initials of each other.
        let (middleA, middleB) = (wordsA.dropFirst().dropLast(), wordsB.dropFirst().dropLast())
        let middlesAgree = middleA.isEmpty || middleB.isEmpty
            || (middleA.count == middleB.count && zip(middleA, middleB).allSatisfy { $0 == $1 || ($0.count == 1 || $1.count == 1) && $0.first == $1.first })
        return firstsAgree && middlesAgree ? .middleNameOrInitials : nil
    }

    /// The key under which possibly alike names meet: the last word and the first letter, so that
    /// only names sharing both are compared.
    static func bucket(_ name: String) -> String {
        let words = words(name)
        return "\(words.first?.first.map(String.init) ?? "") \(words.last ?? "")"
    }
}
