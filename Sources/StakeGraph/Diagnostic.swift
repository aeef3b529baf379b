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
        self.message = message
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

/// Finds the valid name nearest to a misspelt one, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `name` by case-insensitive edit distance, if it is close enough to
    /// be a plausible typo: within a third of the name's length (at least 1, at most 4 edits; none
    /// for one-letter names), or
    /// differing only in case, `_`/space versus `-`; failing that, the one candidate that starts
    /// with the name or has it as a whole hyphenated word.
    public static func nearest<C: Collection>(to name: String, in candidates: C) -> String?
    where C.Element == String {
        let wanted = normalised(name)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(wanted, normalised(candidate))
            if best == nil || distance < best!.distance
                || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = wanted.count <= 1 ? 0 : min(4, max(1, wanted.count / 3))
        if best.distance <= limit { return best.name }
        // A whole word of exactly one candidate: "acme" → "acme-in-networks".
        guard wanted.count >= 3 else { return nil }
        let word = String(wanted)
        let containing = candidates.filter { candidate in
            let text = String(normalised(candidate))
            return text.hasPrefix(word) || text.split(separator: "-").map { String($0) }.contains(word)
        }
        return containing.count == 1 ? containing[0] : nil
    }

    /// `" did you mean 'x'?"` or the empty string, ready to append to a message.
    public static func hint<C: Collection>(for name: String, in candidates: C) -> String
    where C.Element == String {
        nearest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func normalised(_ s: String) -> [Character] {
        Array(s.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
    }

    /// Levenshtein distance with adjacent transpositions (optimal string alignment).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
