/// Who is drawn inside whom: belonging relations (`part-of`, `leads`, `member-of`, `owns`) drawn
/// as nesting — an official inside its agency inside its government — instead of edges.
///
/// Each actor goes inside at most one other: the one it is part of, else the body it leads, else
/// the group it is a member of, else its owner (equal kinds of tie: the smaller id), as long as
/// that does not put an actor inside itself. Its other belonging relations stay edges.
struct BelongingTree {
    /// The actor each nested actor is drawn inside, by id.
    private(set) var parent: [String: String] = [:]
    /// The nested actors of each parent, sorted by id.
    private(set) var children: [String: [String]] = [:]
    /// Indices (in the graph's relations) of the belonging relations the nesting shows.
    private(set) var shown: Set<Int> = []

    static let precedence = ["part-of": 0, "leads": 1, "member-of": 2, "owns": 3]

    /// The nesting of `ids` (the actors drawn) by the belonging relations among them; with
    /// `sameCountry`, an actor goes only inside one of its own country (or, without a country,
    /// inside one without a country), so that nesting fits inside boxes by country.
    init(_ graph: StakeholderGraph, among ids: Set<String>, sameCountry: Bool = false) {
        var candidates: [String: [(rank: Int, parent: String, index: Int)]] = [:]
        for (index, relation) in graph.relations.enumerated() {
            guard let rank = Self.precedence[relation.type], relation.from != relation.to,
                  ids.contains(relation.from), ids.contains(relation.to) else { continue }
            if sameCountry && graph.actor(id: relation.from)?.country != graph.actor(id: relation.to)?.country { continue }
            // The owner contains what it owns; otherwise the subject goes inside the object.
            let (child, container) = relation.type == "owns" ? (relation.to, relation.from) : (relation.from, relation.to)
            candidates[child, default: []].append((rank, container, index))
        }
        for child in candidates.keys.sorted() {
            for candidate in candidates[child]!.sorted(by: { ($0.rank, $0.parent, $0.index) < ($1.rank, $1.parent, $1.index) }) {
                guard candidate.parent != child, !ancestors(of: candidate.parent).contains(child) else { continue }
                parent[child] = candidate.parent
                break
            }
        }
        for (child, container) in parent { children[container, default: []].append(child) }
        for key in children.keys { children[key]!.sort() }
        // Every belonging relation between a child and its drawn parent is shown by the nesting.
        for (child, list) in candidates {
            for candidate in list where parent[child] == candidate.parent { shown.insert(candidate.index) }
        }
    }

    /// The actors `actor` is drawn inside, innermost first.
    func ancestors(of actor: String) -> [String] {
        var result: [String] = []
        var current = actor
        while let next = parent[current], !result.contains(next) {
            result.append(next)
            current = next
        }
        return result
    }

    var isEmpty: Bool { parent.isEmpty }
}
