import ArgumentParser
import StakeGraph

/// A value from a closed set of names (an engine, a format …) that was not one of them.
///
/// ArgumentParser prints it after "The value 'x' is invalid for '--option <name>': ", so the
/// user sees the nearest name and the whole list; the exit code is 64 like every usage error.
struct UnknownChoice: Error, CustomStringConvertible {
    var value: String
    var names: [String]
    /// The name the value means, when it is a synonym of one (`company` for `firm`).
    var meant: String? = nil

    var description: String {
        let list = "choose one of " + names.joined(separator: ", ")
        guard let nearest = meant ?? Suggestion.nearest(to: value, in: names) else { return list }
        return "did you mean '\(nearest)'? (\(list))"
    }
}

/// A closed set of option values named by their raw values, read with `@Option(transform: X.named)`.
///
/// ArgumentParser's own enum parsing lists the values but cannot suggest one; this adds the
/// "did you mean" DESIGN.md asks of every usage error, and accepts any letter case.
protocol NamedChoice: CaseIterable, RawRepresentable where RawValue == String {
    /// The value a word that is not one of the names means, for the hint; none by default.
    static func meant(by word: String) -> Self?
}

extension NamedChoice {
    static func meant(by word: String) -> Self? { nil }

    static func named(_ text: String) throws -> Self {
        if let value = Self(rawValue: text) ?? Self(rawValue: text.lowercased()) { return value }
        throw UnknownChoice(value: text, names: allCases.map(\.rawValue), meant: meant(by: text)?.rawValue)
    }

    /// The names, comma-separated, for help texts.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The names for shell completion.
    static var completion: CompletionKind { .list(allCases.map(\.rawValue)) }
}

extension DiagramFormat: NamedChoice {}
extension DiagramEngine: NamedChoice {}
extension CoalitionAnalysis.StructuralTies: NamedChoice {}
extension ImportFormat: NamedChoice {}
extension EventImportOptions.Period: NamedChoice {}
extension ActorKind: NamedChoice {}
extension ExportFormat: NamedChoice {}
extension Direction: NamedChoice {}
extension Polarity: NamedChoice {}
extension RelationMode: NamedChoice {}
extension CentralityMeasure: NamedChoice {}
extension SheetDelimiter: NamedChoice {}
extension SheetDate.Order: NamedChoice {}

/// How a listing is printed: a table, JSON, or CSV for a spreadsheet.
enum TabularFormat: String, CaseIterable, NamedChoice {
    case table, json, csv
}

/// How a nested result (a card, a path, camps) is printed: a text layout or JSON. CSV is
/// refused when the command line is read, before any graph is.
enum NestedFormat: String, CaseIterable, NamedChoice {
    case table, json
}

/// Parsers of values that are not closed sets, for `@Option(transform:)`: their errors become
/// ArgumentParser's "The value 'x' is invalid for '--option'" messages.
enum ValueParser {
    static func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }
    static func window(_ text: String) throws -> EventWindow { try EventWindow(parsing: text) }
}
