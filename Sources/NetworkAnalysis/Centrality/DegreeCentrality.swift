extension Network {
    /// Degree centrality: (in-degree + out-degree) / (n − 1) for each vertex.
    ///
    /// Normalised by the largest possible degree of a simple graph, n − 1, so values can exceed
    /// 1 in a digraph with edges both ways. Matches NetworkX `degree_centrality` on a `DiGraph`
    /// (including its convention that a graph of one vertex gives 1). O(n).
    /// Reference: Freeman (1979), "Centrality in social networks: conceptual clarification".
    public func degreeCentrality() -> [Double] {
        scaledDegrees { inDegree(of: $0) + outDegree(of: $0) }
    }

    /// In-degree centrality: in-degree / (n − 1). O(n).
    public func inDegreeCentrality() -> [Double] { scaledDegrees(inDegree(of:)) }

    /// Out-degree centrality: out-degree / (n − 1). O(n).
    public func outDegreeCentrality() -> [Double] { scaledDegrees(outDegree(of:)) }

    private func scaledDegrees(_ degree: (Int) -> Int) -> [Double] {
        if vertexCount <= 1 { return [Double](repeating: 1, count: vertexCount) }
        let scale = 1.0 / Double(vertexCount - 1)
        return (0..<vertexCount).map { Double(degree($0)) * scale }
    }
}
