import StakeGraph

/// One round of what an analyst's session does: read the graph, draw it, and ask it questions.
/// Repeated by `soak` to show that nothing but Graphviz's own per-render loss stays behind.
enum SoakRound {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(text: String, path: String) throws {
        let result = GraphReader.read(text: text, path: path)
        guard !result.diagnostics.hasErrors else { throw Failure(description: "\(path) is not a valid graph") }
        let graph = result.graph
        let slice = GraphSlice(graph)
        _ = try Diagram.render(slice, options: DiagramOptions(), engine: .auto, format: .svg)
        _ = try CentralityRanking(slice, measures: [.pagerank, .betweenness, .closeness])
        let ids = graph.actors.map(\.id)
        if let first = ids.first, let last = ids.last {
            _ = PathFinder(slice: slice, undirected: true).paths(from: first, to: last)
        }
        let power = try PowerScores(.pagerank, on: graph)
        for issue in graph.issues { _ = PositionAnalysis.positions(on: issue, in: slice, power: power.scores) }
        _ = CoalitionAnalysis(slice)
        _ = CommunityAnalysis(slice)
        if let date = graph.latestDate {
            _ = slice.asOf(date)
        }
    }
}
