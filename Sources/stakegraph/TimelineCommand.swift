import ArgumentParser
import Foundation
import StakeGraph

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Dated relations and positions in time order, with their quotes and sources.",
        discussion: """
        Undated relations cannot be placed and are left out (their number is given). The selection \
        flags apply: --between 2019-01 2019-06 shows what was in force in that period.

        Examples:
          stakegraph timeline
          stakegraph timeline --actor huawei --polarity hostile
          stakegraph timeline --between 2019-01 2019-03 --format json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("Only events involving this actor (id, name or alias).", valueName: "actor"))
    var actor: String?

    @Option(help: "Output format: \(TabularFormat.names).", completion: TabularFormat.completion, transform: TabularFormat.named)
    var format: TabularFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    func run() throws {
        let slice = try selectionOptions.slice(try graphFile.load())
        let graph = slice.graph
        let actorID = try actor.map { try graph.findActor($0).id }
        let events = Timeline.events(in: slice, actor: actorID)
        let undated = graph.relations.filter { $0.span == .undated && (actorID == nil || $0.from == actorID || $0.to == actorID) }.count
        guard !events.isEmpty else { throw CommandFailure.nothingFound("no dated relations or positions\(actorID.map { " involving \($0)" } ?? "")") }
        switch format {
        case .json:
            try JSONOutput.print(events.map { TimelineRecord($0, in: graph) })
        case .csv:
            var csv = CSVText(["date", "kind", "from", "type", "to", "source", "quote"])
            for event in events {
                let record = TimelineRecord(event, in: graph)
                let evidence = record.evidence.isEmpty ? [EvidenceRecord?.none] : record.evidence.map { Optional($0) }
                for item in evidence {
                    csv.add([record.date, record.kind, record.from, record.type, record.to ?? "", item?.source ?? "", item?.quote ?? ""])
                }
            }
            Terminal.write(csv.rendered)
        case .table:
            let width = events.map(\.dateText.count).max() ?? 10
            var lines: [String] = []
            for event in events {
                let pad = String(repeating: " ", count: width)
                lines.append(event.dateText.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + headline(event, graph))
                for evidence in TimelineRecord(event, in: graph).evidence {
                    lines.append("\(pad)    \(evidence.cited) — \(sourceName(evidence.source, graph))")
                }
            }
            Terminal.output(lines.joined(separator: "\n"))
            if undated > 0 { Terminal.output("\n(\(counted(undated, "undated relation")) not shown)") }
        }
    }

    private func headline(_ event: TimelineEvent, _ graph: StakeholderGraph) -> String {
        func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }
        switch event {
        case .relation(let relation):
            return "\(name(relation.from)) \(graph.relationType(relation.type)?.label ?? relation.type) \(name(relation.to))"
        case .position(let position):
            return "\(name(position.actor)) — stance \(position.stance.name) on “\(graph.issue(id: position.issue)?.question ?? position.issue)”"
        }
    }

    private func sourceName(_ id: String, _ graph: StakeholderGraph) -> String {
        guard let source = graph.source(id: id) else { return id }
        return [source.publisher ?? source.title, source.date?.description].compactMap { $0 }.joined(separator: ", ") + " [\(id)]"
    }
}

/// An event as JSON: `kind` relation or position, `date`, and the relation's `from`, `type`,
/// `to` or the position's actor (`from`), issue and stance, with the evidence.
struct TimelineRecord: Encodable {
    var kind: String
    var date: String
    var from: String
    var type: String
    var to: String?
    var issue: String?
    var stance: String?
    var evidence: [EvidenceRecord]

    init(_ event: TimelineEvent, in graph: StakeholderGraph) {
        date = event.dateText
        switch event {
        case .relation(let relation):
            kind = "relation"
            from = relation.from
            type = relation.type
            to = relation.to
            evidence = relation.evidence.map(EvidenceRecord.init)
        case .position(let position):
            kind = "position"
            from = position.actor
            type = "position"
            issue = position.issue
            stance = position.stance.name
            evidence = position.evidence.map(EvidenceRecord.init)
        }
    }
}
