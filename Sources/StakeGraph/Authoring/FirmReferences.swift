/// "The company", "the Chinese tech giant", "the two aforementioned Chinese companies": phrases
/// that stand for firms named earlier in the same text. `suggest` reads each as the firm (or, in
/// the plural, the firms) most recently named before it — a deliberately small rule, for the
/// sentences where a reporter names a firm once and then refers back to it.
enum FirmReferences {
    static let singular: Set<String> = ["company", "firm", "giant", "maker", "manufacturer", "corporation", "vendor", "supplier"]
    static let plural: Set<String> = ["companies", "firms", "giants", "makers", "manufacturers", "corporations", "vendors", "suppliers"]
    static let counts: [String: Int] = ["two": 2, "both": 2, "three": 3]

    /// A reference at word indices `start..<end`, standing for `count` firms.
    struct Reference: Equatable {
        var start: Int
        var end: Int
        var count: Int
    }

    /// The references in `tokens` outside the names in `named`: "the" followed, within four
    /// words, by one of the head nouns.
    static func references(in tokens: WordTokens, outside named: [ActorMentions.Mention]) -> [Reference] {
        let words = tokens.words.map(\.text)
        var found: [Reference] = []
        var index = 0
        while index < words.count {
            guard words[index] == "the" || words[index] == "both" else { index += 1; continue }
            var count = words[index] == "both" ? 2 : 1
            var head: Int?
            for next in (index + 1)..<min(words.count, index + 6) {
                if named.contains(where: { $0.start <= next && next < $0.end }) { break }
                if let number = counts[words[next]] { count = number; continue }
                if singular.contains(words[next]) { head = next; count = 1; break }
                if plural.contains(words[next]) { head = next; count = max(count, 2); break }
            }
            if let head {
                found.append(Reference(start: index, end: head + 1, count: count))
                index = head + 1
            } else {
                index += 1
            }
        }
        return found
    }
}
