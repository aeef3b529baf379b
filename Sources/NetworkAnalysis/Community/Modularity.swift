/// A partition of a network's vertices into communities, with its modularity.
///
/// Returned by `Network.louvainCommunities(resolution:)`; see `Network.modularity(of:resolution:)`
/// for the definition of the modularity.
public struct Communities: Sendable, Equatable {
    /// The community of each vertex, numbered 0, 1, … in order of each community's smallest vertex.
    public var membership: [Int32]
    /// The number of communities (isolated vertices count, one each).
    public var count: Int
    /// Newman–Girvan modularity of the partition on the undirected network (resolution γ).
    public var modularity: Double

    /// Creates a partition from its parts, as given.
    ///
    /// Nothing is checked or renumbered: the caller keeps `membership` numbered `0..<count` by
    /// smallest vertex, and `modularity` the value of that partition, for the other members to
    /// hold.
    ///
    /// - Parameters:
    ///   - membership: The community of each vertex.
    ///   - count: The number of communities.
    ///   - modularity: The modularity of the partition.
    ///
    /// - Complexity: O(1).
    public init(membership: [Int32], count: Int, modularity: Double) {
        self.membership = membership
        self.count = count
        self.modularity = modularity
    }

    /// The vertices of each community, ascending; community c is `members[c]`.
    ///
    /// - Complexity: O(n + count) for n vertices; computed each time.
    public var members: [[Int]] {
        var members = [[Int]](repeating: [], count: count)
        for (vertex, community) in membership.enumerated() { members[Int(community)].append(vertex) }
        return members
    }
}

extension Network {
    /// Returns the modularity of a partition of the vertices: how many more edges fall inside
    /// its communities than in a random network with the same degrees.
    ///
    /// On the undirected, unweighted view of the network, where u–v is one edge of weight 1 if
    /// u→v or v→u exists, with resolution γ:
    ///
    ///     Q = 1/(2m) Σ_ij [A_ij − γ k_i k_j / (2m)] δ(c_i, c_j)
    ///       = Σ_c [L_c / m − γ (K_c / (2m))²],
    ///
    /// with A the symmetric adjacency matrix, k_i the degree of i, m the number of edges, c_i the
    /// community of i, L_c the number of edges inside community c and K_c the sum of its degrees
    /// (Newman & Girvan 2004, in the matrix form of Newman 2006; γ is the resolution of
    /// Reichardt & Bornholdt 2006). k_i k_j / (2m) is the expected number of edges between i and
    /// j in a random graph with the same degrees, so Q is 0 when the partition catches no more
    /// internal edges than such a graph would. This is what NetworkX
    /// `community.modularity(G.to_undirected(), communities, resolution=γ)` computes.
    ///
    /// **Range.** For γ = 1, Q lies in [−1/2, 1) (Brandes et al. 2008); everything in one
    /// community gives 1 − γ. γ > 1 favours smaller communities, γ < 1 larger ones. A network
    /// without edges has modularity 0 here (NetworkX divides by m = 0 and raises
    /// `ZeroDivisionError`).
    ///
    /// **Algorithm.** The labels are renumbered 0, 1, …; one pass over the undirected view adds
    /// each vertex's degree to K_c and its edges inside c to L_c, then the communities' terms are
    /// summed in order. Sums of edge counts are exact, so the result does not depend on the
    /// labels chosen.
    ///
    /// References:
    /// - Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in
    ///   networks. *Physical Review E* 69(2), 026113. doi:10.1103/PhysRevE.69.026113
    /// - Newman, M. E. J. (2006). Modularity and community structure in networks. *Proceedings
    ///   of the National Academy of Sciences* 103(23), 8577–8582. doi:10.1073/pnas.0601602103
    /// - Reichardt, J. & Bornholdt, S. (2006). Statistical mechanics of community detection.
    ///   *Physical Review E* 74(1), 016110. doi:10.1103/PhysRevE.74.016110
    /// - Brandes, U., Delling, D., Gaertler, M., Görke, R., Hoefer, M., Nikoloski, Z. & Wagner, D.
    ///   (2008). On modularity clustering. *IEEE Transactions on Knowledge and Data Engineering*
    ///   20(2), 172–188. doi:10.1109/TKDE.2007.190689
    ///
    /// - Parameters:
    ///   - membership: The community of each vertex: vertex v is in community `membership[v]`.
    ///     Any labels; vertices with equal labels share a community.
    ///   - resolution: The resolution γ. Defaults to 1, the original modularity.
    /// - Returns: The modularity Q; 0 when the network has no edges.
    /// - Precondition: `membership.count == vertexCount`.
    ///
    /// - Complexity: O(n + m) time and memory for n vertices and m edges (hashing the labels
    ///   when they are not all in `0..<n`).
    public func modularity(of membership: [Int32], resolution: Double = 1) -> Double {
        precondition(membership.count == vertexCount, "membership must give one community per vertex")
        let (communities, count) = Communities.renumbered(membership)
        return UndirectedGraph(undirectedViewOf: self).modularity(of: communities, count: count, resolution: resolution)
    }
}

extension Communities {
    /// `labels` renumbered 0, 1, … in order of first appearance, i.e. of each label's smallest
    /// vertex, and the number of distinct labels.
    ///
    /// - Parameter labels: Any label for each vertex; equal labels mean the same community.
    /// - Returns: The new label of each vertex, and how many distinct labels there are.
    ///
    /// - Complexity: O(n) for n labels all in `0..<labels.count` (an array lookup), O(n)
    ///   expected otherwise (a dictionary).
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
    ///
    /// - Parameters:
    ///   - community: The community of each vertex, in `0..<count`.
    ///   - count: The number of communities.
    ///   - resolution: The resolution γ.
    /// - Returns: The modularity Q of the partition.
    ///
    /// - Complexity: O(n + m + count) time, O(count) memory.
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
