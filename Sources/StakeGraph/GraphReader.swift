import Foundation

/// Why a graph file could not be read at all (as opposed to being read and found invalid).
public struct GraphFileError: Error, CustomStringConvertible, Sendable {
    /// Why, which decides the exit code the command line gives.
    public enum Kind: Sendable {
        /// Missing, a directory, or not readable (exit 66).
        case unreadable
        /// Read but refused whole, e.g. too large: invalid data, located at its first line (exit 65).
        case refused
        /// The file cannot be used the way the command was asked to use it (exit 64).
        case misused
    }

    public var path: String
    public var reason: String
    public var kind: Kind

    public init(path: String, reason: String, kind: Kind = .unreadable) {
        self.path = path
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "\(path): \(reason)" }

    /// A refused file as a located diagnostic, the form every other content problem takes.
    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), reason)
    }
}

/// What reading a graph file gave: the graph (possibly with faulty entries left out) and every
/// diagnostic about it.
public struct GraphReadResult: Sendable {
    public var graph: StakeholderGraph
    public var diagnostics: Diagnostics
}

/// Reads graph files: YAML (`.yaml`, `.yml`), the same structure as JSON (`.json`), or a
/// relations sheet (`.csv`, see `RelationSheetReader`).
public enum GraphReader {
    /// Files larger than this are refused before parsing. Parsing holds the whole document tree
    /// in memory, about 30 bytes per byte of YAML (a 120 MB file takes 3.5 GB and 46 s), so the
    /// cap keeps the worst case near 7.5 GB; no hand-kept graph comes near it (the seed: 57 KB).
    public static let maximumFileSize = 256 * 1024 * 1024

    /// Reads and validates the file at `path`.
    ///
    /// - Throws: `GraphFileError` when the file is missing or unreadable. Problems in its
    ///   content, and a file refused for its size, are diagnostics in the result, never thrown.
    public static func read(contentsOf path: String) throws(GraphFileError) -> GraphReadResult {
        // GDELT and ICEWS event files are read directly (streamed, with no size limit), one
        // relation per event.
        if let events = EventImport.format(ofFileAt: path) {
            let (graph, diagnostics) = try EventImport.read(contentsOf: path, format: events)
            return GraphReadResult(graph: graph, diagnostics: diagnostics)
        }
        do {
            return read(data: try contents(of: path), path: path)
        } catch where error.kind == .refused {
            return GraphReadResult(graph: .empty(path: path), diagnostics: Diagnostics([error.diagnostic]))
        }
    }

    /// The bytes of the file at `path`, after checking that it exists, is a file and is no larger
    /// than `maximumFileSize`.
    public static func contents(of path: String) throws(GraphFileError) -> Data {
        try InputFilePath.check(path, what: "a graph file")
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            throw GraphFileError(path: path, reason: "the file is \(size / 1_048_576) MiB; graph files are limited to \(maximumFileSize / 1_048_576) MiB (split it, or leave out what no command needs)", kind: .refused)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphFileError(path: path, reason: access(path, R_OK) != 0 ? "cannot be read: permission denied" : "cannot be read")
        }
        return data
    }

    /// Reads and validates graph text given as bytes; `path` names it in diagnostics and decides
    /// the syntax (`.json` is JSON, anything else YAML).
    public static func read(data: Data, path: String) -> GraphReadResult {
        if path.lowercased().hasSuffix(".csv") {
            let (graph, diagnostics) = RelationSheetReader.read([UInt8](data), path: path)
            return GraphReadResult(graph: graph, diagnostics: Diagnostics(diagnostics))
        }
        let text: String
        switch decodeUTF8(data) {
        case .success(let decoded): text = decoded
        case .failure(let position):
            let diagnostic = Diagnostic(.error, at: SourceLocation(file: path, line: position.line, column: position.column),
                                        "the file is not valid UTF-8 text (save it as UTF-8)")
            return GraphReadResult(graph: .empty(path: path), diagnostics: Diagnostics([diagnostic]))
        }
        return read(text: text, path: path)
    }

    /// Reads and validates graph text; `path` names it in diagnostics and decides the syntax.
    public static func read(text: String, path: String) -> GraphReadResult {
        let root: DocumentNode?
        do {
            root = try isJSON(path) ? JSONDocumentReader.read(text) : YAMLDocumentReader.read(text)
        } catch let error as JSONDocumentReader.SyntaxError {
            return syntaxFailure(path, error.position, "JSON syntax: " + error.message)
        } catch let error as YAMLDocumentReader.SyntaxError {
            return syntaxFailure(path, error.position, error.message)
        } catch {
            return syntaxFailure(path, .init(line: 1, column: 1), "\(error)")
        }
        let (graph, diagnostics) = GraphDecoder.decode(root, path: path)
        return GraphReadResult(graph: graph, diagnostics: Diagnostics(diagnostics))
    }

    static func isJSON(_ path: String) -> Bool { path.lowercased().hasSuffix(".json") }

    private static func syntaxFailure(_ path: String, _ position: DocumentNode.Position, _ message: String) -> GraphReadResult {
        let location = SourceLocation(file: path, line: position.line, column: position.column)
        return GraphReadResult(graph: .empty(path: path), diagnostics: Diagnostics([Diagnostic(.error, at: location, message)]))
    }

    /// Decodes UTF-8 (dropping a byte-order mark) or gives the line and column of the first
    /// invalid byte.
    private static func decodeUTF8(_ data: Data) -> Result<String, UTF8Failure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        let position = TextEncoding.firstInvalidUTF8(in: bytes) ?? (1, 1)
        return .failure(UTF8Failure(line: position.line, column: position.column))
    }

    private struct UTF8Failure: Error { var line: Int; var column: Int }
}

/// A graph file read and found invalid: its path and every diagnostic.
public struct InvalidGraphError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var diagnostics: Diagnostics

    public var description: String {
        let count = diagnostics.errors.count
        return "\(path) is not a valid graph (\(counted(count, "error")))"
    }
}

extension GraphReader {
    /// The valid graph at `path`.
    ///
    /// - Throws: `GraphFileError` when the file cannot be read, `InvalidGraphError` with every
    ///   diagnostic when it has errors.
    public static func load(_ path: String) throws -> StakeholderGraph {
        let result = try read(contentsOf: path)
        guard !result.diagnostics.hasErrors else { throw InvalidGraphError(path: path, diagnostics: result.diagnostics) }
        return result.graph
    }
}
