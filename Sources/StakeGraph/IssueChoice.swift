/// Which issue a question is about, by one rule for every command: a named issue must exist;
/// with no name, a graph with one issue means that one, and a graph with several makes the
/// question ambiguous for the commands that need one.
public enum IssueChoice {
    /// The issue named, or the graph's only issue.
    ///
    /// - Throws: `IssueChoiceError` when the name is unknown, the graph has no issues, or it has
    ///   several and none is named.
    public static func required(_ name: String?, in graph: StakeholderGraph) throws(IssueChoiceError) -> Issue {
        guard let issue = try optional(name, in: graph) else { throw .none }
        return issue
    }

    /// The issue named, the graph's only issue, or nil when the graph has none (for commands
    /// that can do without one, such as ordering camps).
    ///
    /// - Throws: `IssueChoiceError` when the name is unknown, or the graph has several issues
    ///   and none is named.
    public static func optional(_ name: String?, in graph: StakeholderGraph) throws(IssueChoiceError) -> Issue? {
        let ids = graph.issues.map(\.id)
        guard let name else {
            if graph.issues.count > 1 { throw .several(ids) }
            return graph.issues.first
        }
        guard let issue = graph.issue(id: name) else {
            throw .unknown(name, suggestion: Suggestion.nearest(to: name, in: ids), known: ids)
        }
        return issue
    }

    /// The issues a report covers: the one named, else all of them.
    public static func all(_ name: String?, in graph: StakeholderGraph) throws(IssueChoiceError) -> [Issue] {
        guard let name else { return graph.issues }
        return [try required(name, in: graph)]
    }
}

/// An issue that cannot be chosen.
public enum IssueChoiceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The graph has no issues at all.
    case none
    /// The graph has several issues and the question names none (their ids).
    case several([String])
    /// No issue has this id.
    case unknown(String, suggestion: String?, known: [String])

    public var description: String {
        switch self {
        case .none: return "the graph has no issues; add one under 'issues'"
        case .several(let ids): return "the graph has \(ids.count) issues (\(ids.joined(separator: ", "))); name one"
        case .unknown(let name, let suggestion, let known):
            return "unknown issue '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + (known.isEmpty ? "; the graph has no issues" : " (issues: \(known.joined(separator: ", ")))")
        }
    }
}
