import NetworkAnalysis

/// Camps of actors that best satisfy structural balance ("the friend of my friend is my friend,
/// the enemy of my enemy is my friend": Heider 1946; Cartwright & Harary 1956), found by
/// partitioning the signed network so that as few relations as possible violate the split
/// (Doreian & Mrvar 1996). See `StructuralBalance` for the search.
///
/// Signs: every cooperative relation is a positive tie and every hostile one a negative tie,
/// each relation counting once, whichever way it points. Of the neutral relations, the built-in
/// belonging types (member of, part of, leads, owns) are positive ties by default — an official
/// stands with the body it leads — unless `structural` is `.ignore`; other neutral relations
/// (related to, the file's own neutral types) say nothing about sides and are left out.
public struct CoalitionAnalysis: Sendable {
    public enum StructuralTies: String, Sendable, CaseIterable {
        /// Belonging relations tie an actor to its body's camp.
        case positive
        /// Belonging relations are left out.
        case ignore
    }

    /// The camps, each a list of actor ids sorted by id; ordered from the camp leaning most to
    /// opposition to the one leaning most to support when `issue` stances are known, else by size.
    public var camps: [[String]]
    /// Actors without signed relations, in no camp.
    public var unplaced: [String]
    /// Relations that violate the split: cooperative or belonging across camps, hostile within one.
    public var violating: [Relation]
    /// Relations between actors of different camps (hostile ones are what the split explains).
    public var crossing: [Relation]
    /// How many relations took part (signed ties).
    public var signedCount: Int
    /// Whether the split is proven to have the fewest possible violations.
    public var isExact: Bool
    /// The mean stance (declared, else inferred) of each camp's members on the issue, if known.
    public var meanStance: [Double?]

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

    /// Splits the actors of `graph` over its (selected) relations into `camps` camps.
    ///
    /// - Parameter stances: each actor's stance on an issue (declared, else inferred), used only to
    ///   order the camps from opposition to support.
    public init(_ graph: StakeholderGraph, camps: Int = 2, structural: StructuralTies = .positive,
                stances: [String: Double] = [:]) {
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
        var groups = [[String]](repeating: [], count: partition.campCount)
        var unplaced: [String] = []
        for (index, camp) in partition.camp.enumerated() {
            if let camp { groups[Int(camp)].append(ids[index]) } else { unplaced.append(ids[index]) }
        }
        groups = groups.filter { !$0.isEmpty }
        let means: [Double?] = groups.map { members in
            let known = members.compactMap { stances[$0] }
            return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
        }
        let order = groups.indices.sorted { i, j in
            switch (means[i], means[j]) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return groups[i].count != groups[j].count ? groups[i].count > groups[j].count : groups[i][0] < groups[j][0]
            }
        }
        self.camps = order.map { groups[$0] }
        meanStance = order.map { means[$0] }
        self.unplaced = unplaced
        var campOf: [String: Int] = [:]
        for (number, members) in self.camps.enumerated() { for id in members { campOf[id] = number } }
        violating = signed.filter { relation, sign in
            guard let a = campOf[relation.from], let b = campOf[relation.to] else { return false }
            return (a == b) != (sign > 0)
        }.map(\.0)
        crossing = graph.relations.filter { relation in
            guard let a = campOf[relation.from], let b = campOf[relation.to] else { return false }
            return a != b
        }
        signedCount = signed.count
        isExact = partition.isExact
    }
}

/// Communities of the unsigned network: Louvain modularity maximisation (Blondel, Guillaume,
/// Lambiotte & Lefebvre 2008) on the selected relations, direction and sign ignored.
public struct CommunityAnalysis: Sendable {
    /// Communities as lists of actor ids sorted by id, largest first (then by first id);
    /// actors without relations are left out.
    public var communities: [[String]]
    /// Actors without any selected relation.
    public var isolated: [String]
    /// Newman–Girvan modularity of the partition (isolated actors as communities of their own
    /// contribute nothing).
    public var modularity: Double

    public init(_ graph: StakeholderGraph, resolution: Double = 1) {
        let projection = Projection(graph, undirected: true)
        let result = projection.network.louvainCommunities(resolution: resolution)
        var groups = [[String]](repeating: [], count: result.count)
        for (vertex, community) in result.membership.enumerated() { groups[Int(community)].append(projection.actorID(of: vertex)) }
        let network = projection.network
        let alone = groups.filter { $0.count == 1 && network.outDegree(of: projection.vertex(of: $0[0])!) == 0 }.map { $0[0] }
        isolated = alone
        communities = groups.filter { !($0.count == 1 && alone.contains($0[0])) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        modularity = result.modularity
    }
}
