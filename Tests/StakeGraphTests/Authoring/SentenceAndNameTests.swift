import Testing
@testable import StakeGraph

/// Cutting texts into sentences and words, and finding actors' names in them.
@Suite struct SentenceAndNameTests {
    @Test func sentencesEndAtStopsButNotAtAbbreviationsOrInitials() {
        let text = "Mr. Ren spoke. The U.S. government, said Donald J. Trump, is \"worried.\" Is it? Yes!\r\n\r\nA new paragraph 2019."
        let sentences = SentenceSplitter.sentences(of: text)
        #expect(sentences.map(\.text) == ["Mr. Ren spoke.", "The U.S. government, said Donald J. Trump, is \"worried.\"", "Is it?", "Yes!", "A new paragraph 2019."])
        #expect(sentences.map(\.paragraph) == [1, 1, 1, 1, 2])
        #expect(sentences.map(\.number) == [1, 2, 3, 4, 5])
    }

    @Test func aLineBreakInsideAParagraphIsASpace() {
        #expect(SentenceSplitter.sentences(of: "One long\nsentence   here.").map(\.text) == ["One long sentence here."])
    }

    @Test func initialsAreOneWord() {
        #expect(WordTokens("the U.S.-China trade, U.K. and US").words.map(\.text) == ["the", "us", "china", "trade", "uk", "and", "us"])
        #expect(WordTokens("Donald J. Trump").words.map(\.text) == ["donald", "j", "trump"])
        let words = WordTokens("Huawei’s CTO").words
        #expect(words.map(\.original) == ["Huawei", "s", "CTO"])
        #expect(words.map(\.start) == [0, 7, 9])
    }

    let graph = Fixtures.validGraph("""
        graph: {id: t}
        actors:
          - {id: us, name: United States government, kind: government, aliases: [the U.S., US government]}
          - {id: usa-short, name: US, kind: group}
          - {id: nato, name: NATO, kind: international-organization}
          - {id: huawei, name: Huawei, kind: firm, aliases: [Huawei Technologies]}
          - {id: zte, name: ZTE, kind: firm}
        """)

    @Test func namesAreWholeWordsInAnyCaseTheLongestFirst() {
        let mentions = ActorMentions(graph)
        #expect(mentions.actors(in: "HUAWEI TECHNOLOGIES and the US government met the U.S.") == ["huawei", "us"])
        #expect(mentions.actors(in: "Huaweis are not Huawei-like") == ["huawei"])
        #expect(mentions.actors(in: "Nothing here: huaweix, zteam") == [])
    }

    @Test func shortCapitalNamesNeedACapital() {
        let mentions = ActorMentions(graph)
        #expect(mentions.actors(in: "tell us about it") == [])
        #expect(mentions.actors(in: "US officials and Nato") == ["usa-short", "nato"])
        #expect(mentions.actors(in: "zte and nato") == [])
    }

    @Test func theCompanyIsTheFirmNamedLast() {
        let tokens = WordTokens("the two aforementioned Chinese companies and the company")
        let references = FirmReferences.references(in: tokens, outside: [])
        #expect(references == [.init(start: 0, end: 5, count: 2), .init(start: 6, end: 8, count: 1)])
        #expect(FirmReferences.references(in: WordTokens("the government of the day"), outside: []).isEmpty)
    }
}
