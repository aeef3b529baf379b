import Foundation
import ArgumentParser
import StakeGraph

/// The selection flags shared by every query and by `render` (DESIGN.md, "Analysis semantics").
struct SelectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only these relation types (comma-separated).", valueName: "type,…"))
    var relation: String?

    @Option(help: ArgumentHelp("Only hostile, cooperative or neutral relations.", valueName: "polarity"))
    var polarity: String?

    @Option(help: ArgumentHelp("Only verbal, material or structural relations.", valueName: "mode"))
    var mode: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Relations as they stood on this date (YYYY[-MM[-DD]]): begun by then and not yet ended.", valueName: "date"))
    var asOf: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Relations active at some time between two dates.", valueName: "from to"))
    var between: [String] = []

    /// The flags in words for a diagram's subtitle, e.g. "hostile relations as of 2019-03".
    var summary: String? {
        var words: [String] = []
        if let relation { words.append(relation.replacingOccurrences(of: ",", with: ", ")) }
        if let mode { words.append(mode.lowercased()) }
        if let polarity { words.append(polarity.lowercased()) }
        var text = words.isEmpty ? "relations" : words.joined(separator: " ") + " relations"
        if let asOf { text += " as of \(asOf)" }
        if between.count == 2 { text += " between \(between[0]) and \(between[1])" }
        return text == "relations" ? nil : text
    }

    /// The selection these flags describe, checked against `graph`'s vocabulary.
    func selection(for graph: StakeholderGraph) throws -> Selection {
        var selection = Selection()
        if let relation {
            let names = graph.relationTypes.keys.sorted()
            var types = Set<String>()
            for name in relation.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard graph.relationType(name) != nil else {
                    throw CLIFailure.usage("unknown relation type '\(name)'\(Suggestion.hint(for: name, in: names))")
                }
                types.insert(name)
            }
            selection.types = types
        }
        if let polarity { selection.polarity = try choice(polarity, "polarity", Polarity.self) }
        if let mode { selection.mode = try choice(mode, "mode", RelationMode.self) }
        if let asOf { selection.asOf = try date(asOf, "--as-of") }
        if !between.isEmpty {
            guard between.count == 2 else { throw CLIFailure.usage("--between takes two dates: FROM TO") }
            let (start, end) = (try date(between[0], "--between"), try date(between[1], "--between"))
            guard start <= end else { throw CLIFailure.usage("--between \(start) \(end): the first date must not be after the second") }
            selection.between = start...end
        }
        return selection
    }

    /// The graph as these flags select it: its relations, and with a date its positions, sliced
    /// (`Selection.slice`); says on stderr how many undated relations were kept.
    func slice(_ graph: StakeholderGraph) throws -> StakeholderGraph {
        let selection = try selection(for: graph)
        guard selection != Selection() else { return graph }
        let sliced = selection.slice(graph)
        sliced.selected.noteUndated(selection)
        return sliced.graph
    }

    private func choice<T: RawRepresentable & CaseIterable>(_ text: String, _ what: String, _: T.Type) throws -> T
    where T.RawValue == String {
        if let value = T(rawValue: text.lowercased()) { return value }
        let names = T.allCases.map(\.rawValue)
        throw CLIFailure.usage("unknown \(what) '\(text)'\(Suggestion.hint(for: text, in: names)) (one of: \(names.joined(separator: ", ")))")
    }

    private func date(_ text: String, _ flag: String) throws -> PartialDate {
        do { return try PartialDate(parsing: text) } catch { throw CLIFailure.usage("\(flag): \(error)") }
    }
}

extension Selection.Result {
    /// Tells the user that undated relations were kept although a date filter was given.
    func noteUndated(_ selection: Selection) {
        if selection.filtersByDate && undatedKept > 0 {
            Terminal.error("stakegraph: note: \(undatedKept) undated relation\(undatedKept == 1 ? " was" : "s were") kept (they cannot be placed in time)")
        }
    }
}
