/// Finds the valid name nearest to a misspelt one, for "did you mean …?" hints.
public enum Suggestion {
    /// Names longer than this get no "did you mean": a typo of an id is short, and comparing
    /// long values (a 100,000-character id, a 50 MB cell) would take minutes.
    public static let longestCompared = 64

    /// The candidate closest to `name` by case-insensitive edit distance, if it is close enough to
    /// be a plausible typo: within a third of the name's length (at least 1, at most 4 edits; none
    /// for one-letter names), or
    /// differing only in case, `_`/space versus `-`; failing that, the one candidate that starts
    /// with the name or has it as a whole hyphenated word. Nil for names longer than
    /// `longestCompared` characters.
    ///
    /// - Complexity: O(n·m·k) for n candidates of about m ≤ 64 characters and k ≤ 4 allowed
    ///   edits: only candidates within k characters of the name's length are compared, by a
    ///   distance confined to a band k wide that stops once no alignment can stay within k.
    public static func nearest<C: Collection>(to name: String, in candidates: C) -> String?
    where C.Element == String {
        guard name.unicodeScalars.prefix(longestCompared + 1).count <= longestCompared else { return nil }
        let wanted = normalised(name)
        let limit = wanted.count <= 1 ? 0 : min(4, max(1, wanted.count / 3))
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            // Lowercasing keeps the count of scalars for nearly all text; a candidate whose
            // length is out of the band cannot be within `limit` edits.
            let length = candidate.unicodeScalars.prefix(wanted.count + limit + 1).count
            guard abs(length - wanted.count) <= limit else { continue }
            guard let distance = editDistance(wanted, normalised(candidate), limit: limit) else { continue }
            if best == nil || distance < best!.distance
                || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        if let best { return best.name }
        // A whole word of exactly one candidate: "acme" → "acme-in-networks".
        guard wanted.count >= 3 else { return nil }
        let word = String(wanted)
        var containing: String?
        for candidate in candidates where candidate.unicodeScalars.count >= word.unicodeScalars.count {
            let text = String(normalised(candidate))
            guard text.hasPrefix(word) || text.split(separator: "-").contains(where: { $0 == word }) else { continue }
            if containing != nil { return nil }
            containing = candidate
        }
        return containing
    }

    /// The `count` candidates closest to `name` by case-insensitive edit distance, nearest first
    /// (ties in name order), however far they are: what to show when nothing is a plausible typo.
    /// Only the first `longestCompared` characters of `name` are compared.
    ///
    /// - Complexity: O(n·m²) for n candidates of about m characters, plus sorting them.
    public static func closest<C: Collection>(to name: String, in candidates: C, count: Int) -> [String]
    where C.Element == String {
        let wanted = normalised(String(name.prefix(longestCompared)))
        return candidates.map { (name: $0, distance: editDistance(wanted, normalised($0))) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(max(0, count)).map(\.name)
    }

    /// `" did you mean 'x'?"` or the empty string, ready to append to a message.
    public static func hint<C: Collection>(for name: String, in candidates: C) -> String
    where C.Element == String {
        nearest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func normalised(_ s: String) -> [Character] {
        Array(s.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// The edit distance of `a` and `b` if it is at most `limit`, else nil (Ukkonen's band).
    ///
    /// Only cells within `limit` of the diagonal can lie on an alignment of at most `limit`
    /// edits, so only those are computed; a row whose every cell exceeds `limit` ends the search.
    ///
    /// - Complexity: O(min(|a|, |b|)·limit) time, O(|b|) space.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var previous2 = [Int](repeating: beyond, count: b.count + 1)
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, beyond) : beyond
            var rowBest = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    cell = min(cell, previous2[j - 2] + 1)
                }
                current[j] = min(cell, beyond)
                rowBest = min(rowBest, current[j])
            }
            if high < b.count { current[high + 1] = beyond }
            if rowBest > limit { return nil }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
