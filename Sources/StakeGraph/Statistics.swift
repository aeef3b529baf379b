/// Counts that describe a graph at a glance: what `stakegraph stats` prints.
public struct GraphStatistics: Sendable, Codable, Equatable {
    public var id: String
    public var title: String?
    public var actors: Int
    public var actorsByKind: [String: Int]
    public var relations: Int
    public var relationsByType: [String: Int]
    public var relationsByPolarity: [String: Int]
    public var relationsByMode: [String: Int]
    /// The earliest and latest date any relation carries (interval ends included).
    public var firstDate: String?
    public var lastDate: String?
    public var undatedRelations: Int
    public var relationsWithoutEvidence: Int
    public var quotes: Int
    /// Evidence that references a record of a data set (GDELT, ICEWS) rather than quoting.
    public var recordReferences: Int
    public var sources: [SourceUse]
    public var issues: Int
    public var positions: Int

    /// One source and how much evidence cites it.
    public struct SourceUse: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var publisher: String?
        public var date: String?
        public var quotes: Int
    }

    /// The counts of `slice`: its relations and positions, and every actor and source.
    public init(_ slice: GraphSlice) {
        let graph = slice.graph
        id = graph.info.id
        title = graph.info.title
        actors = graph.actors.count
        actorsByKind = Dictionary(grouping: graph.actors, by: \.kind.rawValue).mapValues(\.count)
        relations = graph.relations.count
        relationsByType = Dictionary(grouping: graph.relations, by: \.type).mapValues(\.count)
        let types = graph.relations.compactMap { graph.relationType($0.type) }
        relationsByPolarity = Dictionary(grouping: types, by: \.polarity.rawValue).mapValues(\.count)
        relationsByMode = Dictionary(grouping: types, by: \.mode.rawValue).mapValues(\.count)
        let dates = graph.relations.flatMap { relation -> [PartialDate] in
            switch relation.span {
            case .undated: return []
            case .on(let date): return [date]
            case .interval(let start, let end): return [start, end].compactMap { $0 }
            }
        }
        firstDate = dates.min()?.description
        lastDate = dates.max()?.description
        undatedRelations = graph.relations.filter { $0.span == .undated }.count
        relationsWithoutEvidence = graph.relations.filter(\.evidence.isEmpty).count
        let evidence = graph.relations.flatMap(\.evidence) + graph.positions.flatMap(\.evidence)
        recordReferences = evidence.filter(\.isRecordReference).count
        quotes = evidence.count - recordReferences
        let citations = Dictionary(grouping: evidence, by: \.source).mapValues(\.count)
        sources = graph.sources.map {
            SourceUse(id: $0.id, title: $0.title, publisher: $0.publisher, date: $0.date?.description,
                      quotes: citations[$0.id] ?? 0)
        }
        issues = graph.issues.count
        positions = graph.positions.count
    }
}
