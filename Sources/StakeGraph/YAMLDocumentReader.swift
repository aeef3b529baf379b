import Yams

/// Reads YAML into a located `DocumentNode` tree through Yams (libyaml).
///
/// Aliases are expanded by Yams into shared subtrees; expanding them again here is bounded by
/// `valueBudget(forBytes:)` so that an alias bomb ("billion laughs") fails with a message, not by
/// exhausting memory.
enum YAMLDocumentReader {
    /// A parse failure with the position libyaml reports.
    struct SyntaxError: Error {
        var message: String
        var position: DocumentNode.Position
    }

    /// How many values (scalars, lists, mappings) a text of `bytes` bytes may expand to.
    ///
    /// A real graph file spends 10 or more bytes on each value (the seed graph: 57 KB, about
    /// 5,000 values), so a quarter of the size in bytes never stops one, while aliases that
    /// repeat aliases stop after a few times the work the file's own size justifies. The floor
    /// keeps small files from failing on a handful of legitimate aliases.
    static func valueBudget(forBytes bytes: Int) -> Int { max(1_000_000, bytes / 4) }

    /// Deeper than any graph file needs (its deepest value is 4 levels down) and shallow enough
    /// that the recursive conversion and decoding stay far from the end of the stack.
    static let maximumDepth = 512

    static func read(_ text: String) throws(SyntaxError) -> DocumentNode? {
        let root: Node?
        do {
            // The basic resolver tags nothing: values are read from their text, and the default
            // resolver's regular expressions would cost more than all of the rest of parsing.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw syntaxError(from: error)
        } catch {
            throw SyntaxError(message: "\(error)", position: .init(line: 1, column: 1))
        }
        guard let root else { return nil }
        let limit = valueBudget(forBytes: text.utf8.count)
        var budget = limit
        return try convert(root, depth: 0, limit: limit, budget: &budget)
    }

    private static func position(_ mark: Mark?) -> DocumentNode.Position {
        .init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, depth: Int, limit: Int, budget: inout Int) throws(SyntaxError) -> DocumentNode {
        budget -= 1
        guard budget > 0 else {
            throw SyntaxError(
                message: "the document expands to more than \(limit) values, more than its size allows (aliases that repeat aliases?)",
                position: position(node.mark))
        }
        guard depth < maximumDepth else {
            throw SyntaxError(message: "the document nests deeper than \(maximumDepth) levels", position: position(node.mark))
        }
        switch node {
        case .scalar(let scalar):
            return .scalar(self.scalar(scalar), position(scalar.mark))
        case .mapping(let mapping):
            var pairs: [(key: DocumentNode.Scalar, keyPosition: DocumentNode.Position, value: DocumentNode)] = []
            pairs.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw SyntaxError(message: "a key must be a plain name, not a list or mapping", position: position(key.mark))
                }
                pairs.append((self.scalar(keyScalar), position(key.mark), try convert(value, depth: depth + 1, limit: limit, budget: &budget)))
            }
            return .mapping(pairs, position(mapping.mark))
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1, limit: limit, budget: &budget)) }
            return .sequence(items, position(sequence.mark))
        case .alias(let alias):
            throw SyntaxError(message: "unresolved alias '*\(alias.anchor.rawValue)'", position: position(alias.mark))
        }
    }

    private static func scalar(_ scalar: Node.Scalar) -> DocumentNode.Scalar {
        .init(scalar.string, scalar.style == .plain ? .plain : .quoted)
    }

    private static func syntaxError(from error: YamlError) -> SyntaxError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = problem
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return SyntaxError(message: "YAML syntax: " + message, position: position(mark))
        case .reader(let problem, let offset, _, let yaml):
            return SyntaxError(message: "unreadable text: \(problem)", position: position(of: offset, in: yaml))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return SyntaxError(
                message: "the key \(names) appears twice in the same mapping; keep one",
                position: position(context.mark))
        default:
            return SyntaxError(message: "YAML: \(error)", position: .init(line: 1, column: 1))
        }
    }

    private static func position(of offset: Int?, in text: String) -> DocumentNode.Position {
        guard let offset else { return .init(line: 1, column: 1) }
        var line = 1, column = 1, seen = 0
        for scalar in text.unicodeScalars {
            if seen >= offset { break }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            seen += 1
        }
        return .init(line: line, column: column)
    }
}
