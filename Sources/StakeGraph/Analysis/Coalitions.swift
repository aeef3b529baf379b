import NetworkAnalysis

/// Camps of actors that best satisfy structural balance ("the friend of my friend is my friend,
/// the enemy of my enemy is my friend": Heider 1946, doi:10.1080/00223980.1946.9917275;
/// Cartwright & Harary 1956, doi:10.1037/h0046049), found by partitioning the signed network so
/// that as few relations as possible violate the split (Doreian & Mrvar 1996,
/// doi:10.1016/0378-8733(95)00259-6). See `StructuralBalance` for the search.
///
/// Signs: every cooperative relation is a positive tie and every hostile one a negative tie,
/// each relation counting once, whichever way it points. Of the neutral relations, the built-in
/// belonging types (member of, part of, leads, owns) are positive ties by default — an official
/// stands with the body it leads — unless `structural` is `.ignore`; other neutral relations
/// (related to, the file's own neutral types) say nothing about sides and are left out.
///
/// **Components.** Each connected component of the signed network is split on its own (the
/// frustration of the whole is the sum of theirs, so the minimum stays exact). Nothing in the
/// relations says which side of one component stands with which side of another, so sides are
/// joined into camps only through stances on the issue: the component whose sides all have a
/// mean stance (declared, else inferred) and the most sides sets the camps, ordered from
/// opposition to support, and every other component whose sides all have one joins them in
/// stance order, each side to the camp nearest its mean stance. Components whose sides cannot be
/// placed so are `unrelated`, listed with their own sides; actors without any signed relation are
/// `notAligned`, in no camp. Without stances at all, the largest component sets the camps
/// (largest camp first).
public struct CoalitionAnalysis: Sendable {
    public enum StructuralTies: String, Sendable, CaseIterable {
        /// Belonging relations tie an actor to its body's camp.
        case positive
        /// Belonging relations are left out.
        case ignore
    }

    /// The camps, each a list of actor ids sorted by id; ordered from the camp leaning most to
    /// opposition to the one leaning most to support when stances are known, else by size.
    public var camps: [[String]]
    /// The mean stance (declared, else inferred) of each camp's members on the issue, if known.
    public var meanStance: [Double?]
    /// Components of the signed network whose sides could not be related to the camps (no
    /// stances to place them by): for each, its sides, each a list of actor ids sorted by id.
    public var unrelated: [[[String]]]
    /// Actors without signed relations, in no camp.
    public var notAligned: [String]
    /// Relations that violate the split: cooperative or belonging across sides, hostile within one.
    public var violating: [Relation]
    /// Relations between actors of different sides (hostile ones are what the split explains).
    public var crossing: [Relation]
    /// How many relations took part (signed ties).
    public var signedCount: Int
    /// Whether the split is proven to have the fewest possible violations.
    public var isExact: Bool

    public var frustration: Int { violating.count }

    static let belonging: Set<String> = ["member-of", "part-of", "leads", "owns"]

    /// The sign a relation contributes, or nil when it does not count.
    static func sign(of relation: Relation, in graph: StakeholderGraph, structural: StructuralTies) -> Int8? {
        guard relation.from != relation.to, let type = graph.relationType(relation.type) else { return nil }
        switch type.polarity {
        case .cooperative: return 1
        case .hostile: return -1
        case .neutral: return structural == .positive && belonging.contains(type.id) ? 1 : nil
        }
    }

    /// One component's side: its members and their mean stance.
    struct Side {
        var members: [String]
        var meanStance: Double?
    }

    /// Splits the actors of `slice` over its relations into at most `camps` camps per component.
    ///
    /// - Parameter stances: each actor's stance on an issue (declared, else inferred), to order
    ///   the camps and to join the sides of different components.
    /// - Complexity: that of `StructuralBalance.partition`, plus O(r) for the relations.
    public init(_ slice: GraphSlice, camps: Int = 2, structural: StructuralTies = .positive, stances: [String: Double] = [:]) {
        let graph = slice.graph
        let ids = graph.actors.map(\.id).sorted()
        let vertex = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
        var ties: [SignedTie] = []
        var signed: [(Relation, Int8)] = []
        for relation in graph.relations {
            guard let sign = Self.sign(of: relation, in: graph, structural: structural),
                  let a = vertex[relation.from], let b = vertex[relation.to] else { continue }
            ties.append(SignedTie(a, b, sign: sign))
            signed.append((relation, sign))
        }
        let partition = StructuralBalance.partition(vertexCount: ids.count, ties: ties, camps: camps)

        // Each component's sides, in camp-number order; `side[id]` names an actor's side.
        var sides: [[Side]] = Array(repeating: [], count: partition.componentIsExact.count)
        var sideIndex: [[Int32: Int]] = Array(repeating: [:], count: sides.count)
        var side: [String: (component: Int, side: Int)] = [:]
        var notAligned: [String] = []
        for (index, id) in ids.enumerated() {
            guard let component = partition.component[index].map(Int.init), let camp = partition.camp[index] else {
                notAligned.append(id)
                continue
            }
            let number = sideIndex[component][camp] ?? {
                sides[component].append(Side(members: []))
                sideIndex[component][camp] = sides[component].count - 1
                return sides[component].count - 1
            }()
            sides[component][number].members.append(id)
            side[id] = (component, number)
        }
        for c in sides.indices {
            for s in sides[c].indices { sides[c][s].meanStance = Self.mean(of: sides[c][s].members, stances) }
        }

        let joined = Self.join(sides)
        self.camps = joined.camps.map { $0.sorted() }
        meanStance = self.camps.map { Self.mean(of: $0, stances) }
        unrelated = joined.unrelated.map { component in sides[component].map(\.members) }
        self.notAligned = notAligned
        violating = signed.filter { relation, sign in
            guard let a = side[relation.from], let b = side[relation.to] else { return false }
            return (a == b) != (sign > 0)
        }.map(\.0)
        crossing = graph.relations.filter { relation in
            guard let a = side[relation.from], let b = side[relation.to] else { return false }
            return a.component == b.component && a.side != b.side
        }
        signedCount = signed.count
        isExact = partition.isExact
    }

    private static func mean(of members: [String], _ stances: [String: Double]) -> Double? {
        let known = members.compactMap { stances[$0] }
        return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }

    /// Joins the components' sides into camps (see the type's documentation): the camps as lists
    /// of members, and the components left unrelated.
    static func join(_ sides: [[Side]]) -> (camps: [[String]], unrelated: [Int]) {
        func oriented(_ component: [Side]) -> Bool {
            let means = component.compactMap(\.meanStance)
            return means.count == component.count && Set(means).count == means.count
        }
        let placeable = sides.indices.filter { oriented(sides[$0]) }
        let size = { (c: Int) in sides[c].reduce(0) { $0 + $1.members.count } }
        guard let reference = placeable.max(by: { a, b in
            (sides[a].count, size(a), -a) < (sides[b].count, size(b), -b)
        }) else {
            // No stances to go by: the largest component sets the camps, largest camp first.
            guard let largest = sides.indices.max(by: { (size($0), -$0) < (size($1), -$1) }) else { return ([], []) }
            let camps = sides[largest].map(\.members).sorted { $0.count != $1.count ? $0.count > $1.count : $0.min()! < $1.min()! }
            return (camps, sides.indices.filter { $0 != largest })
        }
        let order = { (c: Int) in sides[c].sorted { $0.meanStance! < $1.meanStance! } }
        var camps = order(reference).map(\.members)
        let campMeans = order(reference).map { $0.meanStance! }
        for component in placeable where component != reference {
            let ordered = order(component)
            for (position, camp) in nearestIncreasing(ordered.map { $0.meanStance! }, to: campMeans).enumerated() {
                camps[camp] += ordered[position].members
            }
        }
        return (camps, sides.indices.filter { !placeable.contains($0) })
    }

    /// For values sorted ascending (at most as many as `targets`, also ascending), the increasing
    /// target indices that put each value nearest its target: Σ |value − target| minimal,
    /// equal sums to the lower indices. O(values · targets) by dynamic programming.
    static func nearestIncreasing(_ values: [Double], to targets: [Double]) -> [Int] {
        let n = values.count, k = targets.count
        precondition(n <= k, "more sides than camps")
        guard n > 0 else { return [] }
        // cost[i][j]: best total for the first i + 1 values with value i on target j.
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: k), count: n)
        var from = [[Int]](repeating: [Int](repeating: -1, count: k), count: n)
        for j in 0..<k { cost[0][j] = abs(values[0] - targets[j]) }
        for i in 1..<n {
            var best = Double.infinity, bestJ = -1
            for j in 0..<k {
                if j > 0, cost[i - 1][j - 1] < best { best = cost[i - 1][j - 1]; bestJ = j - 1 }
                if bestJ >= 0 { cost[i][j] = best + abs(values[i] - targets[j]); from[i][j] = bestJ }
            }
        }
        var j = (0..<k).min { (cost[n - 1][$0], $0) < (cost[n - 1][$1], $1) }!
        var result = [Int](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            result[i] = j
            j = from[i][j]
        }
        return result
    }
}

/// Communities of the unsigned network: Louvain modularity maximisation (Blondel, Guillaume,
/// Lambiotte & Lefebvre 2008, doi:10.1088/1742-5468/2008/10/P10008) on the slice's relations,
/// direction and sign ignored.
public struct CommunityAnalysis: Sendable {
    /// Communities as lists of actor ids sorted by id, largest first (then by first id);
    /// actors without relations are left out.
    public var communities: [[String]]
    /// Actors without any relation in the slice.
    public var isolated: [String]
    /// Newman–Girvan modularity of the partition (isolated actors as communities of their own
    /// contribute nothing).
    public var modularity: Double

    public init(_ slice: GraphSlice, resolution: Double = 1) {
        let projection = Projection(slice.graph, undirected: true)
        let result = projection.network.louvainCommunities(resolution: resolution)
        var groups = [[String]](repeating: [], count: result.count)
        for (vertex, community) in result.membership.enumerated() { groups[Int(community)].append(projection.actorID(of: vertex)) }
        let network = projection.network
        let alone = groups.filter { $0.count == 1 && network.outDegree(of: projection.vertex(of: $0[0])!) == 0 }.map { $0[0] }
        isolated = alone
        let aloneSet = Set(alone)
        communities = groups.filter { !($0.count == 1 && aloneSet.contains($0[0])) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        modularity = result.modularity
    }
}
