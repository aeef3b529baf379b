import Foundation
import PackagePlugin

/// Keeps the command line to StakeGraph alone (DESIGN.md, "Layout"): the build fails when a
/// source file of the target it is attached to imports one of the modules below StakeGraph.
///
/// SwiftPM lets a target import any module its dependencies depend on, so leaving `NetworkAnalysis`
/// and `Graphviz` out of the executable's dependencies in Package.swift does not stop an
/// `import`; this plugin does, on every `swift build`.
@main
struct ModuleBoundary: BuildToolPlugin {
    /// Modules only StakeGraph may import.
    static let forbidden: Set<String> = ["NetworkAnalysis", "Graphviz", "CGraphviz"]

    struct Violation: Error, CustomStringConvertible {
        var lines: [String]
        var description: String {
            (lines + ["the command line depends on StakeGraph alone (DESIGN.md): ask StakeGraph for what it needs"])
                .joined(separator: "\n")
        }
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        var found: [String] = []
        for file in module.sourceFiles(withSuffix: "swift") {
            let text = (try? String(contentsOf: file.url, encoding: .utf8)) ?? ""
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let name = Self.importedModule(line), Self.forbidden.contains(name) {
                    found.append("\(file.url.path):\(index + 1): error: \(module.name) must not import \(name)")
                }
            }
        }
        if !found.isEmpty { throw Violation(lines: found) }
        return []
    }

    /// The module an `import` line names (`import X`, `@testable import X`, `import struct X.Y`).
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(whereSeparator: \.isWhitespace)[...]
        while let first = words.first, first.hasPrefix("@") || ["public", "internal", "package", "private", "fileprivate"].contains(first) {
            words = words.dropFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
        let path = kinds.contains(words[words.startIndex + 1]) && words.count >= 3 ? words[words.startIndex + 2] : words[words.startIndex + 1]
        return path.split(separator: ".").first.map(String.init)
    }
}
