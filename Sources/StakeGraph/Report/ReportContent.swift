import Foundation
import Graphviz
import NetworkAnalysis

/// Everything a report shows, computed once and written as HTML or Markdown.
public struct ReportContent: Sendable {
    public struct CentralActor: Sendable {
        public var actor: Actor
        public var pageRank: Double
        public var betweenness: Double
        public var inDegree: Double
    }

    public var graph: StakeholderGraph
    public var selectionNote: String?
    /// The main graph as SVG text, and the position map (nil without an issue with stances).
    public var networkSVG: String
    public var positionMapSVG: String?
    public var issue: Issue?
    public var positions: [ActorPosition]
    public var central: [CentralActor]
    public var coalitions: CoalitionAnalysis
    public var communities: CommunityAnalysis
    public var timeline: [TimelineEvent]
    public var citations: Citations

    /// Computes every section for `graph` (already sliced by the selection flags); `power` is
    /// PageRank on the whole graph, `issue` the issue of the positions section.
    public static func build(_ graph: StakeholderGraph, whole: StakeholderGraph, issue: Issue?, selectionNote: String?,
                             topCentral: Int = 10) throws -> ReportContent {
        var diagram = DiagramOptions()
        diagram.selectionNote = selectionNote
        let network = try Diagram.render(graph, options: diagram, engine: .auto, format: .svg)
        let projection = Projection(graph)
        let scores = try CentralityMeasure.scores([.pagerank, .betweenness, .inDegree], on: projection.network)
        let central = projection.actorIDs.indices.map { vertex in
            CentralActor(actor: graph.actor(id: projection.actorID(of: vertex))!, pageRank: scores[0][vertex],
                         betweenness: scores[1][vertex], inDegree: scores[2][vertex])
        }.sorted { $0.pageRank != $1.pageRank ? $0.pageRank > $1.pageRank : $0.actor.id < $1.actor.id }
        let power = try PositionAnalysis.power(on: whole)
        var positions: [ActorPosition] = []
        var map: String?
        if let issue {
            positions = PositionAnalysis.positions(on: issue, in: graph, power: power)
            if positions.contains(where: { $0.placement != nil }) {
                var options = PositionMapWriter.Options()
                options.selectionNote = selectionNote
                let dot = PositionMapWriter(graph: graph, issue: issue, rows: positions, options: options).dot()
                map = String(decoding: try Renderer.render(dot: dot, engine: .neato, format: .svg), as: UTF8.self)
            }
        }
        var content = ReportContent(
            graph: graph, selectionNote: selectionNote, networkSVG: String(decoding: network.bytes, as: UTF8.self),
            positionMapSVG: map, issue: issue, positions: positions, central: Array(central.prefix(topCentral)),
            coalitions: CoalitionAnalysis(graph, stances: positions.placements), communities: CommunityAnalysis(graph),
            timeline: Timeline.events(in: graph), citations: Citations())
        content.citations = Citations(numbering: content)
        return content
    }
}

/// Numbered references: every piece of evidence (a source and a quote) gets a number in the order
/// the report first cites it, so that each relation and position points to its quotes.
public struct Citations: Sendable {
    public struct Reference: Sendable {
        public var number: Int
        public var evidence: Evidence
    }

    public private(set) var references: [Reference] = []
    private var numberByKey: [String: Int] = [:]

    init() {}

    /// Numbers the evidence of the positions, the timeline and then every relation, in the order
    /// the report shows them.
    init(numbering content: ReportContent) {
        for row in content.positions where row.declared != nil {
            for position in content.graph.positions where position.actor == row.actor.id { cite(position.evidence) }
        }
        for event in content.timeline {
            switch event {
            case .relation(let relation): cite(relation.evidence)
            case .position(let position): cite(position.evidence)
            }
        }
        for relation in content.graph.relations { cite(relation.evidence) }
        for position in content.graph.positions { cite(position.evidence) }
    }

    private static func key(_ evidence: Evidence) -> String { evidence.source + "\u{0}" + evidence.quote }

    private mutating func cite(_ items: [Evidence]) {
        for evidence in items where numberByKey[Self.key(evidence)] == nil {
            references.append(Reference(number: references.count + 1, evidence: evidence))
            numberByKey[Self.key(evidence)] = references.count
        }
    }

    /// The reference numbers of `evidence`, in order.
    public func numbers(_ evidence: [Evidence]) -> [Int] { evidence.compactMap { numberByKey[Self.key($0)] } }
}
