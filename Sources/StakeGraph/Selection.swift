/// Which relations a query looks at (DESIGN.md, "Analysis semantics"): by type, polarity, mode
/// and time. An empty selection keeps every relation.
public struct Selection: Sendable, Equatable {
    public var types: Set<String>?
    public var polarity: Polarity?
    public var mode: RelationMode?
    /// Keep relations dated on or before this date (an event stays in force afterwards) whose
    /// interval, if they have one with an end, has not ended before it.
    public var asOf: PartialDate?
    /// Keep relations whose time overlaps this period.
    public var between: ClosedRange<PartialDate>?

    public init(types: Set<String>? = nil, polarity: Polarity? = nil, mode: RelationMode? = nil,
                asOf: PartialDate? = nil, between: ClosedRange<PartialDate>? = nil) {
        self.types = types
        self.polarity = polarity
        self.mode = mode
        self.asOf = asOf
        self.between = between
    }

    /// What a selection kept.
    public struct Result: Sendable {
        public var relations: [Relation]
        /// Undated relations kept although a date filter was given (they cannot be placed in
        /// time, and dropping them silently would hide evidence).
        public var undatedKept: Int
    }

    public var filtersByDate: Bool { asOf != nil || between != nil }

    /// The relations of `graph` this selection keeps, in file order.
    public func apply(to graph: StakeholderGraph) -> Result {
        var undated = 0
        let kept = graph.relations.filter { relation in
            guard let type = graph.relationType(relation.type) else { return false }
            if let types, !types.contains(type.id) { return false }
            if let polarity, type.polarity != polarity { return false }
            if let mode, type.mode != mode { return false }
            guard filtersByDate else { return true }
            guard let (first, last) = relation.span.dayRange else {
                undated += 1
                return true
            }
            // A dated event has begun by its date and is not undone by time passing; only an
            // interval with an end can have ended.
            if let asOf, first > asOf.latestDay || (relation.span.intervalEnd.map { $0 < asOf.earliestDay } ?? false) { return false }
            if let between, first > between.upperBound.latestDay || (last.map { $0 < between.lowerBound.earliestDay } ?? false) {
                return false
            }
            return true
        }
        return Result(relations: kept, undatedKept: undated)
    }
}

extension DateSpan {
    /// The last day (yyyymmdd) of an interval's end; nil for events, open intervals and undated.
    var intervalEnd: Int? {
        if case .interval(_, let end?) = self { return end.latestDay }
        return nil
    }

    /// The first and last day (yyyymmdd) the span can cover; the last is nil for an open
    /// interval; nil for undated relations.
    var dayRange: (first: Int, last: Int?)? {
        switch self {
        case .undated: return nil
        case .on(let date): return (date.earliestDay, date.latestDay)
        case .interval(let start, let end): return (start?.earliestDay ?? 0, end?.latestDay)
        }
    }
}
