import Foundation
import ArgumentParser
import StakeGraph

/// The selection flags shared by every command that reads a graph (DESIGN.md, "Analysis
/// semantics"): which relations, and when. They become one `GraphSlice`.
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these relation types (comma-separated).", valueName: "type,…"))
    var relation: String?

    @Option(help: ArgumentHelp("Only hostile, cooperative or neutral relations.", valueName: "polarity"),
            completion: Polarity.completion, transform: Polarity.named)
    var polarity: Polarity?

    @Option(help: ArgumentHelp("Only verbal, material or structural relations.", valueName: "mode"),
            completion: RelationMode.completion, transform: RelationMode.named)
    var mode: RelationMode?

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only relations tagged so, or between actors of which one is (repeat for any of several tags).", valueName: "tag"))
    var tags: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("What was in force on this date (YYYY[-MM[-DD]]).", valueName: "date"),
            transform: ValueParser.date)
    var asOf: PartialDate?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("What was in force at some time between two dates.", valueName: "from to"))
    var between: [String] = []

    @Option(help: ArgumentHelp("Events (warnings, accusations, meetings …) stay in force this long after their date: 30d, 6m, 1y (default: for ever).",
                               valueName: "duration"),
            transform: ValueParser.window)
    var window: EventWindow?

    func validate() throws {
        if !between.isEmpty {
            guard between.count == 2 else { throw ValidationError("--between takes two dates: FROM TO") }
            let (start, end) = try (betweenDate(0), betweenDate(1))
            guard start <= end else { throw ValidationError("--between \(start) \(end): the first date must not be after the second") }
            if asOf != nil { throw ValidationError("give --as-of or --between, not both") }
        }
    }

    private func betweenDate(_ index: Int) throws -> PartialDate {
        do { return try PartialDate(parsing: between[index]) } catch { throw ValidationError("--between: \(error)") }
    }

    /// The period asked for, if any.
    var period: Period? {
        if let asOf { return .asOf(asOf) }
        if between.count == 2, let start = try? betweenDate(0), let end = try? betweenDate(1) { return .between(start, end) }
        return nil
    }

    /// For commands whose dates come only from --as-of or --between: a window needs one of them.
    func requireDateForWindow() throws {
        if window != nil && period == nil {
            throw ValidationError("--window says how long events stay in force after their date; give it with --as-of or --between")
        }
    }

    /// The selection these flags describe, its relation types checked against `graph`.
    func selection(for graph: StakeholderGraph) throws(SelectionError) -> Selection {
        var selection = Selection(polarity: polarity, mode: mode, period: period, window: window)
        if let relation {
            selection.types = try graph.relationTypeIDs(relation.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        if !tags.isEmpty { selection.tags = try graph.tags(tags) }
        return selection
    }

    /// The slice of `graph` these flags select; says on stderr how many undated relations a date
    /// filter kept.
    func slice(_ graph: StakeholderGraph) throws -> GraphSlice {
        let slice = GraphSlice(graph, selection: try selection(for: graph))
        if slice.undatedKept > 0 {
            Terminal.note("\(counted(slice.undatedKept, "undated relation")) \(slice.undatedKept == 1 ? "was" : "were") kept (they cannot be placed in time)")
        }
        return slice
    }
}
