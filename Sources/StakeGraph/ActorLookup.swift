/// Finds actors by what a person types: an id, a name or an alias, ignoring case.
public enum ActorLookup {
    /// Whether `actor` answers to `query` by id, name or alias (case-insensitive).
    public static func matches(_ actor: Actor, _ query: String) -> Bool {
        let wanted = query.lowercased()
        return actor.id.lowercased() == wanted || actor.name.lowercased() == wanted
            || actor.aliases.contains { $0.lowercased() == wanted }
    }
}

/// The user named no actor that exists, or a name that fits several.
public enum ActorLookupError: Error, CustomStringConvertible, Equatable, Sendable {
    case unknown(String, suggestion: String?)
    case ambiguous(String, candidates: [String])

    public var description: String {
        switch self {
        case .unknown(let query, let suggestion):
            return "no actor is called '\(query)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .ambiguous(let query, let candidates):
            return "'\(query)' could mean \(candidates.map { "'\($0)'" }.joined(separator: " or ")); use the id"
        }
    }
}

extension StakeholderGraph {
    /// The actor named `query` by id, name or alias, case-insensitively. An exact id wins over
    /// names and aliases.
    public func findActor(_ query: String) throws(ActorLookupError) -> Actor {
        if let exact = actor(id: query) { return exact }
        let matches = actors.filter { ActorLookup.matches($0, query) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(query, candidates: matches.map(\.id).sorted()) }
        let names = actors.flatMap { [$0.id, $0.name] + $0.aliases }
        if let near = Suggestion.nearest(to: query, in: names), let actor = actors.first(where: { ActorLookup.matches($0, near) }) {
            throw .unknown(query, suggestion: actor.id)
        }
        // "wray" → "Chris Wray": suggest the actor whose name or alias contains the query as a word.
        let wanted = query.lowercased()
        let containing = actors.filter { actor in
            ([actor.name] + actor.aliases).contains { name in
                name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0 == wanted }
            }
        }
        throw .unknown(query, suggestion: containing.count == 1 ? containing[0].id : nil)
    }
}
