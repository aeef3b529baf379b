import Testing
@testable import StakeGraph

@Suite struct QuoteElisionTests {
    @Test func splitsAtEveryKindOfMark() {
        #expect(QuoteElision.parts(of: "a … b ... c [...] d […] e....f") == ["a", "b", "c", "d", "e", "f"])
        #expect(QuoteElision.parts(of: "… He said... ") == ["He said"])
        #expect(QuoteElision.parts(of: "the U.S. and .. two dots, [sic] and [.] stay") == ["the U.S. and .. two dots, [sic] and [.] stay"])
        #expect(QuoteElision.hasElision("a [...] b"))
        #expect(!QuoteElision.hasElision("the U.S. said .."))
    }

    @Test func countsWordsWithoutMarksOrPunctuation() {
        #expect(QuoteElision.wordCount(of: "Huawei") == 1)
        #expect(QuoteElision.wordCount(of: "U.S. officials …") == 2)
        #expect(QuoteElision.wordCount(of: "2012 — a ban") == 3)
        #expect(QuoteElision.wordCount(of: "— … \"") == 0)
    }
}
