import Foundation

/// The promises every reader keeps whatever bytes it is given, beyond not crashing or hanging.
///
/// The fuzz harness (`Fuzz/`) traps on a broken promise, and the regression tests replay the
/// seed corpus and every past finding through the same check.
public enum ReaderContract {
    /// Reads `data` as `format` and returns the promise it broke, or nil when it kept them all:
    /// - every diagnostic is located at a line and column of 1 or more;
    /// - input that is refused has at least one error, so the command line exits 65;
    /// - every diagnostic, as a terminal shows it, is free of raw control characters;
    /// - a graph read without errors writes YAML that reads back without errors (what `import`
    ///   writes must always validate), and its outputs keep `OutputContract`.
    public static func violation(reading data: Data, as format: ImportFormat) -> String? {
        let (graph, diagnostics) = GraphImport.read(data: data, format: format, path: "input.\(format.rawValue)")
        if let unplaced = diagnostics.items.first(where: { $0.location.line < 1 || $0.location.column < 1 }) {
            return "diagnostic without a position: \(unplaced)"
        }
        if let raw = diagnostics.items.first(where: { $0.message.terminalSafe.unicodeScalars.contains(where: String.needsEscape) }) {
            return "a diagnostic keeps a raw control on a terminal: \(raw.message.debugDescription)"
        }
        if diagnostics.hasErrors { return nil }
        do {
            _ = try GraphImport.yaml(for: graph, header: "contract check")
        } catch {
            return "a graph read without errors does not read back: \(error)"
        }
        return OutputContract.violation(of: graph)
    }
}
