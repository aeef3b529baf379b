/// A partition of a network's vertices into communities.
public struct Communities: Sendable, Equatable {
    /// The community of each vertex, numbered 0, 1, … in order of each community's smallest vertex.
    public var membership: [Int32]
    /// The number of communities (isolated vertices count, one each).
    public var count: Int
    /// Newman–Girvan modularity of the partition on the undirected network (resolution γ).
    public var modularity: Double

    public init(membership: [Int32], count: Int, modularity: Double) {
        self.membership = membership
        self.count = count
        self.modularity = modularity
    }

    /// The vertices of each community, ascending; community c is `members[c]`.
    public var members: [[Int]] {
        var members = [[Int]](repeating: [], count: count)
        for (vertex, community) in membership.enumerated() { members[Int(community)].append(vertex) }
        return members
    }
}

extension Network {
    /// Modularity of the partition `membership` (vertex v in community `membership[v]`; any
    /// labels) on the undirected, unweighted view of the network, where u–v is one edge of weight
    /// 1 if u→v or v→u exists:
    ///
    ///     Q = 1/(2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j)
    ///       = Σ_c [L_c / m − γ (K_c / (2m))²],
    ///
    /// with A the symmetric adjacency matrix, k_i the degree of i, m the number of edges, L_c the
    /// number of edges inside community c and K_c the sum of its degrees. This is what NetworkX
    /// `community.modularity(G.to_undirected(), communities, resolution=γ)` computes. Q lies in
    /// [−1/2, 1) for γ = 1: 0 when the partition catches no more internal edges than a random
    /// graph with the same degrees would, 1 − γ with everything in one community. γ > 1 favours
    /// smaller communities, γ < 1 larger ones.
    ///
    /// A network without edges has modularity 0 here (NetworkX divides by m = 0 and raises
    /// `ZeroDivisionError`).
    ///
    /// O(n + m) time and memory.
    /// Reference: Newman & Girvan (2004), "Finding and evaluating community structure in
    /// networks", Phys. Rev. E 69, 026113; the resolution parameter is from Reichardt &
    /// Bornholdt (2006), Phys. Rev. E 74, 016110.
    ///
    /// - Precondition: `membership.count == vertexCount`.
    public func modularity(of membership: [Int32], resolution: Double = 1) -> Double {
        precondition(membership.count == vertexCount, "membership must give one community per vertex")
        let (communities, count) = Communities.renumbered(membership)
        return UndirectedGraph(undirectedViewOf: self).modularity(of: communities, count: count, resolution: resolution)
    }
}

extension Communities {
    /// `labels` renumbered 0, 1, … in order of first appearance, i.e. of each label's smallest
    /// vertex, and the number of distinct labels. O(n) for labels in `0..<labels.count`, hashed
    /// otherwise.
    static func renumbered(_ labels: [Int32]) -> (membership: [Int32], count: Int) {
        var membership = [Int32](repeating: 0, count: labels.count)
        var count: Int32 = 0
        if labels.allSatisfy({ $0 >= 0 && Int($0) < labels.count }) {
            var number = [Int32](repeating: -1, count: labels.count)
            for (vertex, label) in labels.enumerated() {
                if number[Int(label)] < 0 { number[Int(label)] = count; count += 1 }
                membership[vertex] = number[Int(label)]
            }
        } else {
            var number: [Int32: Int32] = [:]
            for (vertex, label) in labels.enumerated() {
                membership[vertex] = number[label] ?? { number[label] = count; count += 1; return count - 1 }()
            }
        }
        return (membership, Int(count))
    }
}

extension UndirectedGraph {
    /// Σ_c [L_c / m − γ K_c² / (2m)²] for communities numbered `0..<count`, summed over c in
    /// order; L_c counts each vertex's self-loop (the weight already inside it) and every edge
    /// between two members once. 0 when the graph has no edge weight.
    func modularity(of community: [Int32], count: Int, resolution: Double) -> Double {
        let degreeSum = 2 * totalWeight
        guard degreeSum > 0 else { return 0 }
        var inside = [Double](repeating: 0, count: count)
        var degree = [Double](repeating: 0, count: count)
        for v in 0..<vertexCount {
            let c = Int(community[v])
            degree[c] += degrees[v]
            var twice = 0.0
            for e in offsets[v]..<offsets[v + 1] where community[Int(targets[e])] == community[v] { twice += weights[e] }
            inside[c] += loops[v] + twice / 2
        }
        let norm = 1 / (degreeSum * degreeSum)
        var quality = 0.0
        for c in 0..<count { quality += inside[c] / totalWeight - resolution * degree[c] * degree[c] * norm }
        return quality
    }
}
