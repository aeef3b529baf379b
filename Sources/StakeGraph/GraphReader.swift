import Foundation

/// Why a graph file could not be read at all (as opposed to being read and found invalid).
public struct GraphFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
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
    /// Files larger than this are refused before parsing: the YAML parser holds the whole
    /// document tree in memory, and no hand-kept graph comes near it.
    public static let maximumFileSize = 256 * 1024 * 1024

    /// Reads and validates the file at `path`.
    ///
    /// - Throws: `GraphFileError` when the file is missing, unreadable or too large. Problems in
    ///   its content are diagnostics in the result, never thrown.
    public static func read(contentsOf path: String) throws(GraphFileError) -> GraphReadResult {
        read(data: try contents(of: path), path: path)
    }

    /// The bytes of the file at `path`, after checking that it exists, is a file and is no larger
    /// than `maximumFileSize`.
    public static func contents(of path: String) throws(GraphFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphFileError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw GraphFileError(path: path, reason: "is a directory, not a graph file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            throw GraphFileError(path: path, reason: "is \(size / 1_048_576) MiB; graph files are limited to \(maximumFileSize / 1_048_576) MiB")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphFileError(path: path, reason: "cannot be read (permission denied?)")
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
            return GraphReadResult(graph: emptyGraph(path), diagnostics: Diagnostics([diagnostic]))
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
        return GraphReadResult(graph: emptyGraph(path), diagnostics: Diagnostics([Diagnostic(.error, at: location, message)]))
    }

    private static func emptyGraph(_ path: String) -> StakeholderGraph {
        StakeholderGraph(path: path, info: GraphInfo(id: "", title: nil, description: nil, asOf: nil), sources: [],
                         actors: [], relations: [], issues: [], positions: [], customRelationTypes: [])
    }

    /// Decodes UTF-8 (dropping a byte-order mark) or gives the line and column of the first
    /// invalid byte.
    private static func decodeUTF8(_ data: Data) -> Result<String, UTF8Failure> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var line = 1, column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput, .error:
                return .failure(UTF8Failure(line: line, column: column))
            }
        }
    }

    private struct UTF8Failure: Error { var line: Int; var column: Int }
}
