import Foundation

/// Turns `DocumentNode`s into typed values, reporting every problem as a located diagnostic and
/// carrying on, so that one run shows all the problems in a file.
struct FieldDecoder {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    /// The fields of one mapping, looked up by key.
    struct Fields {
        let position: DocumentNode.Position
        private let values: [String: (node: DocumentNode, keyPosition: DocumentNode.Position)]

        init(position: DocumentNode.Position, values: [String: (node: DocumentNode, keyPosition: DocumentNode.Position)]) {
            self.position = position
            self.values = values
        }

        subscript(key: String) -> DocumentNode? {
            guard let node = values[key]?.node else { return nil }
            if case .scalar(let scalar, _) = node, scalar.isNull { return nil }
            return node
        }

        func keyPosition(_ key: String) -> DocumentNode.Position? { values[key]?.keyPosition }
    }

    func location(_ position: DocumentNode.Position) -> SourceLocation {
        SourceLocation(file: path, line: position.line, column: position.column)
    }

    mutating func report(_ severity: Severity, _ position: DocumentNode.Position, _ message: String) {
        diagnostics.append(Diagnostic(severity, at: location(position), message))
    }

    mutating func error(_ position: DocumentNode.Position, _ message: String) { report(.error, position, message) }
    mutating func warning(_ position: DocumentNode.Position, _ message: String) { report(.warning, position, message) }

    /// Reads a mapping whose keys must come from `allowed`; reports unknown keys (with the nearest
    /// allowed one), repeated keys and missing `required` keys. `what` names the thing in messages,
    /// e.g. "actor" or "relation".
    mutating func fields(_ node: DocumentNode, _ what: String, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let pairs, let position) = node else {
            error(node.position, "\(article(what)) \(what) should be a mapping of \(allowed.prefix(3).joined(separator: ", ")) …, not \(node.kindDescription)")
            return nil
        }
        var values: [String: (node: DocumentNode, keyPosition: DocumentNode.Position)] = [:]
        for (key, keyPosition, value) in pairs {
            if !allowed.contains(key.text) {
                error(keyPosition, "unknown key '\(key.text)' in \(what)\(Suggestion.hint(for: key.text, in: allowed)) (allowed: \(allowed.joined(separator: ", ")))")
                continue
            }
            if let first = values[key.text] {
                error(keyPosition, "the key '\(key.text)' appears twice in this \(what) (first at line \(first.keyPosition.line)); keep one")
                continue
            }
            values[key.text] = (value, keyPosition)
        }
        let fields = Fields(position: position, values: values)
        for key in required where fields[key] == nil {
            if let keyPosition = fields.keyPosition(key) {
                error(keyPosition, "'\(key)' of \(what) is empty; it is required")
            } else {
                error(position, "\(what) is missing its required '\(key)'")
            }
        }
        return fields
    }

    /// A text value. Lists and mappings where text belongs are reported.
    mutating func string(_ fields: Fields, _ key: String, in what: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar, _) = node else {
            error(node.position, "'\(key)' of \(what) should be a single value, not \(node.kindDescription)")
            return nil
        }
        return scalar.text
    }

    /// A text value that must not be blank.
    mutating func nonEmptyString(_ fields: Fields, _ key: String, in what: String) -> String? {
        guard let text = string(fields, key, in: what) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(fields[key]!.position, "'\(key)' of \(what) is empty")
            return nil
        }
        return text
    }

    /// A kebab-case identifier: lowercase letters and digits in words joined by single hyphens.
    mutating func identifier(_ fields: Fields, _ key: String, in what: String) -> String? {
        guard let text = nonEmptyString(fields, key, in: what) else { return nil }
        if !Identifier.isKebabCase(text) {
            error(fields[key]!.position,
                  "\(what) \(key) '\(text)' is not kebab-case (lowercase letters, digits and single hyphens); write '\(Identifier.kebabCase(text))'")
        }
        return text
    }

    /// A list of text values; a single value counts as a list of one.
    mutating func stringList(_ fields: Fields, _ key: String, in what: String) -> [String] {
        guard let node = fields[key] else { return [] }
        switch node {
        case .scalar(let scalar, _): return [scalar.text]
        case .mapping:
            error(node.position, "'\(key)' of \(what) should be a list, not \(node.kindDescription)")
            return []
        case .sequence(let items, _):
            return items.compactMap { item in
                guard case .scalar(let scalar, _) = item, !scalar.isNull else {
                    error(item.position, "each entry of '\(key)' should be a single value, not \(item.kindDescription)")
                    return nil
                }
                return scalar.text
            }
        }
    }

    /// A list of nodes (a section or `evidence`); a single mapping counts as a list of one.
    mutating func list(_ node: DocumentNode?, _ what: String) -> [DocumentNode] {
        guard let node else { return [] }
        switch node {
        case .sequence(let items, _): return items
        case .mapping: return [node]
        case .scalar(let scalar, _):
            if scalar.isNull { return [] }
            error(node.position, "\(what) should be a list, not \(node.kindDescription)")
            return []
        }
    }

    /// A value that must be one of `T`'s cases, e.g. an actor kind. An unknown value is reported
    /// with the case it means, found among `synonyms` (`company` → `firm`) or by spelling.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, in what: String, as _: T.Type,
                                                             synonyms: [String: T] = [:]) -> T?
    where T.RawValue == String {
        guard let text = nonEmptyString(fields, key, in: what) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        error(fields[key]!.position,
              "unknown \(key) '\(text)'\(ClosedSetSynonyms.hint(for: text, synonyms: synonyms, names: names)) (one of: \(names.joined(separator: ", ")))")
        return nil
    }

    mutating func bool(_ fields: Fields, _ key: String, in what: String) -> Bool? {
        guard let text = string(fields, key, in: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(fields[key]!.position, "'\(key)' of \(what) should be true or false, not '\(text)'")
            return nil
        }
    }

    mutating func number(_ fields: Fields, _ key: String, in what: String, range: ClosedRange<Double>) -> Double? {
        guard let text = string(fields, key, in: what) else { return nil }
        guard let value = Double(text), value.isFinite else {
            error(fields[key]!.position, "'\(key)' of \(what) should be a number, not '\(text)'")
            return nil
        }
        guard range.contains(value) else {
            error(fields[key]!.position, "'\(key)' of \(what) is \(text); it must lie between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return value
    }

    mutating func date(_ fields: Fields, _ key: String, in what: String) -> PartialDate? {
        guard let text = nonEmptyString(fields, key, in: what) else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            self.error(fields[key]!.position, "\(key) of \(what): \(error)")
            return nil
        }
    }

    /// An absolute `http` or `https` URL; anything else (including `javascript:`) is rejected,
    /// since URLs end up as links in SVG and HTML.
    mutating func url(_ fields: Fields, _ key: String, in what: String) -> String? {
        guard let text = nonEmptyString(fields, key, in: what) else { return nil }
        if WebAddress.isHTTP(text) { return text }
        error(fields[key]!.position, "\(key) '\(text)' of \(what) must be an absolute http:// or https:// address")
        return nil
    }

    private func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}

/// Rules for identifiers.
public enum Identifier {
    /// `huawei`, `us-government`, `5g-race`; not `Huawei`, `us_government`, `a--b`.
    public static func isKebabCase(_ text: String) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The kebab-case form of a name: `"U.S. Government"` → `us-government`.
    public static func kebabCase(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for character in text.folding(options: [.diacriticInsensitive], locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                current.append(character)
            } else if character == "." || character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.isEmpty ? "actor" : words.joined(separator: "-")
    }
}

/// Checks on web addresses that end up as links.
public enum WebAddress {
    /// Whether `text` is an absolute `http(s)://host…` address without spaces or control characters.
    public static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let rest = lower.hasPrefix("https://") ? lower.dropFirst(8)
                : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil else { return false }
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }
}
