import Foundation
import Testing
@testable import StakeGraph

/// Paths to the committed fixtures and the seed articles, found from this file's location so
/// that tests run from any working directory.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// The five seed articles: `$STAKEGRAPH_SEEDS`, else `../shared/seeds` beside the repository.
    static var seedsDirectory: String {
        ProcessInfo.processInfo.environment["STAKEGRAPH_SEEDS"]
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }

    static func read(_ name: String) throws -> GraphReadResult {
        try GraphReader.read(contentsOf: path(name))
    }

    /// The graph a YAML text describes, recording an issue if it has errors.
    static func validGraph(_ yaml: String, path: String = "t.yaml") -> StakeholderGraph {
        let result = GraphReader.read(text: yaml, path: path)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result.graph
    }

    /// Diagnostics of a YAML text as `line:column: severity: message` strings.
    static func diagnostics(_ yaml: String, path: String = "t.yaml") -> [String] {
        GraphReader.read(text: yaml, path: path).diagnostics.sorted.map {
            "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)"
        }
    }
}

extension StakeholderGraph {
    /// The same graph with its sections changed by `change` (a graph is fixed once built).
    func changing(_ change: (inout Sections) -> Void) -> StakeholderGraph {
        var sections = Sections(sources: sources, actors: actors, relations: relations, issues: issues, positions: positions,
                                customRelationTypes: customRelationTypes)
        change(&sections)
        return StakeholderGraph(path: path, info: info, sources: sections.sources, actors: sections.actors,
                                relations: sections.relations, issues: sections.issues, positions: sections.positions,
                                customRelationTypes: sections.customRelationTypes)
    }

    struct Sections {
        var sources: [Source]
        var actors: [Actor]
        var relations: [Relation]
        var issues: [StakeGraph.Issue]
        var positions: [Position]
        var customRelationTypes: [RelationType]
    }
}

extension PartialDate {
    /// A date from text known to be valid, for tests.
    static func test(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }
}
