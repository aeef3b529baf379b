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
    /// Each projected relation's (from, to) vertices, index for index with the relations
    /// projected (-1 for an actor the graph does not have), when asked for (`PathFinder`).
    let relationVertices: (from: [Int32], to: [Int32])?

    /// Projects `relations` (default: all of the graph's) over all of the graph's actors.
    /// `undirected` ignores direction, adding every edge both ways. `keepingRelationVertices`
    /// keeps each relation's vertices (`relationVertices`).
    ///
    /// - Complexity: O(a log a + r) for a actors and r relations, plus building the network;
    ///   the relations' actors are found by position when the graph records them
    ///   (`RelationEndpoints`), else by hashing their ids.
    init(_ graph: StakeholderGraph, relations: [Relation]? = nil, undirected: Bool = false,
         keepingRelationVertices: Bool = false) {
        let order = graph.actors.indices.sorted { graph.actors[$0].id < graph.actors[$1].id }
        actorIDs = order.map { graph.actors[$0].id }
        vertexByID = Dictionary(uniqueKeysWithValues: actorIDs.enumerated().map { ($1, $0) })
        let projected = relations ?? graph.relations
        var froms: [Int32] = [], tos: [Int32] = []
        if relations == nil, let endpoints = graph.relationEndpoints, endpoints.count == projected.count {
            var vertexOfPosition = [Int32](repeating: 0, count: order.count)
            for (vertex, position) in order.enumerated() { vertexOfPosition[position] = Int32(vertex) }
            froms = endpoints.from.map { vertexOfPosition[Int($0)] }
            tos = endpoints.to.map { vertexOfPosition[Int($0)] }
        } else {
            froms.reserveCapacity(projected.count)
            tos.reserveCapacity(projected.count)
            for relation in projected {
                froms.append(vertexByID[relation.from].map(Int32.init) ?? -1)
                tos.append(vertexByID[relation.to].map(Int32.init) ?? -1)
            }
        }
        var edges: [(from: Int, to: Int)] = []
        edges.reserveCapacity(projected.count)
        // Whether the previous relation's type is undirected: sheets repeat a few types, and
        // comparing two short strings costs less than hashing one.
        var lastType: String?
        var lastUndirected = false
        for (index, relation) in projected.enumerated() {
            let (u, v) = (Int(froms[index]), Int(tos[index]))
            guard u >= 0, v >= 0, u != v else { continue }
            edges.append((u, v))
            if relation.type != lastType {
                lastType = relation.type
                lastUndirected = graph.relationType(relation.type)?.directed == false
            }
            if undirected || lastUndirected { edges.append((v, u)) }
        }
        network = Network(vertexCount: actorIDs.count, edges: edges)
        relationVertices = keepingRelationVertices ? (froms, tos) : nil
    }

    func vertex(of actorID: String) -> Int? { vertexByID[actorID] }
    func actorID(of vertex: Int) -> String { actorIDs[vertex] }
}
