import Foundation
import StakeGraph

/// A failure the user should see in one plain sentence, with the exit code DESIGN.md fixes.
struct CLIFailure: Error {
    var message: String
    var exitCode: Int32

    /// 1: the query ran and found nothing.
    static func nothingFound(_ message: String) -> CLIFailure { .init(message: message, exitCode: 1) }
    /// 64: the command line is wrong (unknown actor, type, flag value …).
    static func usage(_ message: String) -> CLIFailure { .init(message: message, exitCode: 64) }
    /// 65: the graph file is invalid; the diagnostics have been printed already.
    static func invalidData(_ message: String) -> CLIFailure { .init(message: message, exitCode: 65) }
    /// 66: an input file is missing or unreadable.
    static func unreadable(_ message: String) -> CLIFailure { .init(message: message, exitCode: 66) }
    /// 70: Graphviz could not render.
    static func rendering(_ message: String) -> CLIFailure { .init(message: message, exitCode: 70) }
}

extension GraphFileError {
    /// 66 for a file that cannot be read, 64 for one the command cannot use, and 65 with the
    /// located diagnostic printed for one refused whole (too large).
    var cliFailure: CLIFailure {
        switch kind {
        case .unreadable: return .unreadable(description)
        case .misused: return .usage(description)
        case .refused:
            Terminal.error(diagnostic.description)
            return .invalidData("\(path) is not a valid graph (1 error)")
        }
    }
}

extension DiagramError {
    /// 1 when the path to highlight does not exist, 64 for an unknown issue, 70 for a drawing
    /// too large to lay out.
    var cliFailure: CLIFailure {
        switch self {
        case .noPath: return .nothingFound(description)
        case .unknownIssue: return .usage(description)
        case .tooLarge: return .rendering(description)
        }
    }
}

extension ActorLookupError {
    var cliFailure: CLIFailure { .usage(description) }
}

/// Writing to the terminal's two streams.
enum Terminal {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Writes `text` to stdout exactly as given.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
