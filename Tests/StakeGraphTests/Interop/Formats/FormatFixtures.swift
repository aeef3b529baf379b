import Foundation
@testable import StakeGraph

/// Reads the hand-made files under Tests/Fixtures/formats/ and inline texts through
/// `GraphImport`, as `stakegraph import` does.
enum FormatFixtures {
    struct Outcome {
        var graph: StakeholderGraph
        var diagnostics: Diagnostics
        /// Errors as `line:column: message`.
        var errors: [String] { diagnostics.errors.map { "\($0.location.line):\($0.location.column): \($0.message)" } }
        var warnings: [String] { diagnostics.warnings.map(\.message) }

        func actor(_ id: String) -> Actor? { graph.actors.first { $0.id == id } }
        /// The YAML `import` writes reads back without errors.
        var validates: Bool { (try? GraphImport.yaml(for: graph, header: "test")) != nil }
    }

    static func read(_ name: String, as format: ImportFormat, signs: SignedTypes = SignedTypes()) throws -> Outcome {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("formats/\(name)")))
        return read(data, as: format, path: name, signs: signs)
    }

    static func read(text: String, as format: ImportFormat, signs: SignedTypes = SignedTypes()) -> Outcome {
        read(Data(text.utf8), as: format, path: "input.\(format.rawValue)", signs: signs)
    }

    static func read(_ data: Data, as format: ImportFormat, path: String, signs: SignedTypes = SignedTypes()) -> Outcome {
        let (graph, diagnostics) = GraphImport.read(data: data, format: format, path: path, signs: signs)
        return Outcome(graph: graph, diagnostics: diagnostics)
    }

    /// `graph` exported as `format` and imported again.
    static func roundTrip(_ graph: StakeholderGraph, _ format: ExportFormat, as importFormat: ImportFormat) throws -> Outcome {
        let text = try GraphExport.text(GraphSlice(graph), format: format)
        return read(text: text, as: importFormat)
    }
}
