import Foundation
import Testing
@testable import StakeGraph

@Suite struct RecordEvidenceTests {
    static let header = """
        graph: {id: t}
        sources:
          - {id: gdelt, title: GDELT}
        actors:
          - {id: a, name: A, kind: government}
          - {id: b, name: B, kind: government}
        relations:

        """

    @Test func aRecordReferenceReadsAndWritesBack() {
        let graph = Fixtures.validGraph(Self.header + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: \"https://x.example/1\"}]}\n")
        let evidence = graph.relations.first?.evidence.first
        #expect(evidence?.record == "https://x.example/1")
        #expect(evidence?.isRecordReference == true)
        for text in [YAMLText.write(graph.document), JSONText.write(graph.document)] {
            let back = GraphReader.read(text: text, path: text.hasPrefix("{") ? "b.json" : "b.yaml")
            #expect(!back.diagnostics.hasErrors, "\(back.diagnostics)")
            #expect(back.graph.relations.first?.evidence.first?.record == "https://x.example/1")
        }
    }

    /// A record reference has no quote: the drawing's tooltips and the report's references show
    /// `record REF`, never an empty quote, and two records of one source stay two references.
    @Test func displaysCiteTheRecordNotAnEmptyQuote() throws {
        let graph = Fixtures.validGraph(Self.header
            + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: \"https://x.example/1\"}, {source: gdelt, record: \"https://x.example/2\"}]}\n")
        let dot = try Diagram.dot(for: GraphSlice(graph), options: DiagramOptions(), engine: .auto).text
        #expect(dot.contains("record https://x.example/1") && !dot.contains("“”"))
        let content = try ReportContent.build(GraphSlice(graph), issues: graph.issues)
        let markdown = ReportMarkdown.write(ReportDocument(content), figureFile: { "\($0).svg" })
        #expect(markdown.contains("record https://x.example/1") && markdown.contains("record https://x.example/2"), "\(markdown)")
        #expect(!markdown.contains("“”"))
    }

    /// GraphML carries a record reference in its evidence list and brings it back (the output
    /// contract of the fuzz harness found it refused before).
    @Test func aRecordReferenceRoundTripsThroughGraphML() throws {
        let graph = Fixtures.validGraph(Self.header + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: \"https://x.example/1\"}]}\n")
        let text = try GraphExport.text(GraphSlice(graph), format: .graphml)
        let (back, diagnostics) = GraphImport.read(data: Data(text.utf8), format: .graphml, path: "b.graphml")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(back.relations.first?.evidence.first?.record == "https://x.example/1")
    }

    @Test func aQuoteAndARecordTogetherAreAnError() {
        let diagnostics = Fixtures.diagnostics(Self.header + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: r1, quote: one two three}]}\n")
        #expect(diagnostics.contains { $0.contains("error: evidence gives both a quote and a record") }, "\(diagnostics)")
    }

    @Test func evidenceNeedsAQuoteWithoutARecord() {
        let diagnostics = Fixtures.diagnostics(Self.header + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt}]}\n")
        #expect(diagnostics.contains { $0.contains("error: evidence is missing its required 'quote'") }, "\(diagnostics)")
    }

    @Test func theQuoteCheckLeavesRecordReferencesAlone() throws {
        let graph = Fixtures.validGraph(Self.header + "  - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: r1}]}\n")
        let directory = FileManager.default.temporaryDirectory.path
        // The source names no file: a quote would be warned about as unchecked; a record is not.
        #expect(QuoteCheck.check(graph, sourcesDirectory: directory).isEmpty)
    }

    @Test func statisticsCountRecordReferencesApartFromQuotes() {
        let graph = Fixtures.validGraph(Self.header + """
              - {from: a, to: b, type: meets-with, evidence: [{source: gdelt, record: r1}, {source: gdelt, quote: one two three}]}
              - {from: b, to: a, type: meets-with, evidence: [{source: gdelt, record: r2}]}

            """)
        let stats = GraphStatistics(GraphSlice(graph))
        #expect(stats.quotes == 1)
        #expect(stats.recordReferences == 2)
    }
}
