/// A place in a graph file: the file's path and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml does, so a caret under the column points at the
/// right character in a terminal.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// How serious a diagnostic is. Errors make a graph invalid; warnings do not, unless `--strict`.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
}

/// One problem found in a graph file, located and said in plain words.
///
/// Rendered as `path:line:column: error|warning: message`, the format compilers use, so editors
/// and CI annotators can jump to the spot.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        // User values in the message are cut here, once for every reader (`ShownText`).
        self.message = ShownText.cut(message)
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The diagnostics of one or more files, in file order.
public struct Diagnostics: Sendable, Error, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Whether these diagnostics make the file unusable: any error, or with `strict` any warning.
    public func fail(strict: Bool) -> Bool { strict ? !items.isEmpty : hasErrors }

    /// Sorted by location so that output follows the file from top to bottom.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { lhs, rhs in
            lhs.element.location == rhs.element.location
                ? lhs.offset < rhs.offset : lhs.element.location < rhs.element.location
        }.map(\.element)
    }

    public var description: String { sorted.map(\.description).joined(separator: "\n") }
}
