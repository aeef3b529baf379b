import ArgumentParser
import Foundation
import StakeGraph

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two dates: relations begun and ended, actors in and out, positions.",
        discussion: """
        Each date is read as --as-of reads it: the relations in force then (begun by the date, not \
        yet ended). The diff lists, in date order, the relations in force on --to but not on --from \
        (begun) and the other way round (ended: an interval that closed, or with --window an event \
        that dropped out of it), the actors with relations in force on one date but not the other, \
        and the positions taken or changed. Undated relations are in force on both dates and never \
        appear. Other selection flags (--polarity …) narrow what is compared.

        Examples:
          stakegraph diff --from 2018-12 --to 2019-03
          stakegraph diff --from 2019-01 --to 2019-06 --polarity hostile --format json
          stakegraph diff --from 2019-01 --to 2019-06 --window 3m
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(help: ArgumentHelp("The earlier date (YYYY[-MM[-DD]]).", valueName: "date"), transform: ValueParser.date)
    var from: PartialDate

    @Option(help: ArgumentHelp("The later date.", valueName: "date"), transform: ValueParser.date)
    var to: PartialDate

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func validate() throws {
        if selectionOptions.asOf != nil || !selectionOptions.between.isEmpty {
            throw ValidationError("diff compares --from and --to; leave out --as-of and --between")
        }
        if to < from { throw ValidationError("--from \(from) comes after --to \(to)") }
    }

    func run() throws {
        let graph = try graphFile.load()
        let (start, end) = (from, to)
        let diff = GraphDiff(GraphSlice(graph, selection: try selectionOptions.selection(for: graph)), from: start, to: end)
        func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }
        func line(_ relation: Relation) -> String {
            "\(name(relation.from)) \(graph.relationType(relation.type)?.label ?? relation.type) \(name(relation.to))"
                + (relation.span == .undated ? "" : " (\(relation.span.description))")
        }
        switch format {
        case .json:
            try JSONOutput.print(DiffRecord(diff, graph: graph))
        case .table:
            var lines = ["Changes from \(start) to \(end):"]
            func section(_ title: String, _ items: [String]) {
                lines.append("")
                lines.append("\(title) (\(items.count))")
                lines += items.isEmpty ? ["  none"] : items.map { "  " + $0 }
            }
            section("Relations begun", diff.began.map(line))
            section("Relations ended", diff.ended.map(line))
            section("Actors entering", diff.entered.map(name))
            section("Actors leaving", diff.left.map(name))
            section("Positions taken", diff.taken.map { "\(name($0.actor)): \($0.stance.name) on \($0.issue)\($0.date.map { " (\($0))" } ?? "")" })
            section("Positions changed", diff.changed.map { "\(name($0.after.actor)): \($0.before.stance.name) → \($0.after.stance.name) on \($0.after.issue)" })
            Terminal.output(lines.joined(separator: "\n"))
        }
        if diff.isEmpty { throw CommandFailure.nothingFound("nothing changed between \(start) and \(end)") }
    }
}

/// `diff --format json`.
struct DiffRecord: Encodable {
    struct PositionChange: Encodable {
        var actor: String
        var issue: String
        var before: String?
        var after: String
        var date: String?
    }

    var from: String
    var to: String
    var began: [RelationRecord]
    var ended: [RelationRecord]
    var entered: [String]
    var left: [String]
    var positions: [PositionChange]

    init(_ diff: GraphDiff, graph: StakeholderGraph) {
        from = diff.from.description
        to = diff.to.description
        began = diff.began.map { RelationRecord($0, in: graph) }
        ended = diff.ended.map { RelationRecord($0, in: graph) }
        entered = diff.entered
        left = diff.left
        positions = diff.taken.map { PositionChange(actor: $0.actor, issue: $0.issue, before: nil, after: $0.stance.name, date: $0.date?.description) }
            + diff.changed.map { PositionChange(actor: $0.after.actor, issue: $0.after.issue, before: $0.before.stance.name,
                                                after: $0.after.stance.name, date: $0.after.date?.description) }
    }
}
