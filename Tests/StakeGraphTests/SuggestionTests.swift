import Testing
@testable import StakeGraph

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("warns-againt", "warns-against"),
        ("WARNS_AGAINST", "warns-against"),
        ("bnas", "bans"),
        ("contract-with", "contracts-with"),
        ("partof", "part-of"),
    ])
    func suggestsTheNearestRelationType(typed: String, expected: String) {
        #expect(Suggestion.nearest(to: typed, in: Vocabulary.builtIn.map(\.id)) == expected)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.nearest(to: "photosynthesis", in: Vocabulary.builtIn.map(\.id)) == nil)
        #expect(Suggestion.hint(for: "xyz", in: ["bans"]) == "")
        #expect(Suggestion.nearest(to: "anything", in: [String]()) == nil)
    }

    @Test func closestRanksEveryCandidateByDistance() {
        #expect(Suggestion.closest(to: "bnas", in: ["supports", "bans", "banns", "urges"], count: 2) == ["bans", "banns"])
        #expect(Suggestion.closest(to: "x", in: ["b", "a", "ccc"], count: 5) == ["a", "b", "ccc"], "ties in name order, all when fewer")
        #expect(Suggestion.closest(to: "x", in: ["a"], count: 0).isEmpty)
        #expect(Suggestion.closest(to: "sue", in: Vocabulary.builtIn.map(\.id), count: 1) == ["sues"])
    }

    @Test func closedSetsSuggestWhatASynonymMeans() {
        let kinds = ActorKind.allCases.map(\.rawValue)
        #expect(ClosedSetSynonyms.hint(for: "company", synonyms: ClosedSetSynonyms.kinds, names: kinds) == "; did you mean 'firm'?")
        #expect(ClosedSetSynonyms.hint(for: "Think Tank", synonyms: ClosedSetSynonyms.kinds, names: kinds) == "; did you mean 'group'?")
        #expect(ClosedSetSynonyms.hint(for: "goverment", synonyms: ClosedSetSynonyms.kinds, names: kinds) == "; did you mean 'government'?")
        #expect(ClosedSetSynonyms.hint(for: "zebra", synonyms: ClosedSetSynonyms.kinds, names: kinds) == "")
    }

    @Test func aWholeWordOfOneCandidateIsSuggested() {
        #expect(Suggestion.nearest(to: "acme", in: ["acme-in-networks", "other"]) == "acme-in-networks")
        #expect(Suggestion.nearest(to: "acme", in: ["acme-a", "acme-b"]) == nil, "ambiguous")
        #expect(Suggestion.nearest(to: "in", in: ["acme-in-networks"]) == nil, "too short")
        #expect(Suggestion.nearest(to: "eigen", in: CentralityMeasure.allCases.map(\.rawValue)) == "eigenvector", "a prefix")
    }

    @Test func hintReadsAsAQuestion() {
        #expect(Suggestion.hint(for: "frim", in: ["firm", "media"]) == "; did you mean 'firm'?")
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(Suggestion.editDistance(Array("ab"), Array("ba")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    }

    @Test func theBandedDistanceAgreesWithTheFullOneWithinItsLimit() {
        let pairs = [("kitten", "sitting"), ("ab", "ba"), ("acme", "acme-in"), ("state-a", "sttae-b"), ("", "ab"), ("abcdef", "fedcba")]
        for (a, b) in pairs {
            let full = Suggestion.editDistance(Array(a), Array(b))
            for limit in 0...6 {
                #expect(Suggestion.editDistance(Array(a), Array(b), limit: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
            }
        }
    }

    @Test func longNamesGetNoSuggestion() {
        let long = String(repeating: "a", count: Suggestion.longestCompared + 1)
        #expect(Suggestion.nearest(to: long, in: [long + "b"]) == nil)
        let longest = String(repeating: "a", count: Suggestion.longestCompared - 1)
        #expect(Suggestion.nearest(to: longest + "c", in: [longest + "b"]) == longest + "b")
    }

    @Test func aBudgetStopsHintsAndSaysSoOnce() {
        var budget = SuggestionBudget(limit: 2)
        #expect(budget.hint(for: "frim", in: ["firm"]) == "; did you mean 'firm'?")
        #expect(budget.hint(for: "frim", in: ["firm"]) == "; did you mean 'firm'?")
        #expect(budget.hint(for: "frim", in: ["firm"]) == "; no more 'did you mean' hints in this file after 2 unknown names")
        #expect(budget.hint(for: "frim", in: ["firm"]) == "")
        var small = SuggestionBudget(limit: 10, comparisons: 3)
        #expect(small.hint(for: "frim", in: ["firm", "media"]) == "; did you mean 'firm'?")
        #expect(small.hint(for: "frim", in: ["firm", "media"]).hasPrefix("; no more"), "4 comparisons exceed 3")
        #expect(small.hint(for: "frim", in: ["firm"]) == "", "once stopped, hints stay stopped")
    }

    @Test func longWordsInAMessageAreCutButKeepTheirClosingQuote() {
        let shown = ShownText.cut("unknown actor '\(String(repeating: "x", count: 500))' in 'to'")
        #expect(shown == "unknown actor '\(String(repeating: "x", count: 99))…' in 'to'")
        #expect(ShownText.cut("short message") == "short message")
        let many = Array(repeating: "word", count: 1_000).joined(separator: " ")
        #expect(ShownText.cut(many).count == ShownText.longestMessage + 1)
        #expect(ShownText.cut(many).hasSuffix("…"))
    }

    @Test func equalDistancesPreferTheAlphabeticallyFirst() {
        #expect(Suggestion.nearest(to: "bat", in: ["cat", "bag"]) == "bag")
    }
}
