import Foundation

/// Writing to the terminal's two streams: results to stdout, messages to stderr.
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` to stdout exactly as given.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `text` to stdout, ending it with a line break.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A note on stderr: something the user should know that is not an error.
    static func note(_ text: String) { error("stakegraph: note: \(text)") }
}
