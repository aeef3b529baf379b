/// Where an actor stands on an issue: the stance it declared, the stance its relations imply,
/// and how much weight it carries (DESIGN.md, "issues" and "positions"; issue 7).
public struct ActorPosition: Sendable {
    public var actor: Actor
    /// The latest declared stance (undated positions count as earliest), if any.
    public var declared: Stance?
    /// The quotes behind that declaration.
    public var declaredEvidence: Int
    /// The stance implied by the actor's relations with the issue's subject, −2 … +2; nil when
    /// there are none to infer from (or the issue has no subject).
    public var inferred: Double?
    /// The relations the inference used (towards the subject and from it).
    public var basis: [Relation]
    /// The actor's power: a centrality score on the whole graph.
    public var power: Double

    /// Quotes behind the declared position plus quotes of the relations inferred from.
    public var evidence: Int { declaredEvidence + basis.reduce(0) { $0 + $1.evidence.count } }

    /// Where the actor goes on a stance axis: declared if there is one, else inferred.
    public var placement: Double? { declared.map { Double($0.rawValue) } ?? inferred }

    /// Declared and inferred stances point opposite ways (one supports, the other opposes): a
    /// finding, or a coding error worth a look.
    public var disagrees: Bool {
        guard let declared, let inferred else { return false }
        return (declared.rawValue > 0 && inferred < 0) || (declared.rawValue < 0 && inferred > 0)
    }
}

/// Stance inference from relations, after the event-data tradition of scoring interactions on
/// Goldstein's conflict–cooperation scale (Goldstein 1992, "A Conflict-Cooperation Scale for
/// WEIS Events Data", Journal of Conflict Resolution 36(2)).
///
/// For an actor a and the issue's subject s, take every selected relation a→s and s→a that is
/// not structural (undirected ones between the two count too). The inferred stance is the mean
/// Goldstein weight of their types, mapped linearly from −10 … +10 onto −2 … +2:
///
///     inferred(a) = (2 / 10) · (1/|R|) Σ_{r ∈ R} w(type(r))
///
/// Hostility between a and the subject means opposition, cooperation means support, whichever
/// of the two acts. Structural relations (member of, part of, leads, owns, related to) say what
/// belongs to what, not what anyone wants, so they are left out. O(m) for all actors.
public enum StanceInference {
    /// The inferred stance of every actor with at least one relation to infer from, and the
    /// relations used, keyed by actor id.
    public static func infer(subject: String, relations: [Relation], in graph: StakeholderGraph)
    -> [String: (stance: Double, basis: [Relation])] {
        var sums: [String: (total: Double, basis: [Relation])] = [:]
        for relation in relations where relation.from != relation.to {
            guard let type = graph.relationType(relation.type), type.mode != .structural else { continue }
            let other: String
            if relation.to == subject { other = relation.from } else if relation.from == subject { other = relation.to } else { continue }
            sums[other, default: (0, [])].total += type.weight
            sums[other, default: (0, [])].basis.append(relation)
        }
        return sums.mapValues { entry in
            (max(-2, min(2, entry.total / Double(entry.basis.count) * 0.2)), entry.basis)
        }
    }
}

public enum PositionAnalysis {
    /// One row per actor for `issue`, sorted from strongest opposition to strongest support
    /// (declared stance, else inferred), then by power (highest first) and id; actors with neither
    /// come last.
    ///
    /// - Parameters:
    ///   - slice: the slice whose positions (taken by its date) are declared and whose relations
    ///     the stances are inferred from.
    ///   - power: each actor's power by id (e.g. `PowerScores` on the whole graph).
    /// - Complexity: O(n log n + r) for n actors and r relations.
    public static func positions(on issue: Issue, in slice: GraphSlice, power: [String: Double]) -> [ActorPosition] {
        let graph = slice.graph
        let latest = graph.positions.latest(on: issue.id)
        let inferred = issue.subject.map { StanceInference.infer(subject: $0, relations: graph.relations, in: graph) } ?? [:]
        let rows = graph.actors.map { actor in
            ActorPosition(actor: actor, declared: latest[actor.id]?.stance, declaredEvidence: latest[actor.id]?.evidence.count ?? 0,
                          inferred: inferred[actor.id]?.stance, basis: inferred[actor.id]?.basis ?? [], power: power[actor.id] ?? 0)
        }
        return rows.sorted { a, b in
            switch (a.placement, b.placement) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.power != b.power ? a.power > b.power : a.actor.id < b.actor.id
            }
        }
    }
}

extension Array where Element == ActorPosition {
    /// Each placed actor's stance (declared, else inferred) by id: what orders coalitions.
    public var placements: [String: Double] {
        Dictionary(compactMap { row in row.placement.map { (row.actor.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }
}
