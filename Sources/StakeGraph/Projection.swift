import NetworkAnalysis

/// A graph's actors and relations projected onto a compact `Network` (DESIGN.md, "Analysis
/// semantics"): vertex i is the i-th actor in id order; u→v exists if at least one relation goes
/// from u to v (undirected relation types count both ways); parallel relations collapse;
/// relations from an actor to itself are left out. Every actor is a vertex, isolated or not.
struct Projection: Sendable {
    let network: Network
    /// Actor ids by vertex.
    let actorIDs: [String]
    private let vertexByID: [String: Int]

    /// Projects `relations` (default: all of the graph's) over all of the graph's actors.
    /// `undirected` ignores direction, adding every edge both ways.
    init(_ graph: StakeholderGraph, relations: [Relation]? = nil, undirected: Bool = false) {
        actorIDs = graph.actors.map(\.id).sorted()
        vertexByID = Dictionary(uniqueKeysWithValues: actorIDs.enumerated().map { ($1, $0) })
        var edges: [(from: Int, to: Int)] = []
        for relation in relations ?? graph.relations {
            guard let u = vertexByID[relation.from], let v = vertexByID[relation.to], u != v else { continue }
            edges.append((u, v))
            if undirected || graph.relationType(relation.type)?.directed == false { edges.append((v, u)) }
        }
        network = Network(vertexCount: actorIDs.count, edges: edges)
    }

    func vertex(of actorID: String) -> Int? { vertexByID[actorID] }
    func actorID(of vertex: Int) -> String { actorIDs[vertex] }
}
