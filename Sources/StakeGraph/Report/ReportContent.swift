/// Everything a report shows, computed once from one slice; `ReportDocument` turns it into
/// sections that the HTML and Markdown writers only spell.
public struct ReportContent: Sendable {
    /// One issue's part of the report: the actors' positions and the position map.
    public struct IssuePositions: Sendable {
        public var issue: Issue
        public var positions: [ActorPosition]
        /// The position map as SVG, nil when no actor has a stance on the issue.
        public var mapSVG: String?
    }

    public var slice: GraphSlice
    /// The network as SVG text, drawn for the report's page.
    public var networkSVG: String
    /// What fitting the figures to the page did (edge labels left out …).
    public var pageNotes: [PageNote] = []
    /// A section per issue the report covers, in the graph's order.
    public var issues: [IssuePositions]
    public var central: CentralityRanking
    /// Camps ordered by the stances on the first issue covered.
    public var coalitions: CoalitionAnalysis
    public var communities: CommunityAnalysis
    public var timeline: [TimelineEvent]
    public var citations: Citations

    public var graph: StakeholderGraph { slice.graph }

    /// Computes every section for `slice` and `issues` (e.g. `IssueChoice.all`); power is
    /// PageRank on the whole graph; `topCentral` actors are ranked. The figures are drawn for
    /// `page`, by default A4 turned as each fits best: the report prints a landscape figure on
    /// a landscape page of its own.
    ///
    /// - Throws: `DiagramError` when a figure cannot be drawn, `AnalysisError` when PageRank does
    ///   not converge.
    public static func build(_ slice: GraphSlice, issues: [Issue], page: PageChoice = .best(.a4), minimumFont: Double? = nil,
                             topCentral: Int = 10) throws -> ReportContent {
        var diagram = DiagramOptions()
        diagram.page = page
        diagram.minimumFont = minimumFont
        let network = try Diagram.render(slice, options: diagram, engine: .auto, format: .svg)
        var central = try CentralityRanking(slice, measures: [.pagerank, .betweenness, .inDegree])
        central.rows = Array(central.rows.prefix(topCentral))
        let power = try PowerScores(.pagerank, on: slice.whole)
        var sections: [IssuePositions] = []
        for issue in issues {
            let positions = PositionAnalysis.positions(on: issue, in: slice, power: power.scores)
            var map: String?
            if positions.contains(where: { $0.placement != nil }) {
                var options = PositionMapWriter.Options()
                options.page = page
                options.minimumFont = minimumFont
                let drawn = try Diagram.positionMap(slice, issue: issue, power: power, options: options, format: .svg)
                map = String(decoding: drawn.bytes, as: UTF8.self)
            }
            sections.append(IssuePositions(issue: issue, positions: positions, mapSVG: map))
        }
        var content = ReportContent(
            slice: slice, networkSVG: String(decoding: network.bytes, as: UTF8.self), pageNotes: network.notes, issues: sections, central: central,
            coalitions: CoalitionAnalysis(slice, stances: sections.first?.positions.placements ?? [:]),
            communities: CommunityAnalysis(slice), timeline: Timeline.events(in: slice), citations: Citations())
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
        for section in content.issues {
            for row in section.positions where row.declared != nil {
                for position in content.graph.positions where position.actor == row.actor.id && position.issue == section.issue.id {
                    cite(position.evidence)
                }
            }
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

    private static func key(_ evidence: Evidence) -> String { evidence.source + "\u{0}" + (evidence.record.map { "\u{1}" + $0 } ?? evidence.quote) }

    private mutating func cite(_ items: [Evidence]) {
        for evidence in items where numberByKey[Self.key(evidence)] == nil {
            references.append(Reference(number: references.count + 1, evidence: evidence))
            numberByKey[Self.key(evidence)] = references.count
        }
    }

    /// The reference numbers of `evidence`, in order.
    public func numbers(_ evidence: [Evidence]) -> [Int] { evidence.compactMap { numberByKey[Self.key($0)] } }
}
