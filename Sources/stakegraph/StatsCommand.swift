import Foundation
import ArgumentParser
import StakeGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Summarise a graph: counts by actor kind, relation type and polarity, dates, sources.",
        discussion: """
        Also counts quotes, relations without evidence, issues and positions. The selection flags \
        apply (--as-of counts what was in force then).

        Examples:
          stakegraph stats -g Graphs/huawei-5g.yaml
          stakegraph stats --format json | jq .relationsByPolarity
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func validate() throws { try selectionOptions.requireDateForWindow() }

    func run() throws {
        let stats = GraphStatistics(try selectionOptions.slice(try graphFile.load()))
        switch format {
        case .json: try JSONOutput.print(stats)
        case .table: Terminal.output(text(stats))
        }
    }

    private func text(_ stats: GraphStatistics) -> String {
        func counts(_ title: String, _ values: [String: Int], order: [String]) -> [String] {
            let keys = order.filter { values[$0] != nil } + values.keys.filter { !order.contains($0) }.sorted()
            let width = keys.map(\.count).max() ?? 0
            return [title] + keys.map { "  \($0.padding(toLength: width, withPad: " ", startingAt: 0))  \(values[$0]!)" }
        }
        var lines = ["\(stats.title ?? stats.id) [\(stats.id)]", ""]
        lines.append("Actors: \(stats.actors)")
        lines += counts("By kind", stats.actorsByKind, order: ActorKind.allCases.map(\.rawValue)).dropFirst().map { $0 }
        lines += ["", "Relations: \(stats.relations)"]
        lines += counts("By polarity", stats.relationsByPolarity, order: Polarity.allCases.map(\.rawValue))
        lines += counts("By mode", stats.relationsByMode, order: RelationMode.allCases.map(\.rawValue))
        let byType = stats.relationsByType.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        lines += counts("By type", stats.relationsByType, order: byType)
        lines.append("")
        if let first = stats.firstDate, let last = stats.lastDate {
            lines.append("Dates: \(first) to \(last) (\(stats.undatedRelations) undated)")
        } else {
            lines.append("Dates: none (\(stats.undatedRelations) undated)")
        }
        let records = stats.recordReferences > 0 ? ", \(stats.recordReferences) record references" : ""
        lines.append("Evidence: \(stats.quotes) quotes\(records); \(stats.relationsWithoutEvidence) relations without evidence")
        lines.append("Issues: \(stats.issues); positions: \(stats.positions)")
        lines += ["", "Sources: \(stats.sources.count)"]
        var table = TextTable(["ID", "PUBLISHER", "DATE", "QUOTES", "TITLE"], numericColumns: [3])
        for source in stats.sources {
            table.add([source.id, source.publisher ?? "", source.date ?? "", String(source.quotes), source.title])
        }
        lines += table.rendered.split(separator: "\n").map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
