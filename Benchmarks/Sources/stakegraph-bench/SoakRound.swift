import Graphviz
import StakeGraph

/// One round of what an analyst's session does: read the graph, draw it, and ask it questions.
/// Repeated by `soak` to show that nothing but Graphviz's own per-render loss stays behind.
enum SoakRound {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(text: String, path: String) throws {
        let result = GraphReader.read(text: text, path: path)
        guard !result.diagnostics.hasErrors else { throw Failure(description: "\(path) is not a valid graph") }
        let graph = result.graph
        _ = try Diagram.render(graph, options: DiagramOptions(), engine: .auto, format: .svg)

        let projection = Projection(graph)
        _ = try CentralityMeasure.scores([.pagerank, .betweenness, .closeness], on: projection.network)
        let ids = graph.actors.map(\.id)
        if let first = ids.first, let last = ids.last {
            _ = PathFinder(graph: graph, relations: graph.relations, undirected: true).paths(from: first, to: last)
        }
        let power = try PositionAnalysis.power(on: graph)
        for issue in graph.issues { _ = PositionAnalysis.positions(on: issue, in: graph, power: power) }
        _ = CoalitionAnalysis(graph)
        _ = CommunityAnalysis(graph)
        if let date = graph.relations.compactMap(\.span.sortDate).max() {
            _ = Selection(asOf: date).apply(to: graph)
        }
    }
}
