import Yams

/// Reads YAML into a located `DocumentNode` tree through Yams (libyaml).
///
/// Aliases are expanded by Yams into shared subtrees; expanding them again here is bounded by
/// `maximumNodes` so that an alias bomb ("billion laughs") fails with a message, not by
/// exhausting memory.
enum YAMLDocumentReader {
    /// A parse failure with the position libyaml reports.
    struct SyntaxError: Error {
        var message: String
        var position: DocumentNode.Position
    }

    /// No real graph file comes near this: the seed graph has about 2,000 nodes.
    static let maximumNodes = 5_000_000
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
        var budget = maximumNodes
        return try convert(root, depth: 0, budget: &budget)
    }

    private static func position(_ mark: Mark?) -> DocumentNode.Position {
        .init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private static func convert(_ node: Node, depth: Int, budget: inout Int) throws(SyntaxError) -> DocumentNode {
        budget -= 1
        guard budget > 0 else {
            throw SyntaxError(
                message: "the document expands to more than \(maximumNodes) values (aliases that repeat aliases?)",
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
                pairs.append((self.scalar(keyScalar), position(key.mark), try convert(value, depth: depth + 1, budget: &budget)))
            }
            return .mapping(pairs, position(mapping.mark))
        case .sequence(let sequence):
            var items: [DocumentNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget)) }
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
