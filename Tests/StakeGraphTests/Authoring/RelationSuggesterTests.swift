import Foundation
import Testing
@testable import StakeGraph

/// `suggest`, sentence by sentence on worked examples, then on the seed graph's own sources.
@Suite struct RelationSuggesterTests {
    static let graphText = """
        graph: {id: t}
        sources:
          - {id: s, title: A text, date: 2019-05, file: s.txt}
        actors:
          - {id: us, name: United States government, kind: government, aliases: [the U.S., Washington]}
          - {id: china, name: Government of China, kind: government, aliases: [Beijing]}
          - {id: huawei, name: Huawei, kind: firm}
          - {id: zte, name: ZTE, kind: firm}
          - {id: trump, name: Donald Trump, kind: official, aliases: [Trump]}
          - {id: xi, name: Xi Jinping, kind: official}
        """

    func suggest(_ text: String, graph extra: String = "") throws -> [RelationSuggester.Candidate] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("suggest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("s.txt"), atomically: true, encoding: .utf8)
        let graph = Fixtures.validGraph(Self.graphText + extra)
        return RelationSuggester(graph).candidates(from: SourceTexts(graph, directory: directory.path))
    }

    func triples(_ candidates: [RelationSuggester.Candidate]) -> [String] { candidates.map { "\($0.from) \($0.type) \($0.to)" } }

    @Test func anActiveSentenceGoesFromTheActorBeforeTheTriggerToThoseAfter() throws {
        let found = try suggest("Washington banned Huawei and ZTE in May.")
        #expect(triples(found) == ["us bans huawei", "us bans zte"])
        #expect(found[0].quote == "Washington banned Huawei and ZTE in May.")
        #expect(found[0].source == "s" && found[0].date?.description == "2019-05" && found[0].trigger == "banned")
    }

    @Test func aPassiveSentenceGoesFromTheActorAfterBy() throws {
        let found = try suggest("Since 2012, Huawei has been barred from selling equipment because of concerns by the U.S. government.")
        #expect(triples(found) == ["us bans huawei"])
        #expect(found.first?.passive == true)
    }

    @Test func coordinatedSubjectsAndASecondTriggerWithTheSameObject() throws {
        let found = try suggest("Beijing and Huawei have condemned the U.S. move, denying the allegations.")
        #expect(triples(found) == ["china criticizes us", "huawei criticizes us", "china denies us", "huawei denies us"])
        #expect(found[2].negations == ["denying"])
    }

    @Test func theSubjectsOfAMutualRelationRelateToEachOther() throws {
        #expect(triples(try suggest("Trump and Xi Jinping last month agreed to halt any new levies.")).first == "trump signs-agreement-with xi")
    }

    @Test func theCompanyStandsForTheFirmNamedBefore() throws {
        let found = try suggest("Huawei is large. The U.S. claims the Chinese company spies for Beijing.")
        #expect(triples(found).contains("us accuses huawei"))
        #expect(found.first { $0.type == "accuses" }?.readings == [#""the Chinese company" = huawei"#])
    }

    @Test func negationsAndHedgesAreFlaggedNotDropped() throws {
        let found = try suggest("Trump could ban Huawei, but Washington did not sanction ZTE.")
        #expect(triples(found) == ["trump bans huawei", "us sanctions zte"])
        #expect(found.allSatisfy { $0.hedges == ["could"] && $0.negations == ["not"] })
    }

    @Test func aSentenceNamingOneActorProposesNothing() throws {
        #expect(try suggest("Huawei warned about everything. It banned nobody.").isEmpty)
    }

    @Test func relationsTheGraphHasFromTheSameSourceAreLeftOut() throws {
        let existing = """

            relations:
              - {from: us, to: huawei, type: bans, evidence: [{source: s, quote: Washington banned Huawei}]}
            """
        #expect(triples(try suggest("Washington banned Huawei and ZTE in May.", graph: existing)) == ["us bans zte"])
    }

    @Test func everyQuoteOfTheSeedsCandidatesPassesTheQuoteCheck() throws {
        let seed = try GraphReader.read(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path).graph
        let stripped = seed.replacing(relations: [], positions: [])
        let candidates = RelationSuggester(stripped).candidates(from: SourceTexts(stripped, directory: Fixtures.seedsDirectory))
        #expect(candidates.count > 50)
        let relations = candidates.map { candidate in
            Relation(from: candidate.from, to: candidate.to, type: candidate.type, span: .undated, note: nil,
                     evidence: [Evidence(source: candidate.source, quote: candidate.quote, note: nil, location: SourceLocation(file: "t", line: 1, column: 1))],
                     location: SourceLocation(file: "t", line: 1, column: 1))
        }
        let problems = QuoteCheck.check(stripped.replacing(relations: relations, positions: []), sourcesDirectory: Fixtures.seedsDirectory)
        #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems.prefix(3))")
    }

    /// The README's figures: what `suggest` finds again of the seed graph from its five articles.
    /// They may rise; they must not fall below what was reached (51 of 65 pairs, 46 of 51
    /// polarities).
    @Test func theSeedGraphsRelationsAreFoundAgainFromItsSources() throws {
        let seed = try GraphReader.read(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path).graph
        let score = SuggestionScore(seed, sourcesDirectory: Fixtures.seedsDirectory)
        #expect(score.relations == 65)
        #expect(score.recalled >= 51, "pair recall \(score.recalled) of \(score.relations)")
        #expect(score.polarityRight * 51 >= 46 * score.recalled, "polarity \(score.polarityRight) of \(score.recalled)")
        #expect(score.recall >= 0.70 && score.polarityPrecision >= 0.75)
        #expect(score.candidatesPerSource.count == 5)
    }
}
