/// The passage of a source text nearest to a quote that is not in it, with the first character
/// where they differ marked, so that a typo in the quote (or in the source) shows at once.
///
/// The search is bounded: every token of the quote votes, through the text's index, for the
/// alignments (text token − quote token) at which it occurs; the alignment with the most votes
/// wins, moved to the nearby alignment that starts earliest in the quote, so that a word added or
/// dropped in the middle does not hide where the quote begins. The passage is then compared with
/// the quote character by character.
struct NearestPassage: Equatable, Sendable {
    /// The marker put in the passage before the first character that differs from the quote.
    static let marker = "[here]"
    /// Tokens this common are skipped as voters ("the", "of"): they would only add noise and time.
    static let commonTokenLimit = 2_000
    /// Tokens of a quote that vote; the rest only take part in the comparison.
    static let votingTokenLimit = 200
    /// Characters shown on either side of the marker before the passage is cut with "…".
    static let context = 40

    /// The passage, as shown: cut to `context` characters either side of the marker, with "…"
    /// where it continues in the source.
    var shown: String
    /// The 1-based character of the quote at which it and the passage first differ.
    var differsAt: Int

    /// The passage of `text` nearest to `quote` (normalised), or nil when no token of the quote
    /// occurs in the text.
    ///
    /// - Complexity: O(q · c + m) for q voting tokens occurring at most c times each and a quote
    ///   of m bytes.
    init?(to quote: [UInt8], in text: SourceText) {
        let parts = SourceText.tokenRanges(of: quote)
        guard !parts.isEmpty, !text.tokens.isEmpty else { return nil }
        var votes: [Int: (count: Int, firstToken: Int)] = [:]
        for (position, part) in parts.prefix(Self.votingTokenLimit).enumerated() {
            let found = text.candidates(of: quote[part])
            guard found.count <= Self.commonTokenLimit else { continue }
            for candidate in found where text.bytes[text.tokens[Int(candidate)]].elementsEqual(quote[part]) {
                let alignment = Int(candidate) - position
                let vote = votes[alignment] ?? (0, position)
                votes[alignment] = (vote.count + 1, min(vote.firstToken, position))
            }
        }
        guard let best = votes.max(by: { ($0.value.count, -$0.key) < ($1.value.count, -$1.key) }) else { return nil }
        // A nearby alignment backed by two tokens or more that starts earlier in the quote.
        var alignment = best.key, firstToken = best.value.firstToken
        for nearby in (best.key - 4)...(best.key + 4) {
            guard let vote = votes[nearby], vote.count >= 2, vote.firstToken < firstToken else { continue }
            (alignment, firstToken) = (nearby, vote.firstToken)
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
