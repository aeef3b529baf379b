import Foundation
import Testing
import Yams
@testable import StakeGraph

/// The trigger lexicon as a user extends it, the coverage of sources, and the YAML that
/// `suggest` writes.
@Suite struct LexiconAndCoverageTests {
    @Test func theBuiltInLexiconNamesOnlyTypesTheSeedGraphKnows() throws {
        let seed = try GraphReader.read(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path).graph
        #expect(TriggerLexicon.builtIn.unknownTypes(in: seed).isEmpty)
        #expect(TriggerLexicon.builtIn.count > 300)
    }

    @Test func anExtensionIsTriedFirstAndMovesATriggerToItsType() throws {
        let extended = try TriggerLexicon(yaml: "types:\n  supports: [barred, stood by]\nhedges: [perhaps]", path: "mine.yaml", extending: .builtIn)
        let tokens = WordTokens("they stood by and barred it perhaps")
        #expect(extended.trigger(at: 1, in: tokens)?.type == "supports")
        #expect(extended.trigger(at: 4, in: tokens)?.type == "supports")
        #expect(TriggerLexicon.builtIn.trigger(at: 4, in: tokens)?.type == "bans")
        #expect(extended.hedges.contains("perhaps") && extended.hedges.contains("could"))
        #expect(extended.count == TriggerLexicon.builtIn.count + 1)
    }

    @Test(arguments: [
        ("- a list", "a lexicon is a mapping with 'types' (type: [trigger, …])"),
        ("types: [bans]", "'types' should map each relation type to a list of triggers"),
        ("types: {bans: banned}", "the triggers of 'bans' should be a list"),
        ("triggers: {}", "unknown key 'triggers' (allowed: types, negations, hedges, passive-auxiliaries)"),
    ])
    func aBadLexiconSaysWhatIsWrong(yaml: String, message: String) {
        #expect(throws: TriggerLexicon.Problem.self) { try TriggerLexicon(yaml: yaml, path: "x.yaml") }
        do { _ = try TriggerLexicon(yaml: yaml, path: "x.yaml") } catch { #expect(error.description == "x.yaml: \(message)") }
    }

    @Test func coverageCountsCitedSentencesAndFindsWhatNoRelationUses() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("coverage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "Acme sued Beta. Nothing here.\n\nBeta and Gamma met. Gamma praised Acme, it said.".write(to: directory.appendingPathComponent("s.txt"), atomically: true, encoding: .utf8)
        let graph = Fixtures.validGraph("""
            graph: {id: t}
            sources: [{id: s, title: S, file: s.txt}]
            actors:
              - {id: acme, name: Acme, kind: firm}
              - {id: beta, name: Beta, kind: firm}
              - {id: gamma, name: Gamma, kind: firm}
            relations:
              - {from: acme, to: beta, type: charges, evidence: [{source: s, quote: "Acme sued … Beta"}]}
              - {from: gamma, to: acme, type: supports, evidence: [{source: s, quote: "Gamma praised"}]}
            """)
        let entry = try #require(SourceCoverage(graph, texts: SourceTexts(graph, directory: directory.path)).entries.first)
        #expect(entry.sentences == 4)
        #expect(entry.citedSentences == 2)
        #expect(entry.actorsNamed == ["acme", "beta", "gamma"])
        #expect(entry.actorsWithoutRelation.isEmpty)
        #expect(entry.uncited.map(\.sentence.text) == ["Beta and Gamma met."])
        #expect(entry.uncited.first?.actors == ["beta", "gamma"])
    }

    @Test func aMissingTextIsAProblemNotACrash() {
        let graph = Fixtures.validGraph("graph: {id: t}\nsources: [{id: s, title: S, file: nope.txt}, {id: u, title: U}]")
        let texts = SourceTexts(graph, directory: "/no/such/folder")
        #expect(texts.texts.isEmpty)
        #expect(texts.problems.map(\.message) == ["source file 'nope.txt' of source 's' is not in /no/such/folder",
                                                  "source 'u' names no 'file', so its text cannot be read"])
    }

    @Test func theSnippetsAreYAMLThatReadsBackAsTheCandidates() throws {
        let sentence = SourceSentence(text: #"He said "no" \ C:\path – ok"#, paragraph: 2, number: 5)
        let candidate = RelationSuggester.Candidate(from: "a", to: "b", type: "warns-against", trigger: "said", source: "s",
                                                    date: try PartialDate(parsing: "2019-03"), sentence: sentence, negations: ["no"], hedges: [], passive: false)
        let graph = Fixtures.validGraph("graph: {id: t}\nsources: [{id: s, title: \"A\\ntitle\"}]")
        let text = SuggestionYAML.write([candidate], in: graph)
        #expect(text.contains("  # paragraph 2, sentence 5; trigger \"said\"; NEGATED? (no)"))
        let entries = try #require((try Yams.load(yaml: "relations:\n" + text) as? [String: Any])?["relations"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries[0]["from"] as? String == "a" && entries[0]["type"] as? String == "warns-against")
        let evidence = try #require(entries[0]["evidence"] as? [[String: Any]])
        #expect(evidence[0]["quote"] as? String == sentence.text)
        #expect(!text.contains("A\ntitle"), "a line break in a title cannot end the comment")
    }
}
