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

    @Test func equalDistancesPreferTheAlphabeticallyFirst() {
        #expect(Suggestion.nearest(to: "bat", in: ["cat", "bag"]) == "bag")
    }
}
