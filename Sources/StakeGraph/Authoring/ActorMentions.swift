/// Finds where a graph's actors are named in a text: by name or alias, as whole words, in any
/// case — except short all-capital names ("US", "EU", "ZTE", "FBI"), which must start with a
/// capital ("Nato" is NATO, "us" the pronoun is not the US). Initials are one word, so "U.S." and
/// "US" are the same. Where names overlap ("U.S." inside "U.S. government"), the longest wins.
public struct ActorMentions: Sendable {
    /// One actor named in a text, at word indices `start..<end`.
    public struct Mention: Sendable, Equatable {
        public var actor: String
        public var start: Int
        public var end: Int
    }

    struct Pattern: Sendable {
        var actor: String
        var words: [String]
        /// The name as written, for capital-only names; nil when any case matches.
        var capitals: String?
    }

    /// Patterns by their first word.
    private let patterns: [String: [Pattern]]

    /// - Complexity: O(a) for a names and aliases.
    public init(_ graph: StakeholderGraph) {
        var patterns: [String: [Pattern]] = [:]
        for actor in graph.actors {
            for name in Set([actor.name] + actor.aliases) {
                let words = WordTokens.phrase(name)
                guard let first = words.first else { continue }
                let letters = name.filter(\.isLetter)
                let capitals = words.count == 1 && letters.count <= 4 && letters == letters.uppercased() ? letters : nil
                patterns[first, default: []].append(Pattern(actor: actor.id, words: words, capitals: capitals))
            }
        }
        for key in patterns.keys { patterns[key]!.sort { $0.words.count > $1.words.count } }
        self.patterns = patterns
    }

    /// The actors named in `tokens`, in order, without overlaps.
    ///
    /// - Complexity: O(w · p) for w words and p names starting with the same word.
    func mentions(in tokens: WordTokens) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < tokens.words.count {
            var best: Pattern?
            for pattern in patterns[tokens.words[index].text] ?? [] where tokens.matches(pattern.words, at: index) {
                if pattern.capitals != nil, tokens.words[index].original.first?.isUppercase != true { continue }
                if best == nil || pattern.words.count > best!.words.count { best = pattern }
            }
            if let best {
                found.append(Mention(actor: best.actor, start: index, end: index + best.words.count))
                index += best.words.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The ids of the actors named in `text`, in order of first mention.
    public func actors(in text: String) -> [String] {
        var seen = Set<String>()
        return mentions(in: WordTokens(text)).map(\.actor).filter { seen.insert($0).inserted }
    }
}
