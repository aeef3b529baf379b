import Foundation
import Testing
@testable import StakeGraph

/// The Huawei 5G graph in `Graphs/` is built from the five seed articles: it must be valid and
/// every quote must be in its article verbatim.
@Suite struct SeedGraphTests {
    static let path = Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    @Test func isValidWithoutWarnings() throws {
        let result = try GraphReader.read(contentsOf: Self.path)
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics)")
    }

    @Test func everyQuoteIsInItsArticleVerbatim() throws {
        #expect(FileManager.default.fileExists(atPath: Fixtures.seedsDirectory),
                "the seed articles are expected at \(Fixtures.seedsDirectory) (set STAKEGRAPH_SEEDS)")
        let graph = try GraphReader.read(contentsOf: Self.path).graph
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: Fixtures.seedsDirectory)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func coversTheArticlesAsTheIssueAsks() throws {
        let graph = try GraphReader.read(contentsOf: Self.path).graph
        #expect(graph.actors.count >= 35)
        #expect(graph.relations.count >= 50)
        #expect(graph.sources.count == 5)
        #expect(Set(graph.sources.compactMap(\.file)).count == 5)
        #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty })
        let issue = try #require(graph.issue(id: "huawei-in-5g"))
        #expect(issue.subject == "huawei")
        #expect(graph.positions.filter { $0.issue == issue.id }.count >= 8)
        let structural = graph.relations.filter { graph.relationType($0.type)?.mode == .structural }
        #expect(structural.count >= 8, "officials should be tied to institutions and institutions to states")
    }

    @Test func tiesTheFBIDirectorToTheStateBehindHim() throws {
        let graph = try GraphReader.read(contentsOf: Self.path).graph
        let wray = try graph.findActor("Chris Wray")
        // Follow structural relations upward until a government is reached.
        var frontier = [wray.id], seen = Set(frontier)
        var reachedGovernment = false
        while let current = frontier.popLast() {
            if graph.actor(id: current)?.kind == .government { reachedGovernment = true; break }
            for relation in graph.relations where relation.from == current
                && graph.relationType(relation.type)?.mode == .structural && seen.insert(relation.to).inserted {
                frontier.append(relation.to)
            }
        }
        #expect(reachedGovernment)
    }
}
