/// Events in time order: dated relations and dated positions, for `stakegraph timeline`.
public enum TimelineEvent: Sendable {
    case relation(Relation)
    case position(Position)

    /// The day the event sorts by (yyyymmdd): the earliest day of its date or interval start.
    public var day: Int {
        switch self {
        case .relation(let relation): return relation.span.dayRange?.first ?? 0
        case .position(let position): return position.date?.earliestDay ?? 0
        }
    }

    /// The date as written: `2019-05`, `2018-10 – 2019-02`, `– 2020`.
    public var dateText: String {
        switch self {
        case .relation(let relation): return relation.span.description
        case .position(let position): return position.date?.description ?? ""
        }
    }
}

public enum Timeline {
    /// The dated relations of `graph` and its dated positions, earliest first (ties keep file
    /// order, relations before positions); with `actor`, only those involving it.
    public static func events(in graph: StakeholderGraph, actor: String? = nil) -> [TimelineEvent] {
        let relations = graph.relations.filter { relation in
            relation.span != .undated && (actor == nil || relation.from == actor || relation.to == actor)
        }
        let positions = graph.positions.filter { $0.date != nil && (actor == nil || $0.actor == actor) }
        let events = relations.map(TimelineEvent.relation) + positions.map(TimelineEvent.position)
        return events.enumerated().sorted { $0.element.day != $1.element.day ? $0.element.day < $1.element.day : $0.offset < $1.offset }
            .map(\.element)
    }
}

/// What changed between two dates, reading each date as `--as-of` does: the relations in force
/// on the second date and not the first (begun) and the other way round (ended), the actors that
/// have relations in force on one date and none on the other, and the positions taken or changed.
/// Undated relations are in force on both dates, so they never appear.
public struct GraphDiff: Sendable {
    public var from: PartialDate
    public var to: PartialDate
    public var began: [Relation]
    public var ended: [Relation]
    /// Actor ids with relations in force on `to` but not on `from`, and the other way round.
    public var entered: [String]
    public var left: [String]
    /// Positions newly taken by `to` (no earlier one on that issue), and changes of stance.
    public var taken: [Position]
    public var changed: [(before: Position, after: Position)]

    public var isEmpty: Bool { began.isEmpty && ended.isEmpty && entered.isEmpty && left.isEmpty && taken.isEmpty && changed.isEmpty }

    public init(_ graph: StakeholderGraph, from: PartialDate, to: PartialDate, selection: Selection = Selection()) {
        self.from = from
        self.to = to
        var before = selection, after = selection
        before.asOf = from
        after.asOf = to
        let earlier = before.slice(graph).graph, later = after.slice(graph).graph
        let earlierKeys = Set(earlier.relations.map(\.identity)), laterKeys = Set(later.relations.map(\.identity))
        began = later.relations.filter { !earlierKeys.contains($0.identity) }
        ended = earlier.relations.filter { !laterKeys.contains($0.identity) }
        func involved(_ relations: [Relation]) -> Set<String> { Set(relations.flatMap { [$0.from, $0.to] }) }
        let wasIn = involved(earlier.relations), isIn = involved(later.relations)
        entered = graph.actors.map(\.id).filter { isIn.contains($0) && !wasIn.contains($0) }
        left = graph.actors.map(\.id).filter { wasIn.contains($0) && !isIn.contains($0) }
        let oldStances = Self.latest(earlier.positions), newStances = Self.latest(later.positions)
        taken = []
        changed = []
        for (key, position) in newStances.sorted(by: { $0.value.location < $1.value.location }) {
            if let old = oldStances[key] {
                if old.stance != position.stance { changed.append((old, position)) }
            } else {
                taken.append(position)
            }
        }
    }

    /// The current position per actor and issue, keyed "actor issue".
    private static func latest(_ positions: [Position]) -> [String: Position] {
        var result: [String: Position] = [:]
        for issue in Set(positions.map(\.issue)) {
            for (actor, position) in positions.latest(on: issue) { result["\(actor) \(issue)"] = position }
        }
        return result
    }
}
