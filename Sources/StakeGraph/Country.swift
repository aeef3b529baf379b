import Foundation

/// A country or territory of ISO 3166-1: its codes and English names. Graph files name an actor's
/// country by its alpha-2 code; the alpha-3 code and the names are there to say which code a
/// writer of `USA` or `United States` meant.
public struct Country: Sendable, Hashable {
    /// The alpha-2 code, `US`.
    public let alpha2: String
    /// The alpha-3 code, `USA`.
    public let alpha3: String
    /// The English short name, `United States`.
    public let name: String
    /// Other English names ISO 3166 gives, `United States of America`.
    public let otherNames: [String]

    init(_ alpha2: String, _ alpha3: String, _ name: String, also otherNames: [String] = []) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.name = name
        self.otherNames = otherNames
    }

    /// The codes a graph file may give: every assigned alpha-2 code, and `EU` and `XK`.
    public static let acceptedCodes: Set<String> = Set(iso3166.map(\.alpha2)).union(["EU", "XK"])

    /// Whether `code` is an alpha-2 code a graph file may give (upper case, assigned or `EU`/`XK`).
    public static func isAccepted(_ code: String) -> Bool { acceptedCodes.contains(code) }

    /// The accepted alpha-2 code that `text` names exactly: the code in any case (`us`), the
    /// alpha-3 code (`USA`), or an English name (`United States`, `Russia`, `the UK`), ignoring
    /// case, accents, dots and commas; nil for anything else.
    ///
    /// - Complexity: O(1) after the first call builds the name table.
    public static func code(for text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if isAccepted(trimmed.uppercased()) { return trimmed.uppercased() }
        return codeByName[key(trimmed)]
    }

    /// The accepted alpha-2 code whose name `text` looks like a misspelling of (`Untied States`
    /// → `US`), through `Suggestion.nearest`; nil when no name is close.
    ///
    /// - Complexity: O(n·m²) for n names of about m characters.
    public static func nearestCode(to text: String) -> String? {
        Suggestion.nearest(to: key(text), in: Array(codeByName.keys)).flatMap { codeByName[$0] }
    }

    /// The English short name of an accepted code (`EU` → `European Union`).
    public static func name(of code: String) -> String? {
        byAlpha2[code]?.name ?? commonNames[code]?.first
    }

    private static let byAlpha2: [String: Country] = Dictionary(uniqueKeysWithValues: iso3166.map { ($0.alpha2, $0) })

    /// Every alpha-3 code and name, reduced by `key`, to its alpha-2 code.
    private static let codeByName: [String: String] = {
        var table: [String: String] = [:]
        for country in iso3166 {
            for name in [country.alpha3, country.name] + country.otherNames { table[key(name)] = country.alpha2 }
        }
        for (code, names) in commonNames {
            for name in names { table[key(name)] = code }
        }
        return table
    }()

    /// Lower case, accents folded, `.` `,` `'` `(` `)` dropped, a leading "the" dropped and runs of
    /// spaces and hyphens made one space: `the U.S.` → `us`, `Côte d'Ivoire` → `cote divoire`.
    private static func key(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let kept = folded.unicodeScalars.filter { !".,'’()".unicodeScalars.contains($0) }
        var words = String(String.UnicodeScalarView(kept))
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\t" }).map(String.init)
        if words.count > 1, words[0] == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
