/// Events in time order: dated relations and dated positions, for `stakegraph timeline`.
public enum TimelineEvent: Sendable {
    case relation(Relation)
    case position(Position)

    /// The day the event sorts by: the first day of its date or interval start (an interval
    /// open at the start sorts first).
    public var day: CalendarDay? {
        switch self {
        case .relation(let relation):
            switch relation.span {
            case .undated: return nil
            case .on(let date): return date.firstDay
            case .interval(let start, _): return start?.firstDay ?? CalendarDay(number: .min / 2)
            }
        case .position(let position): return position.date?.firstDay
        }
    }

    /// The date as written: `2019-05`, `2018-10–2019-02`, `–2020`.
    public var dateText: String {
        switch self {
        case .relation(let relation): return relation.span.description
        case .position(let position): return position.date?.description ?? ""
        }
    }
}

public enum Timeline {
    /// The dated relations and dated positions of `slice`, earliest first (ties keep file order,
    /// relations before positions); with `actor`, only those involving it.
    public static func events(in slice: GraphSlice, actor: String? = nil) -> [TimelineEvent] {
        let relations = slice.relations.filter { relation in
            relation.span != .undated && (actor == nil || relation.from == actor || relation.to == actor)
        }
        let positions = slice.positions.filter { $0.date != nil && (actor == nil || $0.actor == actor) }
        return inDateOrder(relations.map(TimelineEvent.relation) + positions.map(TimelineEvent.position))
    }

    /// `events` sorted by day, stably (undated last).
    static func inDateOrder(_ events: [TimelineEvent]) -> [TimelineEvent] {
        events.enumerated().sorted { a, b in
            switch (a.element.day, b.element.day) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// What changed between two dates, reading each date as `--as-of` does: the relations in force
/// on the second date and not the first (begun) and the other way round (ended: an interval that
/// closed, or an event that dropped out of the window), the actors that have relations in force
/// on one date and none on the other, and the positions taken or changed. Undated relations are
/// in force on both dates, so they never appear. Every list is in date order.
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

    /// The changes from `from` to `to` in `slice`'s selection (its own period is replaced by
    /// the two dates).
    public init(_ slice: GraphSlice, from: PartialDate, to: PartialDate) {
        self.from = from
        self.to = to
        let earlier = slice.asOf(from), later = slice.asOf(to)
        let earlierKeys = Set(earlier.relations.map(\.identity)), laterKeys = Set(later.relations.map(\.identity))
        began = Self.byDate(later.relations.filter { !earlierKeys.contains($0.identity) })
        ended = Self.byDate(earlier.relations.filter { !laterKeys.contains($0.identity) })
        let wasIn = earlier.actorsInPlay, isIn = later.actorsInPlay
        let ids = slice.whole.actors.map(\.id)
        entered = ids.filter { isIn.contains($0) && !wasIn.contains($0) }
        left = ids.filter { wasIn.contains($0) && !isIn.contains($0) }
        let oldStances = Self.latest(earlier.positions), newStances = Self.latest(later.positions)
        var taken: [Position] = [], changed: [(before: Position, after: Position)] = []
        for (key, position) in newStances.sorted(by: { $0.value.location < $1.value.location }) {
            if let old = oldStances[key] {
                if old.stance != position.stance { changed.append((old, position)) }
            } else {
                taken.append(position)
            }
        }
        self.taken = Timeline.inDateOrder(taken.map(TimelineEvent.position)).compactMap {
            if case .position(let position) = $0 { return position } else { return nil }
        }
        self.changed = changed.enumerated().sorted { a, b in
            let (x, y) = (a.element.after.date?.firstDay, b.element.after.date?.firstDay)
            return x != y ? (x ?? CalendarDay(number: .max)) < (y ?? CalendarDay(number: .max)) : a.offset < b.offset
        }.map(\.element)
    }

    private static func byDate(_ relations: [Relation]) -> [Relation] {
        Timeline.inDateOrder(relations.map(TimelineEvent.relation)).compactMap {
            if case .relation(let relation) = $0 { return relation } else { return nil }
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
