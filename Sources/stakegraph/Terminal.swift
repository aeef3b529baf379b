import Foundation

/// Writing to the terminal's two streams: results to stdout, messages to stderr.
///
/// Text (tables, cards, messages, diagnostics) goes out with its control characters escaped
/// (`String.terminalSafe`); data (CSV, JSON, YAML, exports) goes out exactly as given.
enum Terminal {
    /// A message on stderr, its control characters escaped, ended with a line break.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.terminalSafe + "\n").utf8))
    }

    /// Writes data (CSV, JSON, YAML) to stdout exactly as given.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes text to stdout, its control characters escaped, ending it with a line break.
    static func output(_ text: String) {
        let safe = text.terminalSafe
        FileHandle.standardOutput.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// A note on stderr: something the user should know that is not an error.
    static func note(_ text: String) { error("stakegraph: note: \(text)") }
}
