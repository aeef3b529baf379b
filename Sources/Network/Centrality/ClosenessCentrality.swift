extension Network {
    /// Closeness centrality over incoming distances, with Wasserman and Faust's correction for
    /// graphs that are not strongly connected:
    ///
    ///     C(u) = (r − 1) / Σ_v d(v, u) · (r − 1) / (n − 1)
    ///
    /// where r is the number of vertices that reach u (u included) and d(v, u) the hop distance
    /// from v to u. A vertex nobody reaches scores 0. Matches NetworkX `closeness_centrality`
    /// (`wf_improved=True`) on a `DiGraph`.
    ///
    /// One breadth-first search per vertex over reversed edges: O(n · (n + m)).
    /// Reference: Wasserman & Faust (1994), *Social Network Analysis*, §5.3.
    public func closenessCentrality() -> [Double] {
        var scores = [Double](repeating: 0, count: vertexCount)
        var search = BreadthFirstBuffers(vertexCount: vertexCount)
        for u in 0..<vertexCount {
            let (reached, total) = search.sumOfDistances(in: self, from: u, direction: .in)
            guard total > 0, vertexCount > 1 else { continue }
            let r = Double(reached - 1)
            scores[u] = r / Double(total) * (r / Double(vertexCount - 1))
        }
        return scores
    }

    /// Harmonic centrality over incoming distances: H(u) = Σ_{v ≠ u} 1 / d(v, u), with 1/∞ = 0.
    /// Not normalised, as in NetworkX `harmonic_centrality`. O(n · (n + m)).
    /// Reference: Marchiori & Latora (2000), "Harmony in the small-world"; Boldi & Vigna (2014),
    /// "Axioms for centrality".
    public func harmonicCentrality() -> [Double] {
        var scores = [Double](repeating: 0, count: vertexCount)
        var search = BreadthFirstBuffers(vertexCount: vertexCount)
        for u in 0..<vertexCount {
            scores[u] = search.sumOfReciprocalDistances(in: self, from: u, direction: .in)
        }
        return scores
    }
}

/// Reusable arrays for repeated breadth-first searches, so that n searches allocate once.
struct BreadthFirstBuffers {
    var distance: [Int32]
    var queue: [Int32]

    init(vertexCount: Int) {
        distance = [Int32](repeating: -1, count: vertexCount)
        queue = [Int32](repeating: 0, count: vertexCount)
    }

    /// Runs a search from `source`; returns how many vertices it reached (source included).
    /// `distance` holds the hop counts of the reached vertices (in `queue[0..<reached]`) until the
    /// next search, which resets only those.
    mutating func search(in network: Network, from source: Int, direction: TraversalDirection) -> Int {
        var head = 0, tail = 0
        distance[source] = 0
        queue[tail] = Int32(source); tail += 1
        while head < tail {
            let vertex = Int(queue[head]); head += 1
            let next = distance[vertex] + 1
            let (offsets, targets) = direction == .in
                ? (network.inOffsets, network.inSources) : (network.outOffsets, network.outTargets)
            for index in Int(offsets[vertex])..<Int(offsets[vertex + 1]) {
                let w = Int(targets[index])
                if distance[w] < 0 {
                    distance[w] = next
                    queue[tail] = Int32(w); tail += 1
                }
            }
        }
        return tail
    }

    mutating func reset(_ reached: Int) {
        for index in 0..<reached { distance[Int(queue[index])] = -1 }
    }

    mutating func sumOfDistances(in network: Network, from source: Int, direction: TraversalDirection) -> (Int, Int) {
        let reached = search(in: network, from: source, direction: direction)
        var total = 0
        for index in 0..<reached { total += Int(distance[Int(queue[index])]) }
        reset(reached)
        return (reached, total)
    }

    mutating func sumOfReciprocalDistances(in network: Network, from source: Int, direction: TraversalDirection) -> Double {
        let reached = search(in: network, from: source, direction: direction)
        var total = 0.0
        for index in 1..<max(1, reached) { total += 1.0 / Double(distance[Int(queue[index])]) }
        reset(reached)
        return total
    }
}
