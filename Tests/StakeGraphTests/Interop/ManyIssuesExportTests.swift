import Foundation
import Testing
@testable import StakeGraph

/// Exports of a graph with many issues in time linear in them: 20,000 issues with one position
/// each took 36 s as GraphML and 24 s as Cypher or node-link before (release build).
@Suite struct ManyIssuesExportTests {
    /// A debug build on a shared machine: about 5 s each now, 67–110 s before.
    static let ceiling: Duration = .seconds(20)

    static let graph: StakeholderGraph = {
        let actors = (0..<100).map { "  - {id: actor-\($0), name: Actor \($0), kind: firm}\n" }.joined()
        let issues = (0..<20_000).map { "  - {id: issue-\($0), question: 'Q \($0)?'}\n" }.joined()
        let positions = (0..<20_000).map {
            "  - {actor: actor-\($0 % 100), issue: issue-\($0), stance: \($0 % 2 == 0 ? 1 : -1), evidence: [{source: s, quote: 'one two three four five'}]}\n"
        }.joined()
        let text = "graph: {id: g}\nsources:\n  - {id: s, title: S}\nactors:\n" + actors + "issues:\n" + issues + "positions:\n" + positions
        return GraphReader.read(text: text, path: "issues.yaml").graph
    }()

    @Test(arguments: [ExportFormat.graphml, .gexf, .cypher, .nodeLink, .cytoscape])
    func twentyThousandIssuesExportQuickly(format: ExportFormat) throws {
        let slice = GraphSlice(Self.graph)
        #expect(slice.positions.count == 20_000)
        let clock = ContinuousClock()
        var text = ""
        let took = try clock.measure { text = try GraphExport.text(slice, format: format) }
        #expect(took < Self.ceiling, "took \(took)")
        // Every issue's stance is exported: actor-99 holds the last position, issue-19999 (−1).
        #expect(text.contains("stance:issue-19999"))
        #expect(text.contains("stance:issue-0"))
    }
}
