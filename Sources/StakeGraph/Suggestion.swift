/// Finds the valid name nearest to a misspelt one, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `name` by case-insensitive edit distance, if it is close enough to
    /// be a plausible typo: within a third of the name's length (at least 1, at most 4 edits; none
    /// for one-letter names), or
    /// differing only in case, `_`/space versus `-`; failing that, the one candidate that starts
    /// with the name or has it as a whole hyphenated word.
    public static func nearest<C: Collection>(to name: String, in candidates: C) -> String?
    where C.Element == String {
        let wanted = normalised(name)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(wanted, normalised(candidate))
            if best == nil || distance < best!.distance
                || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = wanted.count <= 1 ? 0 : min(4, max(1, wanted.count / 3))
        if best.distance <= limit { return best.name }
        // A whole word of exactly one candidate: "acme" → "acme-in-networks".
        guard wanted.count >= 3 else { return nil }
        let word = String(wanted)
        let containing = candidates.filter { candidate in
            let text = String(normalised(candidate))
            return text.hasPrefix(word) || text.split(separator: "-").map { String($0) }.contains(word)
        }
        return containing.count == 1 ? containing[0] : nil
    }

    /// The `count` candidates closest to `name` by case-insensitive edit distance, nearest first
    /// (ties in name order), however far they are: what to show when nothing is a plausible typo.
    ///
    /// - Complexity: O(n·m²) for n candidates of about m characters, plus sorting them.
    public static func closest<C: Collection>(to name: String, in candidates: C, count: Int) -> [String]
    where C.Element == String {
        let wanted = normalised(name)
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
