extension Network {
    /// Returns the degree centrality of every vertex: its number of edges, in and out, divided
    /// by n − 1.
    ///
    ///     D(v) = (deg⁻(v) + deg⁺(v)) / (n − 1)
    ///
    /// with deg⁻ the in-degree and deg⁺ the out-degree, each counting distinct edges (parallel
    /// edges have collapsed and self-loops were dropped when the network was built). In the
    /// directed path a → b → c, b has one edge in and one out: 2/2 = 1.
    ///
    /// **Normalisation.** By n − 1, the largest in- or out-degree a simple digraph allows, so
    /// the total can reach 2 in a digraph with edges both ways (it does in a complete one). For
    /// n ≤ 1, where n − 1 would be 0, every vertex scores 1, as in NetworkX. This is NetworkX
    /// `degree_centrality(G)` on a `DiGraph`.
    ///
    /// Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual
    /// clarification. *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
    ///
    /// - Returns: The degree centrality of vertex v at index v, for every v in
    ///   `0..<vertexCount`; empty when the network has no vertices.
    ///
    /// - Complexity: O(n) for n vertices.
    public func degreeCentrality() -> [Double] {
        scaledDegrees { inDegree(of: $0) + outDegree(of: $0) }
    }

    /// Returns the in-degree centrality of every vertex: its number of incoming edges divided
    /// by n − 1.
    ///
    ///     D⁻(v) = deg⁻(v) / (n − 1)
    ///
    /// **Normalisation.** By n − 1, the largest in-degree a simple digraph allows, so scores
    /// lie in [0, 1]; 1 for every vertex when n ≤ 1, as in NetworkX. This is NetworkX
    /// `in_degree_centrality(G)` on a `DiGraph`.
    ///
    /// Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual
    /// clarification. *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
    ///
    /// - Returns: The in-degree centrality of vertex v at index v, for every v in
    ///   `0..<vertexCount`; empty when the network has no vertices.
    ///
    /// - Complexity: O(n) for n vertices.
    public func inDegreeCentrality() -> [Double] { scaledDegrees(inDegree(of:)) }

    /// Returns the out-degree centrality of every vertex: its number of outgoing edges divided
    /// by n − 1.
    ///
    ///     D⁺(v) = deg⁺(v) / (n − 1)
    ///
    /// **Normalisation.** By n − 1, the largest out-degree a simple digraph allows, so scores
    /// lie in [0, 1]; 1 for every vertex when n ≤ 1, as in NetworkX. This is NetworkX
    /// `out_degree_centrality(G)` on a `DiGraph`.
    ///
    /// Reference: Freeman, L. C. (1979). Centrality in social networks: conceptual
    /// clarification. *Social Networks* 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
    ///
    /// - Returns: The out-degree centrality of vertex v at index v, for every v in
    ///   `0..<vertexCount`; empty when the network has no vertices.
    ///
    /// - Complexity: O(n) for n vertices.
    public func outDegreeCentrality() -> [Double] { scaledDegrees(outDegree(of:)) }

    private func scaledDegrees(_ degree: (Int) -> Int) -> [Double] {
        if vertexCount <= 1 { return [Double](repeating: 1, count: vertexCount) }
        let scale = 1.0 / Double(vertexCount - 1)
        return (0..<vertexCount).map { Double(degree($0)) * scale }
    }
}
