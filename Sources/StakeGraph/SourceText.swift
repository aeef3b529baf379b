import Foundation

/// A source document's text as quotes are compared with it, normalised and indexed once so that
/// each quote is found without scanning the whole text.
///
/// Normalising collapses every run of white space to one space, makes curly quotes straight and
/// every dash a hyphen (copying from a web page changes those and nothing else), and remembers
/// where the paragraphs (text between blank lines) begin and end. The text is then cut into
/// tokens (what lies between spaces) and every token is indexed by a hash of its bytes.
struct SourceText: Sendable {
    /// The normalised text, as UTF-8.
    let bytes: [UInt8]
    /// The byte ranges of the paragraphs, in order; a text without blank lines is one paragraph.
    let paragraphs: [Range<Int>]
    /// The byte ranges of the tokens (text between spaces), in order.
    let tokens: [Range<Int>]
    /// The hash of each token's bytes, by token index.
    let tokenHashes: [UInt64]
    /// Every token's index in `tokens`, by the hash of its bytes (a hash shared by two different
    /// tokens only adds candidates, which are always compared byte by byte).
    private let tokenIndex: [UInt64: [Int32]]

    /// - Complexity: O(n) for a text of n bytes.
    init(_ raw: String) {
        var breaks: [Int] = []
        bytes = Array(Self.normalise(raw, paragraphBreaks: &breaks).utf8)
        var paragraphs: [Range<Int>] = []
        var start = 0
        for space in breaks {
            if space > start { paragraphs.append(start..<space) }
            start = space + 1
        }
        if bytes.count > start || paragraphs.isEmpty { paragraphs.append(start..<bytes.count) }
        self.paragraphs = paragraphs
        tokens = Self.tokenRanges(of: bytes)
        tokenHashes = tokens.map { [bytes] in Self.hash(bytes[$0]) }
        var index: [UInt64: [Int32]] = [:]
        for (position, hash) in tokenHashes.enumerated() { index[hash, default: []].append(Int32(position)) }
        tokenIndex = index
    }

    /// The normalised form of `text`; `paragraphBreaks` receives the offsets (in UTF-8 bytes of
    /// the result) of the spaces that stand for a blank line.
    ///
    /// - Complexity: O(n).
    static func normalise(_ text: String, paragraphBreaks: inout [Int]) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var newlines = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
                if scalar == "\n" || scalar == "\u{2029}" { newlines += 1 }
                continue
            }
            if pendingSpace {
                if newlines >= 2 { paragraphBreaks.append(result.utf8.count) }
                result.append(" ")
                pendingSpace = false
            }
            newlines = 0
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": result.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": result.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": result.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The token indices of every token equal to `token` (and of the rare token sharing its hash).
    func candidates<C: Collection>(of token: C) -> [Int32] where C.Element == UInt8 {
        tokenIndex[Self.hash(token)] ?? []
    }

    /// The start offsets, in order, of every occurrence of `pattern` (normalised text) in the text.
    ///
    /// A pattern of three tokens or more is looked up through the index: its rarest inner token
    /// (which must be a whole token of the text) gives the candidates, each compared in place
    /// (inner tokens by hash first). A shorter pattern may start or end inside a word anywhere, so
    /// it is searched for directly.
    ///
    /// - Complexity: O(c · m) for a pattern of m bytes whose rarest inner token occurs c times;
    ///   O(n) for a pattern of one or two tokens.
    func occurrences(of pattern: [UInt8]) -> [Int] {
        guard !pattern.isEmpty else { return [] }
        let parts = Self.tokenRanges(of: pattern)
        if parts.count < 3 { return scan(for: pattern) }
        let hashes = parts.map { Self.hash(pattern[$0]) }
        var rarest: (position: Int, candidates: [Int32])?
        for position in 1..<(parts.count - 1) {
            let found = tokenIndex[hashes[position]] ?? []
            if found.isEmpty { return [] }
            if rarest == nil || found.count < rarest!.candidates.count { rarest = (position, found) }
        }
        guard let rarest else { return [] }
        let head = parts[0].count, tail = parts[parts.count - 1].count, inner = 1..<(parts.count - 1)
        // A tight loop over raw buffers: a common inner word ("the") can give tens of thousands
        // of candidates for one short part.
        return bytes.withUnsafeBytes { text in
            pattern.withUnsafeBytes { wanted in
                tokens.withUnsafeBufferPointer { tokens in
                    tokenHashes.withUnsafeBufferPointer { tokenHashes in
                        var starts: [Int] = []
                        candidates: for candidate in rarest.candidates {
                            let first = Int(candidate) - rarest.position, last = first + parts.count - 1
                            guard first >= 0, last < tokens.count else { continue }
                            for position in inner where tokenHashes[first + position] != hashes[position] { continue candidates }
                            let start = tokens[first].upperBound - head
                            // From the quote's first byte to its last, against the text in place.
                            guard tokens[first].count >= head, tokens[last].count >= tail,
                                  tokens[last].lowerBound + tail - start == pattern.count,
                                  memcmp(text.baseAddress! + start, wanted.baseAddress!, pattern.count) == 0 else { continue }
                            starts.append(start)
                        }
                        return starts
                    }
                }
            }
        }
    }

    /// Whether `pattern` occurs in the text.
    func contains(_ pattern: [UInt8]) -> Bool { !occurrences(of: pattern).isEmpty }

    /// The paragraph that holds the byte at `offset`.
    ///
    /// - Complexity: O(log p) for p paragraphs.
    func paragraph(at offset: Int) -> Range<Int> {
        var low = 0, high = paragraphs.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if paragraphs[middle].lowerBound <= offset { low = middle } else { high = middle - 1 }
        }
        return paragraphs[low]
    }

    /// The byte ranges of the tokens (what lies between spaces) of normalised text.
    ///
    /// - Complexity: O(n).
    static func tokenRanges(of text: [UInt8]) -> [Range<Int>] {
        text.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            var start = 0
            for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == 0x20 {
                if offset > start { ranges.append(start..<offset) }
                start = offset + 1
            }
            return ranges
        }
    }

    /// Every occurrence of `pattern`, by a direct search of the whole text (`memchr` for its
    /// first byte, then `memcmp`).
    private func scan(for pattern: [UInt8]) -> [Int] {
        var starts: [Int] = []
        bytes.withUnsafeBytes { text in
            pattern.withUnsafeBytes { wanted in
                guard let base = text.baseAddress, let needle = wanted.baseAddress else { return }
                var offset = 0
                while offset + pattern.count <= text.count,
                      let hit = memchr(base + offset, Int32(pattern[0]), text.count - offset - pattern.count + 1) {
                    let start = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, needle, pattern.count) == 0 { starts.append(start) }
                    offset = start + 1
                }
            }
        }
        return starts
    }

    /// FNV-1a, 64 bits.
    static func hash<C: Collection>(_ token: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
