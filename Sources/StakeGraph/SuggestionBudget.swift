/// How many "did you mean" hints one reader may still compute, so that a file with thousands of
/// unknown names is reported in bounded time: each hint compares the name with every candidate.
///
/// After `limit` hints, or once the hints would have compared more than `comparisons` candidates
/// in all (30 hints among 10,000 actors), the rest of the file's unknown names get none, and the
/// first of them says so once.
public struct SuggestionBudget: Sendable {
    /// Hints per file: more than a person fixes by hand, few enough to stay fast with 10,000
    /// candidates.
    public static let standard = 200

    /// Candidates compared per file, in all: about 3 s in a debug build.
    public static let standardComparisons = 300_000

    public let limit: Int
    public let comparisons: Int
    public private(set) var used = 0
    public private(set) var compared = 0
    private var exhausted = false
    private var saidExhausted = false

    public init(limit: Int = SuggestionBudget.standard, comparisons: Int = SuggestionBudget.standardComparisons) {
        self.limit = max(0, limit)
        self.comparisons = max(0, comparisons)
    }

    /// Whether one more hint, among `candidates` names, may be computed; counts it when so.
    /// Once refused, every later hint is refused too, so that hints stop at one place.
    public mutating func allowsOne(among candidates: Int) -> Bool {
        guard !exhausted, used < limit, compared + candidates <= comparisons else {
            exhausted = true
            return false
        }
        used += 1
        compared += candidates
        return true
    }

    /// The note that hints have stopped, the first time it is asked for; then the empty string.
    public mutating func exhaustedNote() -> String {
        guard !saidExhausted else { return "" }
        saidExhausted = true
        return "; no more 'did you mean' hints in this file after \(used) unknown names"
    }

    /// `Suggestion.hint(for:in:)` while the budget lasts; then the note, once, then nothing.
    ///
    /// - Complexity: O(n·m·k) like `Suggestion.nearest` while it lasts; O(1) afterwards.
    public mutating func hint<C: Collection>(for name: String, in candidates: C) -> String
    where C.Element == String {
        allowsOne(among: candidates.count) ? Suggestion.hint(for: name, in: candidates) : exhaustedNote()
    }
}
