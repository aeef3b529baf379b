import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StakeGraph
import Graphviz

/// Data that would break Graphviz or the drawing: values past the DOT scanner's limit, markup,
/// blank names, and drawings too large to lay out.
@Suite struct HostileDiagramTests {
    static func graph(actors: [Actor], relations: [Relation] = []) -> StakeholderGraph {
        StakeholderGraph(path: "h.yaml", info: GraphInfo(id: "hostile", title: "Hostile"), sources: [], actors: actors,
                         relations: relations, issues: [], positions: [], customRelationTypes: [])
    }

    static func actor(_ id: String, name: String, description: String? = nil) -> Actor {
        Actor(id: id, name: name, kind: .firm, country: nil, aliases: [], description: description, url: nil,
              location: SourceLocation(file: "h.yaml", line: 1, column: 1))
    }

    @Test func aValuePastTheDOTScannersLimitIsCutBetweenCharacters() throws {
        for text in [String(repeating: "A", count: 60_000), String(repeating: "é\\\"", count: 20_000)] {
            for escaped in [DOTText.quoted(text), DOTText.tooltip(text), DOTText.html(text)] {
                #expect(escaped.utf8.count <= DOTText.maximumValueBytes + 2, "\(escaped.utf8.count) bytes")
                #expect(escaped.hasSuffix("…\"") || escaped.hasSuffix("…"))
            }
            // Graphviz reads the cut value back as the start of the original (cgraph keeps `\\`
            // as two characters; only drawing turns it into one).
            let graphs = try DOTReader.read("digraph { a [label=\(DOTText.quoted(text))] }")
            let label = try #require(graphs.first?.nodes.first?.attributes["label"]).replacingOccurrences(of: "\\\\", with: "\\")
            #expect(label.hasSuffix("…") && text.hasPrefix(String(label.dropLast())), "\(label.suffix(20))")
        }
        #expect(DOTText.quoted("short") == "\"short\"")
    }

    @Test func longAndHostileValuesStillDrawAsWellFormedSVG() throws {
        let graph = Self.graph(actors: [
            Self.actor("a", name: String(repeating: "A", count: 60_000), description: String(repeating: "d", count: 100_000)),
            Self.actor("b", name: String(repeating: "x\n", count: 3_000)),
            Self.actor("c", name: "<b>&amp;\" onload=alert(1) \\ \\N </text><script>x</script>"),
        ], relations: [
            Relation(from: "a", to: "b", type: "bans", span: .undated, note: String(repeating: "n", count: 50_000), evidence: [],
                     location: SourceLocation(file: "h.yaml", line: 1, column: 1)),
            Relation(from: "b", to: "c", type: "bans", span: .undated, note: nil, evidence: [],
                     location: SourceLocation(file: "h.yaml", line: 1, column: 1)),
        ])
        let rendering = try Diagram.render(GraphSlice(graph), options: DiagramOptions(), engine: .auto, format: .svg)
        let svg = String(decoding: rendering.bytes, as: UTF8.self)
        let parser = XMLParser(data: Data(rendering.bytes))
        #expect(parser.parse(), "well-formed XML")
        #expect(!svg.contains("<script") && !svg.contains("onload=\""))
        #expect(svg.contains("&lt;script&gt;"))
    }

    @Test func aDrawingTooLargeToLayOutIsRefusedBeforeGraphvizStarts() {
        let actors = (0...Diagram.maximumActors).map { Self.actor("a\($0)", name: "A\($0)") }
        #expect(throws: DiagramError.tooLarge(actors: Diagram.maximumActors + 1, edges: 0)) {
            _ = try Diagram.dot(for: GraphSlice(Self.graph(actors: actors)), options: DiagramOptions(), engine: .auto)
        }
        let message = DiagramError.tooLarge(actors: 20_000, edges: 100_000).description
        #expect(message.contains("(at most 10000 actors and 40000 edges); draw a part of the graph"))
        #expect(!message.contains("--"), "domain messages name no command-line flags")
    }

    @Test func aBlankNameInAnImportBecomesTheId() throws {
        let dot = "digraph { a [label=\"\u{0C}\"]; b [label=\"\u{2028}\"]; a -> b }"
        let (graph, diagnostics) = GraphImport.read(data: Data(dot.utf8), format: .dot, path: "blank.gv")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.actors.allSatisfy { !$0.name.allSatisfy(\.isWhitespace) }, "\(graph.actors.map(\.name))")
        #expect(ReaderContract.violation(reading: Data(dot.utf8), as: .dot) == nil)
    }
}
