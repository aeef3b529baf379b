import ArgumentParser
import Foundation
import StakeGraph


struct CoalitionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coalitions",
        abstract: "Split actors into camps by structural balance; report the relations that violate it.",
        discussion: """
        Cooperative relations are positive ties, hostile ones negative, each relation counting once \
        whichever way it points; the belonging relations (member of, part of, leads, owns) are \
        positive (an official stands with its body) unless --structural ignore; other neutral \
        relations are left out. The camps are the split that the fewest relations violate \
        (frustration: cooperative or belonging ties across camps, hostile ties within one) — \
        Cartwright & Harary's structural balance, partitioned as by Doreian & Mrvar (1996). \
        Components of up to 20 actors are searched exhaustively (the minimum is proven), larger ones \
        by local search from many starts. Camps are ordered from the one leaning most to opposition \
        to the one leaning most to support on the issue (declared, else inferred stances), when known.

        Examples:
          stakegraph coalitions
          stakegraph coalitions --as-of 2019-01 --format json
          stakegraph coalitions --camps 3 --structural ignore
        """
    )

    @OptionGroup var options: GraphOptions
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("How many camps (2 to 8).", valueName: "n"))
    var camps = 2

    @Option(help: "Belonging relations: positive (default) or ignore.",
            completion: CoalitionAnalysis.StructuralTies.completion, transform: CoalitionAnalysis.StructuralTies.named)
    var structural: CoalitionAnalysis.StructuralTies = .positive

    @Option(help: ArgumentHelp("The issue whose stances order the camps (default: the graph's only issue).", valueName: "id"))
    var issue: String?

    func validate() throws {
        if !(2...8).contains(camps) { throw ValidationError("--camps must be between 2 and 8") }
    }

    func run() throws {
        let full = try options.load()
        let graph = try selectionOptions.slice(full)
        let stances = try IssueStances.lookup(issue, in: graph)
        let analysis = CoalitionAnalysis(graph, camps: camps, structural: structural, stances: stances)
        guard !analysis.camps.isEmpty else { throw CLIFailure.nothingFound("no cooperative or hostile relations to split the actors by") }
        func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }
        switch options.format {
        case .json, .csv:
            try JSONOutput.print(CoalitionRecord(analysis, graph: graph))
        case .table:
            var lines: [String] = []
            for (number, members) in analysis.camps.enumerated() {
                let lean = analysis.meanStance[number].map { String(format: ", mean stance %+.2f", $0) } ?? ""
                lines.append("Camp \(number + 1) (\(counted(members.count, "actor"))\(lean))")
                lines += members.map(name).sorted { $0.lowercased() < $1.lowercased() }.map { "  " + $0 }
                lines.append("")
            }
            lines.append("Frustration: \(analysis.frustration) of \(analysis.signedCount) signed relations violate the split\(analysis.isExact ? " (the fewest possible)" : " (the fewest found by local search)")")
            for relation in analysis.violating { lines.append("  ✗ " + describe(relation, graph)) }
            let hostileAcross = analysis.crossing.filter { graph.relationType($0.type)?.polarity == .hostile }
            lines.append("")
            lines.append("Relations across camps: \(analysis.crossing.count) (\(hostileAcross.count) hostile)")
            for relation in analysis.crossing { lines.append("  " + describe(relation, graph)) }
            if !analysis.unplaced.isEmpty {
                lines.append("")
                lines.append("Without signed relations (in no camp): \(analysis.unplaced.map(name).joined(separator: ", "))")
            }
            Terminal.output(lines.joined(separator: "\n"))
        }
    }

    private func describe(_ relation: Relation, _ graph: StakeholderGraph) -> String {
        let from = graph.actor(id: relation.from)?.name ?? relation.from, to = graph.actor(id: relation.to)?.name ?? relation.to
        return "\(from) \(graph.relationType(relation.type)?.label ?? relation.type) \(to)" + (relation.span == .undated ? "" : " (\(relation.span.description))")
    }
}

/// `coalitions --format json`: `camps` (lists of ids), `frustration`, and the relations.
struct CoalitionRecord: Encodable {
    var camps: [[String]]
    var frustration: Int
    var exact: Bool
    var signedRelations: Int
    var meanStance: [Double?]
    var unplaced: [String]
    var violating: [RelationRecord]
    var crossing: [RelationRecord]

    init(_ analysis: CoalitionAnalysis, graph: StakeholderGraph) {
        camps = analysis.camps
        frustration = analysis.frustration
        exact = analysis.isExact
        signedRelations = analysis.signedCount
        meanStance = analysis.meanStance
        unplaced = analysis.unplaced
        violating = analysis.violating.map { RelationRecord($0, in: graph) }
        crossing = analysis.crossing.map { RelationRecord($0, in: graph) }
    }

    enum CodingKeys: String, CodingKey {
        case camps, frustration, exact, signedRelations = "signed-relations", meanStance = "mean-stance", unplaced, violating, crossing
    }
}

/// Each actor's stance on an issue (declared, else inferred), to order camps and communities.
enum IssueStances {
    /// Stances on the named issue, or on the graph's only issue; none when it has no issues.
    static func lookup(_ issue: String?, in graph: StakeholderGraph) throws -> [String: Double] {
        guard issue != nil || graph.issues.count == 1 else { return [:] }
        let chosen = try IssueChoice.resolve(issue, in: graph)
        return PositionAnalysis.positions(on: chosen, in: graph, power: [:]).placements
    }
}
