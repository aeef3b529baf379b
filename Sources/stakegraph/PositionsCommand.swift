import ArgumentParser
import Foundation
import StakeGraph

struct PositionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "positions",
        abstract: "Who stands where on an issue: declared and inferred stances, power and evidence.",
        discussion: """
        One row per actor, from strongest opposition to strongest support:
          declared   the stance of the actor's latest position (−2 strongly
                     oppose … +2 strongly support)
          inferred   the stance its relations with the issue's subject imply:
                     the mean Goldstein weight of the selected non-structural
                     relations between the actor and the subject (either way),
                     mapped from −10…+10 onto −2…+2 (hostile means oppose,
                     cooperative support)
          power      a centrality score on the whole graph (default PageRank;
                     --power chooses)
          evidence   quotes behind the declared position and the relations
                     inferred from

        A "≠" marks actors whose declared and inferred stances point opposite ways: \
        a finding, or a coding error worth a look. The selection flags (--as-of …) \
        choose the relations inferred from and, with a date, the positions declared \
        by then.

        Examples:
          stakegraph positions --issue huawei-in-5g
          stakegraph positions --as-of 2019-01 --power betweenness --format json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("The issue (default: the graph's only issue).", valueName: "id"))
    var issue: String?

    @Option(help: ArgumentHelp("The centrality measure used as power (default pagerank).", valueName: "measure"),
            completion: CentralityMeasure.completion, transform: CentralityMeasure.named)
    var power: CentralityMeasure = .pagerank

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    func run() throws {
        let graph = try graphFile.load()
        let issue = try IssueChoice.required(self.issue, in: graph)
        let slice = try selectionOptions.slice(graph)
        let measure = power
        let rows = PositionAnalysis.positions(on: issue, in: slice, power: try PowerScores(measure, on: graph).scores)
        if issue.subject == nil {
            Terminal.note("issue '\(issue.id)' has no subject, so no stance can be inferred; give it one (subject: ACTOR)")
        }
        switch format {
        case .json:
            try JSONOutput.print(rows.map(PositionRecord.init))
        case .csv:
            var csv = CSVText(["id", "name", "declared", "inferred", "power", "evidence", "disagrees"])
            for row in rows {
                csv.add([row.actor.id, row.actor.name, row.declared.map { String($0.rawValue) } ?? "",
                         row.inferred.map { String($0) } ?? "", String(row.power), String(row.evidence), row.disagrees ? "yes" : ""])
            }
            Terminal.write(csv.rendered)
        case .table:
            Terminal.output("\(issue.question)\(issue.subject.map { " (subject: \($0))" } ?? "")\n")
            var table = TextTable(["ACTOR", "DECLARED", "INFERRED", "", measure.rawValue.uppercased(), "EVIDENCE"], numericColumns: [2, 4, 5])
            for row in rows {
                table.add([row.actor.name, row.declared.map { "\(signed($0.rawValue)) \($0.name)" } ?? "–",
                           row.inferred.map { String(format: "%+.2f", $0) } ?? "–", row.disagrees ? "≠" : "",
                           String(format: "%.4f", row.power), String(row.evidence)])
            }
            Terminal.output(table.rendered)
            let flagged = rows.filter(\.disagrees)
            if !flagged.isEmpty {
                Terminal.output("\n≠ declared and inferred stances disagree for \(flagged.map(\.actor.name).joined(separator: ", ")).")
            }
        }
    }

    private func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
}

/// A row of `positions --format json`.
struct PositionRecord: Encodable {
    var id: String
    var name: String
    var stance: Int?
    var stanceName: String?
    var inferred: Double?
    var power: Double
    var evidence: Int
    var disagrees: Bool

    init(_ position: ActorPosition) {
        id = position.actor.id
        name = position.actor.name
        stance = position.declared?.rawValue
        stanceName = position.declared?.name
        inferred = position.inferred
        power = position.power
        evidence = position.evidence
        disagrees = position.disagrees
    }

    enum CodingKeys: String, CodingKey { case id, name, stance, stanceName = "stance-name", inferred, power, evidence, disagrees }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(stance, forKey: .stance)
        try container.encode(stanceName, forKey: .stanceName)
        try container.encode(inferred, forKey: .inferred)
        try container.encode(power, forKey: .power)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(disagrees, forKey: .disagrees)
    }
}
