/// The part of a graph one question looks at (DESIGN.md: "every question goes through one
/// slice"): the relations a `Selection` keeps, the positions taken by its date, the actors in
/// play and the date it describes. Every command, writer, diagram and report reads a slice and
/// nothing else, so they cannot disagree about what "as of 2019-06" means.
public struct GraphSlice: Sendable {
    /// The graph as read, whole: power, and centrality's vertex set, are measured on it.
    public let whole: StakeholderGraph
    public let selection: Selection
    /// The slice as a graph of its own, for writers: every actor, source, issue and relation type
    /// of the whole graph, with only the relations kept and the positions taken by the date.
    public let graph: StakeholderGraph
    /// Undated relations kept although the selection has a period (they cannot be placed in
    /// time, and dropping them silently would hide evidence).
    public let undatedKept: Int
    /// Ids of the actors that take part in a kept relation (self-relations included).
    public let actorsInPlay: Set<String>

    /// Slices `whole` by `selection`.
    ///
    /// - Complexity: O(a + r + p) for a actors, r relations and p positions; with an empty selection the
    ///   arrays are shared with `whole`, not copied.
    public init(_ whole: StakeholderGraph, selection: Selection = Selection()) {
        self.whole = whole
        self.selection = selection
        var undated = 0
        let days = selection.period?.days
        let relations: [Relation]
        var endpoints: RelationEndpoints?
        if selection == Selection() {
            relations = whole.relations
            endpoints = whole.relationEndpoints
        } else {
            let taggedActors = selection.tags.map { tags in Set(whole.actors.filter { !tags.isDisjoint(with: $0.tags) }.map(\.id)) }
            func keeps(_ relation: Relation) -> Bool {
                guard selection.keepsType(of: relation, in: whole) else { return false }
                if let tags = selection.tags, let taggedActors, tags.isDisjoint(with: relation.tags),
                   !taggedActors.contains(relation.from), !taggedActors.contains(relation.to) { return false }
                guard let days else { return true }
                guard let validity = whole.validity(of: relation, window: selection.window) else {
                    undated += 1
                    return true
                }
                return validity.meets(days)
            }
            if let wholeEndpoints = whole.relationEndpoints {
                let kept = whole.relations.indices.filter { keeps(whole.relations[$0]) }
                relations = kept.map { whole.relations[$0] }
                endpoints = wholeEndpoints.selecting(kept)
            } else {
                relations = whole.relations.filter(keeps)
            }
        }
        let positions = selection.period.map { period in whole.positions.filter { $0.isTaken(by: period) } } ?? whole.positions
        graph = whole.replacing(relations: relations, positions: positions, endpoints: endpoints)
        undatedKept = undated
        var inPlay = Set<String>()
        if let endpoints {
            // Mark the actors' positions first: a set of ids built from 2r insertions hashes
            // 2r strings, from the marks only the actors in play.
            var marked = [Bool](repeating: false, count: whole.actors.count)
            for position in endpoints.from { marked[Int(position)] = true }
            for position in endpoints.to { marked[Int(position)] = true }
            for (position, actor) in whole.actors.enumerated() where marked[position] { inPlay.insert(actor.id) }
        } else {
            for relation in relations {
                inPlay.insert(relation.from)
                inPlay.insert(relation.to)
            }
        }
        actorsInPlay = inPlay
    }

    public var relations: [Relation] { graph.relations }
    public var positions: [Position] { graph.positions }

    /// The same selection as of `date`.
    public func asOf(_ date: PartialDate) -> GraphSlice { GraphSlice(whole, selection: selection.asOf(date)) }

    /// The date the slice describes: its period, else the graph's own `as-of`, else the latest
    /// date any relation of the graph carries.
    public var moment: Moment {
        if let period = selection.period { return .period(period) }
        return .latest(whole.info.asOf ?? whole.latestDate)
    }

    /// What a slice describes in time.
    public enum Moment: Sendable, Equatable, CustomStringConvertible {
        /// The period the selection asked for.
        case period(Period)
        /// The whole graph: as of its stated date or its latest relation, if any.
        case latest(PartialDate?)

        /// "as of 2019-06", "between 2019-01 and 2019-06", or "" for a graph without dates.
        public var description: String {
            switch self {
            case .period(let period): return period.description
            case .latest(let date): return date.map { "as of \($0)" } ?? ""
            }
        }
    }

    /// What was selected, in words for a subtitle or a report header, the date first:
    /// ["as of 2019-06", "hostile relations", "events in force for 6 months"].
    public var summary: [String] {
        var words = [moment.description].filter { !$0.isEmpty }
        if let relationWords = selection.relationWords { words.append(relationWords) }
        if let window = selection.window { words.append("events in force for \(window.words)") }
        return words
    }

    /// Actors of the whole graph with no kept relation: what rankings of a slice leave out.
    public var actorsOutOfPlay: [Actor] { whole.actors.filter { !actorsInPlay.contains($0.id) } }
}

extension StakeholderGraph {
    /// The latest date any relation carries (interval ends included).
    public var latestDate: PartialDate? {
        relations.compactMap { relation -> PartialDate? in
            switch relation.span {
            case .undated: return nil
            case .on(let date): return date
            case .interval(let start, let end): return [start, end].compactMap { $0 }.max()
            }
        }.max()
    }
}
