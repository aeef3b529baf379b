import ArgumentParser
import StakeGraph

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an actor's card: who it is, its relations with evidence, its positions.",
        discussion: """
        Prints the actor's name, kind, country, aliases and description; its outgoing and incoming \
        relations grouped by type, each with its date, quote and source; and its positions on issues. \
        The selection flags apply (--as-of shows the card as it stood then).

        Examples:
          stakegraph show huawei
          stakegraph show "FBI Director Chris Wray" --format json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Argument(help: ArgumentHelp("The actor: id, name or alias, any case.", valueName: "actor"))
    var actor: String

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    struct Card: Encodable {
        var actor: ActorRecord
        var outgoing: [RelationRecord]
        var incoming: [RelationRecord]
        var positions: [PositionRecord]
    }

    struct PositionRecord: Encodable {
        var issue: String
        var question: String
        var stance: String
        var value: Int
        var date: String?
        var note: String?
        var evidence: [EvidenceRecord]
    }

    func run() throws {
        let graph = try selectionOptions.slice(try graphFile.load()).graph
        let actor = try graph.findActor(self.actor)
        let outgoing = graph.relations.filter { $0.from == actor.id }
        let incoming = graph.relations.filter { $0.to == actor.id && $0.from != actor.id }
        let positions = graph.positions.filter { $0.actor == actor.id }
        switch format {
        case .json:
            try JSONOutput.print(Card(
                actor: ActorRecord(actor), outgoing: outgoing.map { RelationRecord($0, in: graph) },
                incoming: incoming.map { RelationRecord($0, in: graph) },
                positions: positions.map {
                    PositionRecord(issue: $0.issue, question: graph.issue(id: $0.issue)?.question ?? "",
                                   stance: $0.stance.name, value: $0.stance.rawValue, date: $0.date?.description,
                                   note: $0.note, evidence: $0.evidence.map(EvidenceRecord.init))
                }))
        case .table:
            Terminal.output(card(actor, outgoing: outgoing, incoming: incoming, positions: positions, in: graph))
        }
    }

    private func card(_ actor: Actor, outgoing: [Relation], incoming: [Relation], positions: [Position],
                      in graph: StakeholderGraph) -> String {
        var lines = ["\(actor.name) [\(actor.id)]"]
        lines.append("  kind:        \(actor.kind.rawValue)")
        if let country = actor.country { lines.append("  country:     \(country)") }
        if !actor.aliases.isEmpty { lines.append("  aliases:     \(actor.aliases.joined(separator: ", "))") }
        if let description = actor.description { lines.append("  description: \(description)") }
        lines += section("Outgoing relations", outgoing, arrow: "→", other: \.to, in: graph)
        lines += section("Incoming relations", incoming, arrow: "←", other: \.from, in: graph)
        lines.append("")
        lines.append("Positions (\(positions.count))")
        for position in positions {
            let sign = position.stance.rawValue > 0 ? "+" : ""
            lines.append("  \(position.issue): \(position.stance.name) (\(sign)\(position.stance.rawValue))"
                         + (position.date.map { "  \($0)" } ?? ""))
            if let question = graph.issue(id: position.issue)?.question { lines.append("    \(question)") }
            if let note = position.note { lines.append("    note: \(note)") }
            lines += position.evidence.map { evidenceLine($0, in: graph) }
        }
        return lines.joined(separator: "\n")
    }

    private func section(_ title: String, _ relations: [Relation], arrow: String, other: KeyPath<Relation, String>,
                         in graph: StakeholderGraph) -> [String] {
        var lines = ["", "\(title) (\(relations.count))"]
        let groups = Dictionary(grouping: relations, by: \.type)
        for type in groups.keys.sorted() {
            let group = groups[type]!.sorted { ($0.span.sortDate, $0[keyPath: other]) < ($1.span.sortDate, $1[keyPath: other]) }
            lines.append("  \(graph.relationType(type)?.label ?? type) (\(group.count))")
            for relation in group {
                let name = graph.actor(id: relation[keyPath: other])?.name ?? relation[keyPath: other]
                let date = relation.span == .undated ? "undated" : relation.span.description
                lines.append("    \(arrow) \(name) [\(relation[keyPath: other])]  \(date)")
                if let note = relation.note { lines.append("      note: \(note)") }
                lines += relation.evidence.map { "  " + evidenceLine($0, in: graph) }
                if relation.evidence.isEmpty { lines.append("      (no evidence)") }
            }
        }
        return lines
    }

    private func evidenceLine(_ evidence: Evidence, in graph: StakeholderGraph) -> String {
        let source = graph.source(id: evidence.source)
        let origin = [source?.publisher, source?.date?.description].compactMap { $0 }.joined(separator: ", ")
        return "    \(evidence.record.map { "record \($0)" } ?? "\"\(evidence.quote)\"") — \(origin.isEmpty ? "" : origin + " ")[\(evidence.source)]"
    }
}

extension Optional: @retroactive Comparable where Wrapped == PartialDate {
    /// Undated sorts last.
    public static func < (a: PartialDate?, b: PartialDate?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a < b
        case (_?, nil): return true
        default: return false
        }
    }
}
