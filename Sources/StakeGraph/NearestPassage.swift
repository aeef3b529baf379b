/// The passage of a source text nearest to a quote that is not in it, with the first character
/// where they differ marked, so that a typo in the quote (or in the source) shows at once.
///
/// The search is bounded: every token of the quote that is not common votes, through the text's
/// index, for the alignments (text token − quote token) at which it occurs; the most voted
/// alignments are scored on every token of the quote; the one with the most matching tokens
/// within two of it wins, moved to the alignment among those that starts earliest in the quote,
/// so that a word added or dropped in the middle does not hide where the quote begins. The passage is then compared with
/// the quote character by character.
struct NearestPassage: Equatable, Sendable {
    /// The marker put in the passage before the first character that differs from the quote.
    static let marker = "[here]"
    /// Tokens this common are skipped as voters ("the", "of"): they would only add noise and time.
    static let commonTokenLimit = 2_000
    /// Tokens of a quote that vote; the rest only take part in the scoring and the comparison.
    static let votingTokenLimit = 200
    /// The most voted alignments that are scored on every token of the quote.
    static let leaders = 16
    /// Characters shown on either side of the marker before the passage is cut with "…".
    static let context = 40

    /// The passage, as shown: cut to `context` characters either side of the marker, with "…"
    /// where it continues in the source.
    var shown: String
    /// The 1-based character of the quote at which it and the passage first differ.
    var differsAt: Int

    /// The passage of `text` nearest to `quote` (normalised), or nil when no passage shares
    /// enough of its words (half of them, three at most) in their places.
    ///
    /// - Complexity: O(q · c + l · t + m) for q voting tokens occurring at most c times each, l
    ///   alignments scored on a quote of t tokens and m bytes.
    init?(to quote: [UInt8], in text: SourceText) {
        let parts = SourceText.tokenRanges(of: quote)
        guard !parts.isEmpty, !text.tokens.isEmpty else { return nil }
        let hashes = parts.map { SourceText.hash(quote[$0]) }
        // Rare tokens vote for alignments; common ones would only cost time.
        var votes: [Int: Int] = [:]
        for (position, hash) in hashes.prefix(Self.votingTokenLimit).enumerated() {
            let found = text.candidates(of: quote[parts[position]])
            guard found.count <= Self.commonTokenLimit else { continue }
            for candidate in found where text.tokenHashes[Int(candidate)] == hash {
                votes[Int(candidate) - position, default: 0] += 1
            }
        }
        // The most voted alignments are then scored on every token of the quote, common ones too.
        // Alignments two apart or less count together, so that a word added or dropped in the
        // quote does not split them.
        let leaders = votes.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(Self.leaders).map(\.key)
        var matches: [Int: (count: Int, firstToken: Int)] = [:]
        for alignment in Set(leaders.flatMap { ($0 - 2)...($0 + 2) }) {
            var count = 0, firstToken = Int.max
            for (position, hash) in hashes.enumerated() {
                let token = alignment + position
                guard token >= 0, token < text.tokens.count, text.tokenHashes[token] == hash else { continue }
                count += 1
                firstToken = min(firstToken, position)
            }
            if count > 0 { matches[alignment] = (count, firstToken) }
        }
        func support(_ alignment: Int) -> Int { ((alignment - 2)...(alignment + 2)).reduce(0) { $0 + (matches[$1]?.count ?? 0) } }
        // A passage sharing only a word or two with a longer quote would be a guess, not a near miss.
        let needed = max(1, min(3, (parts.count + 1) / 2))
        guard let best = matches.keys.map({ (alignment: $0, support: support($0)) })
                .max(by: { ($0.support, -$0.alignment) < ($1.support, -$1.alignment) }),
              best.support >= needed else { return nil }
        // Of those alignments, the one that starts earliest in the quote.
        var alignment = best.alignment, firstToken = Int.max
        for nearby in (best.alignment - 2)...(best.alignment + 2) {
            guard let match = matches[nearby], match.firstToken < firstToken else { continue }
            (alignment, firstToken) = (nearby, match.firstToken)
        }
        let token = text.tokens[min(max(alignment, 0), text.tokens.count - 1)]
        var start = token.lowerBound
        let head = quote[parts[0]]
        if alignment >= 0, head.count < token.count,
           text.bytes[(token.upperBound - head.count)..<token.upperBound].elementsEqual(head) {
            start = token.upperBound - head.count
        }
        var common = 0
        while common < quote.count, start + common < text.bytes.count, quote[common] == text.bytes[start + common] { common += 1 }
        while common > 0, common < quote.count, quote[common] & 0xC0 == 0x80 { common -= 1 }
        var end = min(text.bytes.count, start + max(quote.count, common))
        while end < text.bytes.count, text.bytes[end] != 0x20, end - start < quote.count + 20 { end += 1 }
        while end < text.bytes.count, text.bytes[end] & 0xC0 == 0x80 { end += 1 }
        differsAt = String(decoding: quote[..<common], as: UTF8.self).count + 1
        let paragraph = text.paragraph(at: start)
        var before = String(decoding: text.bytes[start..<(start + common)], as: UTF8.self)
        var after = String(decoding: text.bytes[(start + common)..<end], as: UTF8.self)
        var opening = start > paragraph.lowerBound ? "…" : ""
        var closing = end < paragraph.upperBound ? "…" : ""
        if before.count > Self.context + 10 { before = String(before.suffix(Self.context)); opening = "…" }
        if after.count > Self.context + 10 { after = String(after.prefix(Self.context)); closing = "…" }
        shown = opening + before + Self.marker + after + closing
    }
}
