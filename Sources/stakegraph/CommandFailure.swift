/// A failure decided by the command line itself, not by the graph: a query that found nothing,
/// or options that do not go together. `ExitMessage` turns it into its exit code.
struct CommandFailure: Error, CustomStringConvertible {
    enum Kind {
        /// 1: the query ran and found nothing.
        case nothingFound
        /// 64: the command line is wrong.
        case usage
        /// 66: an input file or directory is missing or unreadable.
        case unreadable
        /// 65: a file is invalid and its diagnostics have been printed (the message summarises).
        case invalidData
    }

    var kind: Kind
    var message: String
    var description: String { message }

    static func nothingFound(_ message: String) -> CommandFailure { .init(kind: .nothingFound, message: message) }
    static func usage(_ message: String) -> CommandFailure { .init(kind: .usage, message: message) }
    static func unreadable(_ message: String) -> CommandFailure { .init(kind: .unreadable, message: message) }
    static func invalidData(_ message: String) -> CommandFailure { .init(kind: .invalidData, message: message) }
}
