/// A stakeholder: a government, agency, firm, official, international body or group.
public struct Actor: Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// ISO 3166-1 alpha-2 code, e.g. `US`.
    public var country: String?
    public var aliases: [String]
    public var description: String?
    public var url: String?
    /// Free labels for grouping and selecting (`eu`, `telecom`), in the file's order.
    public var tags: [String]
    /// The analyst's own named values (`budget: 12bn`), kept by every export.
    public var fields: [String: String]
    public var location: SourceLocation

    public init(id: String, name: String, kind: ActorKind, country: String? = nil, aliases: [String] = [],
                description: String? = nil, url: String? = nil, tags: [String] = [], fields: [String: String] = [:],
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
        self.aliases = aliases
        self.description = description
        self.url = url
        self.tags = tags
        self.fields = fields
        self.location = location
    }
}

/// A document the evidence comes from.
public struct Source: Hashable, Sendable {
    public var id: String
    public var title: String
    public var publisher: String?
    public var author: String?
    public var date: PartialDate?
    /// The name of the document's text file, for checking quotes with `validate --sources`.
    public var file: String?
    public var url: String?
    public var location: SourceLocation
    /// Where the `file` value is written, to point at it when the file is missing.
    public var fileLocation: SourceLocation?
}

/// What supports a relation or a position: a verbatim quote from a source, or (for machine-coded
/// event data) a reference to one record of a data set, such as the article address of a GDELT
/// event or the story and sentence of an ICEWS event.
public struct Evidence: Hashable, Sendable {
    public var source: String
    /// The verbatim quote; empty for a record reference.
    public var quote: String
    public var note: String?
    public var location: SourceLocation
    /// The record of `source` this evidence points at, instead of a quote; nil for a quote.
    public var record: String? = nil

    /// Whether this is a reference to a data set's record rather than a quote (the quote check
    /// does not apply to it).
    public var isRecordReference: Bool { record != nil }

    /// How a reader is shown this evidence: the quote in curly quotes, or `record REF` for a
    /// record reference (which has no quote to show).
    public var cited: String { record.map { "record \($0)" } ?? "“\(quote)”" }
}

/// A typed, dated, evidenced relation from one actor to another.
public struct Relation: Hashable, Sendable {
    public var from: String
    public var to: String
    public var type: String
    public var span: DateSpan
    public var note: String?
    public var evidence: [Evidence]
    public var location: SourceLocation
    /// Free labels for grouping and selecting, in the file's order.
    public var tags: [String] = []
    /// The analyst's own named values, kept by every export.
    public var fields: [String: String] = [:]
}

/// A contested question on which actors take positions.
public struct Issue: Hashable, Sendable {
    public var id: String
    public var question: String
    /// A focal actor (e.g. `huawei`): relations towards it imply a stance on the issue.
    public var subject: String?
    public var description: String?
    public var location: SourceLocation
}

/// A five-point stance on an issue, −2 (strongly oppose) … +2 (strongly support).
public enum Stance: Int, Sendable, Codable, CaseIterable, Comparable {
    case stronglyOppose = -2, oppose, neutral, support, stronglySupport

    public var name: String {
        switch self {
        case .stronglyOppose: return "strongly-oppose"
        case .oppose: return "oppose"
        case .neutral: return "neutral"
        case .support: return "support"
        case .stronglySupport: return "strongly-support"
        }
    }

    public init?(name: String) {
        guard let stance = Stance.allCases.first(where: { $0.name == name }) else { return nil }
        self = stance
    }

    public static func < (a: Stance, b: Stance) -> Bool { a.rawValue < b.rawValue }
}

/// An actor's declared stance on an issue, with its evidence.
public struct Position: Hashable, Sendable {
    public var actor: String
    public var issue: String
    public var stance: Stance
    public var date: PartialDate?
    public var note: String?
    public var evidence: [Evidence]
    public var location: SourceLocation
}

/// The graph's own header: its id, title, description, date and the folder of its texts.
public struct GraphInfo: Hashable, Sendable {
    public var id: String
    public var title: String?
    public var description: String?
    /// The date the graph describes the world as of, if the author states one.
    public var asOf: PartialDate?
    /// The folder of the source texts, as written in the header (`sources-dir`): relative to the
    /// graph file; `StakeholderGraph.sourcesDirectory` resolves it.
    public var sourcesDirectory: String?
    /// Where `sources-dir` is written, to point at it when the folder does not exist.
    public var sourcesDirectoryLocation: SourceLocation?

    public init(id: String, title: String? = nil, description: String? = nil, asOf: PartialDate? = nil,
                sourcesDirectory: String? = nil, sourcesDirectoryLocation: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.asOf = asOf
        self.sourcesDirectory = sourcesDirectory
        self.sourcesDirectoryLocation = sourcesDirectoryLocation
    }
}

/// A whole stakeholder-position graph as read from one file.
///
/// Its contents are fixed once built (the lookup tables are built once, in `init`); a part of it
/// is a `GraphSlice`.
public struct StakeholderGraph: Sendable {
    public let path: String
    public let info: GraphInfo
    public private(set) var sources: [Source]
    public private(set) var actors: [Actor]
    public private(set) var relations: [Relation]
    public private(set) var issues: [Issue]
    public private(set) var positions: [Position]
    /// Relation types declared by the file itself (`relation-types`), on top of the built-ins.
    public private(set) var customRelationTypes: [RelationType]

    /// Where each relation's actors stand in `actors`, when the reader knew (see
    /// `RelationEndpoints`); nil for a graph built otherwise. Index for index with `relations`.
    var relationEndpoints: RelationEndpoints?

    /// Built-in and custom relation types by id.
    public let relationTypes: [String: RelationType]
    private let actorIndex: [String: Int]
    private let sourceIndex: [String: Int]

    /// A graph with nothing in it: what a reader returns beside the errors of a file it refused.
    public static func empty(path: String, info: GraphInfo = GraphInfo(id: "")) -> StakeholderGraph {
        StakeholderGraph(path: path, info: info, sources: [], actors: [], relations: [], issues: [], positions: [],
                         customRelationTypes: [])
    }

    public init(path: String, info: GraphInfo, sources: [Source], actors: [Actor], relations: [Relation],
                issues: [Issue], positions: [Position], customRelationTypes: [RelationType]) {
        self.path = path
        self.info = info
        self.sources = sources
        self.actors = actors
        self.relations = relations
        self.issues = issues
        self.positions = positions
        self.customRelationTypes = customRelationTypes
        var types = Vocabulary.builtInByID
        for type in customRelationTypes where types[type.id] == nil { types[type.id] = type }
        relationTypes = types
        actorIndex = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        sourceIndex = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The same graph with other relations and positions (a slice of them), sharing the actors,
    /// sources and lookup tables.
    /// `endpoints`, if given, are the new relations' (see `relationEndpoints`).
    func replacing(relations: [Relation], positions: [Position], endpoints: RelationEndpoints? = nil) -> StakeholderGraph {
        var copy = self
        copy.relations = relations
        copy.positions = positions
        copy.relationEndpoints = endpoints
        return copy
    }

    /// The same graph, named by another path (the file it was embedded in).
    func moved(to path: String) -> StakeholderGraph {
        StakeholderGraph(path: path, info: info, sources: sources, actors: actors, relations: relations, issues: issues,
                         positions: positions, customRelationTypes: customRelationTypes)
    }

    public func actor(id: String) -> Actor? { actorIndex[id].map { actors[$0] } }
    public func source(id: String) -> Source? { sourceIndex[id].map { sources[$0] } }
    public func relationType(_ id: String) -> RelationType? { relationTypes[id] }
    public func issue(id: String) -> Issue? { issues.first { $0.id == id } }
}

extension Array where Element == Position {
    /// Each actor's current position on `issue`, by actor id: the latest dated one; undated
    /// positions count as earliest, and of equal dates the one written last wins.
    public func latest(on issue: String) -> [String: Position] {
        var latest: [String: Position] = [:]
        for position in self where position.issue == issue {
            if let current = latest[position.actor], (current.date?.earliestDay ?? 0) > (position.date?.earliestDay ?? 0) { continue }
            latest[position.actor] = position
        }
        return latest
    }
}

extension Relation {
    /// What tells this relation from every other of its graph, to compare slices of one graph
    /// (`--as-of` on two dates, frames): where it is written and what it says.
    var identity: String { "\(location) \(from) \(type) \(to) \(span.description)" }
}
