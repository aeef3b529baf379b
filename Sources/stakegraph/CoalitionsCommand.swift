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

        Each connected part of the signed network is split on its own: nothing in the relations \
        says which side of one part stands with which side of another, so their sides join the \
        camps only through their stances on the issue. Parts without stances are listed apart \
        ("not related to the camps"), and actors without any cooperative, hostile or belonging \
        relation are "not aligned". With several issues in the graph, --issue names the one whose \
        stances are used.

        Examples:
          stakegraph coalitions
          stakegraph coalitions --as-of 2019-01 --format json
          stakegraph coalitions --camps 3 --structural ignore
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("How many camps (2 to 8).", valueName: "n"))
    var camps = 2

    @Option(help: "Belonging relations: positive (default) or ignore.",
            completion: CoalitionAnalysis.StructuralTies.completion, transform: CoalitionAnalysis.StructuralTies.named)
    var structural: CoalitionAnalysis.StructuralTies = .positive

    @Option(help: ArgumentHelp("The issue whose stances order the camps (default: the graph's only issue).", valueName: "id"))
    var issue: String?

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func validate() throws {
        if !(2...8).contains(camps) { throw ValidationError("--camps must be between 2 and 8") }
        try selectionOptions.requireDateForWindow()
    }

    func run() throws {
        let whole = try graphFile.load()
        let chosen = try IssueChoice.optional(issue, in: whole)
        let slice = try selectionOptions.slice(whole)
        let stances = chosen.map { PositionAnalysis.positions(on: $0, in: slice, power: [:]).placements } ?? [:]
        let analysis = CoalitionAnalysis(slice, camps: camps, structural: structural, stances: stances)
        guard !analysis.camps.isEmpty else { throw CommandFailure.nothingFound("no cooperative or hostile relations to split the actors by") }
        let graph = slice.graph
        func names(_ ids: [String]) -> [String] {
            ids.map { graph.actor(id: $0)?.name ?? $0 }.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
        }
        switch format {
        case .json:
            try JSONOutput.print(CoalitionRecord(analysis, graph: graph))
        case .table:
            var lines: [String] = []
            for (number, members) in analysis.camps.enumerated() {
                let lean = analysis.meanStance[number].map { String(format: ", mean stance %+.2f", $0) } ?? ""
                lines.append("Camp \(number + 1) (\(counted(members.count, "actor"))\(lean))")
                lines += names(members).map { "  " + $0 }
                lines.append("")
            }
            if !analysis.unrelated.isEmpty {
                lines.append("Not related to the camps (no declared or inferred stances to place them by\(chosen == nil ? "; the graph has no issue" : "")):")
                for (number, sides) in analysis.unrelated.enumerated() {
                    lines.append("  Group \(number + 1): " + sides.map { names($0).joined(separator: ", ") }.joined(separator: "  |  "))
                }
                lines.append("")
            }
            lines.append("Frustration: \(analysis.frustration) of \(analysis.signedCount) signed relations violate the split\(analysis.isExact ? " (the fewest possible)" : " (the fewest found by local search)")")
            for relation in analysis.violating { lines.append("  ✗ " + describe(relation, graph)) }
            let hostileAcross = analysis.crossing.filter { graph.relationType($0.type)?.polarity == .hostile }
            lines.append("")
            lines.append("Relations across sides: \(analysis.crossing.count) (\(hostileAcross.count) hostile)")
            for relation in analysis.crossing { lines.append("  " + describe(relation, graph)) }
            if !analysis.notAligned.isEmpty {
                lines.append("")
                lines.append("Not aligned (no cooperative, hostile or belonging relation): \(names(analysis.notAligned).joined(separator: ", "))")
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
    var unrelated: [[[String]]]
    var notAligned: [String]
    var violating: [RelationRecord]
    var crossing: [RelationRecord]

    init(_ analysis: CoalitionAnalysis, graph: StakeholderGraph) {
        camps = analysis.camps
        frustration = analysis.frustration
        exact = analysis.isExact
        signedRelations = analysis.signedCount
        meanStance = analysis.meanStance
        unrelated = analysis.unrelated
        notAligned = analysis.notAligned
        violating = analysis.violating.map { RelationRecord($0, in: graph) }
        crossing = analysis.crossing.map { RelationRecord($0, in: graph) }
    }

    enum CodingKeys: String, CodingKey {
        case camps, frustration, exact, signedRelations = "signed-relations", meanStance = "mean-stance", unrelated
        case notAligned = "not-aligned", violating, crossing
    }
}
