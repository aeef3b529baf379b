import Foundation
@testable import StakeGraph

/// Imports text through temporary files, as `stakegraph import` reads them.
enum Imports {
    struct Outcome {
        var graph: StakeholderGraph
        var diagnostics: Diagnostics

        /// Errors as `file:line:column: message` with the file's last path component.
        var errors: [String] { describe(diagnostics.errors) }
        var warnings: [String] { describe(diagnostics.warnings) }

        private func describe(_ items: [Diagnostic]) -> [String] {
            items.map { "\(($0.location.file as NSString).lastPathComponent):\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    /// Imports `text` as a file called `name`; by default declaring unknown relation types, as
    /// `import --new-types` does, which most tests of other matters want.
    static func run(_ text: String, named name: String, actors: String? = nil, sources: String? = nil,
                    kind: ActorKind = .group, options base: ImportOptions = ImportOptions(declaresNewTypes: true)) throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ content: String?, _ file: String) throws -> String? {
            guard let content else { return nil }
            let path = directory.appendingPathComponent(file).path
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        let path = try write(text, name)!
        var options = base
        options.actorsSheet = try write(actors, "actors.csv")
        options.sourcesSheet = try write(sources, "sources.csv")
        options.defaultKind = kind
        let (graph, diagnostics) = try GraphImport.read(contentsOf: path, options: options)
        return Outcome(graph: graph, diagnostics: diagnostics)
    }

    /// The seed graph, which must read without errors.
    static func seedGraph() throws -> StakeholderGraph {
        let result = try GraphReader.read(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path)
        precondition(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result.graph
    }
}
