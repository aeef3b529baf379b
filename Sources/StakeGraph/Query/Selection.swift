/// Which relations a query looks at (DESIGN.md, "Analysis semantics"): by type, polarity, mode
/// and time. An empty selection keeps every relation. `GraphSlice` applies it.
public struct Selection: Sendable, Equatable {
    public var types: Set<String>?
    public var polarity: Polarity?
    public var mode: RelationMode?
    /// The days looked at: relations in force on at least one of them are kept (see `Validity`).
    public var period: Period?
    /// How long an event stays in force after its date; nil: for ever.
    public var window: EventWindow?
    /// Tags, any of which keeps a relation when the relation or either of its actors carries it
    /// (tagging actors `eu` keeps every relation of an EU actor); nil keeps every relation.
    public var tags: Set<String>?

    public init(types: Set<String>? = nil, polarity: Polarity? = nil, mode: RelationMode? = nil,
                period: Period? = nil, window: EventWindow? = nil, tags: Set<String>? = nil) {
        self.types = types
        self.polarity = polarity
        self.mode = mode
        self.period = period
        self.window = window
        self.tags = tags
    }

    /// The same selection as of `date` (what `diff` and `--frames` look at, one date at a time).
    public func asOf(_ date: PartialDate) -> Selection {
        var copy = self
        copy.period = .asOf(date)
        return copy
    }

    /// Whether `relation`, a relation of `graph`, passes the type, polarity and mode filters.
    func keepsType(of relation: Relation, in graph: StakeholderGraph) -> Bool {
        guard let type = graph.relationType(relation.type) else { return false }
        if let types, !types.contains(type.id) { return false }
        if let polarity, type.polarity != polarity { return false }
        if let mode, type.mode != mode { return false }
        return true
    }

    /// What is selected besides time, in words for a subtitle: "hostile relations",
    /// "bans, sanctions relations"; nil when every type is kept.
    public var relationWords: String? {
        var words: [String] = []
        if let types { words.append(types.sorted().joined(separator: ", ")) }
        if let mode { words.append(mode.rawValue) }
        if let polarity { words.append(polarity.rawValue) }
        let tagged = tags.map { " tagged " + $0.sorted().joined(separator: " or ") } ?? ""
        return words.isEmpty && tagged.isEmpty ? nil : words.joined(separator: " ") + (words.isEmpty ? "" : " ") + "relations" + tagged
    }
}

/// Why a selection cannot be made on a graph: a name the graph does not know.
public enum SelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownRelationType(String, suggestion: String?)
    /// A tag no actor or relation of the graph carries.
    case unknownTag(String, suggestion: String?)

    public var description: String {
        switch self {
        case .unknownRelationType(let name, let suggestion):
            return "unknown relation type '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .unknownTag(let name, let suggestion):
            return "no actor or relation is tagged '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }
}

extension StakeholderGraph {
    /// The relation types named (ids, as written), checked against this graph's vocabulary.
    ///
    /// - Throws: `SelectionError.unknownRelationType` with the nearest type for a name it lacks.
    public func relationTypeIDs(_ names: [String]) throws(SelectionError) -> Set<String> {
        var ids = Set<String>()
        for name in names {
            guard relationType(name) != nil else {
                throw .unknownRelationType(name, suggestion: Suggestion.nearest(to: name, in: relationTypes.keys.sorted()))
            }
            ids.insert(name)
        }
        return ids
    }

    /// The tags named, checked against the tags this graph's actors and relations carry.
    ///
    /// - Throws: `SelectionError.unknownTag` with the nearest tag for one nothing carries.
    /// - Complexity: O(a + r) for a actors and r relations.
    public func tags(_ names: [String]) throws(SelectionError) -> Set<String> {
        let carried = Set(actors.flatMap(\.tags) + relations.flatMap(\.tags))
        for name in names where !carried.contains(name) {
            throw .unknownTag(name, suggestion: Suggestion.nearest(to: name, in: carried.sorted()))
        }
        return Set(names)
    }
}
