import Foundation

/// What `import` reads, by the file's extension: a relations sheet (`.csv`, `.tsv`), a workbook
/// (`.xlsx`: its `Connections` and `Elements` sheets, or its first sheet), DOT (`.gv`, `.dot`)
/// GraphML (`.graphml`) or a graph in stakegraph's own format (`.json`, `.yaml`, `.yml`); GEXF
/// (`.gexf`), GML (`.gml`), Pajek (`.net`, `.paj`), UCINET DL (`.dl`) and Kumu JSON (a `.json`
/// blueprint) from other tools (`Formats/`).
public enum ImportFormat: String, CaseIterable, Sendable {
    case csv, xlsx, dot, graphml, json, yaml
    case gexf, gml, pajek, dl, kumu
    /// Machine-coded events (`EventImport`), named only by `--from`.
    case gdelt, icews

    /// Whether the format is machine-coded event data.
    public var isEventData: Bool { self == .gdelt || self == .icews }

    /// The format a path's extension names, or nil.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "csv", "tsv": self = .csv
        case "xlsx": self = .xlsx
        case "gv", "dot": self = .dot
        case "graphml": self = .graphml
        case "json": self = .json
        case "yaml", "yml": self = .yaml
        case "gexf": self = .gexf
        case "gml": self = .gml
        case "net", "paj": self = .pajek
        case "dl": self = .dl
        default: return nil
        }
    }
}

/// How to import: the optional extra sheets, the kind given to actors whose data names none, and
/// how to read a sheet's cells.
public struct ImportOptions: Sendable {
    public var format: ImportFormat?
    public var actorsSheet: String?
    public var sourcesSheet: String?
    public var defaultKind: ActorKind = .group
    /// What separates a sheet's cells; nil to detect it from each sheet's header row.
    public var delimiter: SheetDelimiter?
    /// Which of day and month comes first in a sheet's numeric dates; nil to refuse dates that
    /// read both ways.
    public var dateOrder: SheetDate.Order?
    /// Whether a sheet's relation types that are not in the vocabulary are declared as the
    /// file's own (neutral, structural) types; otherwise they are errors, with the nearest known
    /// type as a hint.
    public var declaresNewTypes = false
    /// Whether a row whose date cannot be read is kept undated, with a warning, rather than
    /// being an error.
    public var keepsRowsWithUnreadableDates = false
    /// Whether a sheet's actors whose names differ only in spaces, punctuation, initials or a
    /// middle name are merged into the first of them (otherwise each pair is a warning).
    public var mergesSimilarActors = false

    public init(format: ImportFormat? = nil, actorsSheet: String? = nil, sourcesSheet: String? = nil,
                defaultKind: ActorKind = .group, delimiter: SheetDelimiter? = nil, dateOrder: SheetDate.Order? = nil,
                declaresNewTypes: Bool = false, keepsRowsWithUnreadableDates: Bool = false, mergesSimilarActors: Bool = false) {
        self.format = format
        self.actorsSheet = actorsSheet
        self.sourcesSheet = sourcesSheet
        self.defaultKind = defaultKind
        self.delimiter = delimiter
        self.dateOrder = dateOrder
        self.declaresNewTypes = declaresNewTypes
        self.keepsRowsWithUnreadableDates = keepsRowsWithUnreadableDates
        self.mergesSimilarActors = mergesSimilarActors
    }

    /// The relation types that Pajek's and DL's signed weights become.
    public var signedTypes = SignedTypes()
}

/// An imported graph, what was said about the input, and the graph as YAML text.
public struct ImportResult: Sendable {
    public var graph: StakeholderGraph
    /// About the input files: rows left out are errors, decisions taken are warnings.
    public var diagnostics: Diagnostics
    /// The graph in stakegraph's format, already read back and found valid.
    public var yaml: String
}

/// The imported graph did not read back as valid: a defect of stakegraph, not of the input.
public struct ImportDefect: Error, CustomStringConvertible, Sendable {
    public var diagnostics: Diagnostics
    public var description: String { "the imported graph does not validate (a stakegraph defect):\n\(diagnostics)" }
}

public enum GraphImport {
    /// Reads `path` (and the sheets `options` names) and converts it to a stakeholder graph.
    ///
    /// - Throws: `GraphFileError` when a file is missing, unreadable, too large or of an unknown
    ///   type. Problems in the content are diagnostics in the result.
    public static func read(contentsOf path: String, options: ImportOptions = ImportOptions())
    throws(GraphFileError) -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        if let format = options.format, format.isEventData {
            return try EventImport.read(contentsOf: path, format: format, options: EventImportOptions(defaultKind: options.defaultKind))
        }
        let data = try GraphReader.contents(of: path)
        let named = options.format ?? ImportFormat(path: path)
        guard let format = named ?? sniff(data) else { throw unknownType(path) }
        if format != .csv && format != .xlsx, options.actorsSheet != nil || options.sourcesSheet != nil {
            throw GraphFileError(path: path, reason: "is not a relations sheet; --actors and --sources go with .csv imports", kind: .misused)
        }
        switch format {
        case .csv, .xlsx:
            var relationsSheet = SheetImporter.Sheet(bytes: [UInt8](data), path: path)
            var elementsSheet: SheetImporter.Sheet?
            if format == .xlsx {
                let workbook: XLSXWorkbook
                do { workbook = try XLSXWorkbook(data: data) } catch {
                    return (.empty(path: path, info: GraphInfo(id: DOTImporter.fileID(path))),
                            Diagnostics([Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "the file \(error.description)")]))
                }
                let connections = workbook.sheet(named: "Connections") ?? workbook.sheets[0]
                relationsSheet = .init(bytes: XLSXWorkbook.csv(connections), path: "\(path) [\(connections.name)]")
                elementsSheet = workbook.sheet(named: "Elements").map { .init(bytes: XLSXWorkbook.csv($0), path: "\(path) [\($0.name)]") }
            }
            let actors = try options.actorsSheet.map { sheetPath throws(GraphFileError) in
                SheetImporter.Sheet(bytes: [UInt8](try GraphReader.contents(of: sheetPath)), path: sheetPath)
            }
            let sources = try options.sourcesSheet.map { sheetPath throws(GraphFileError) in
                SheetImporter.Sheet(bytes: [UInt8](try GraphReader.contents(of: sheetPath)), path: sheetPath)
            }
            let (graph, diagnostics) = SheetImporter.read(relations: relationsSheet, actors: actors ?? elementsSheet,
                                                          sources: sources, options: options)
            return (graph, Diagnostics(diagnostics))
        default:
            var (graph, diagnostics) = read(data: data, format: format, path: path, defaultKind: options.defaultKind,
                                            signs: options.signedTypes)
            guard named == nil else { return (graph, diagnostics) }
            // Only DOT is guessed from the text; a guess that reads nothing was a wrong guess.
            if diagnostics.hasErrors, graph.actors.isEmpty, graph.relations.isEmpty {
                throw unknownType(path, detail: "; it starts like DOT, but Graphviz cannot read it as DOT")
            }
            diagnostics.items.append(Diagnostic(.warning, at: SourceLocation(file: path, line: 1, column: 1),
                                                "\(extensionPhrase(path)); read as DOT, which the text starts like"))
            return (graph, diagnostics)
        }
    }

    /// The error for a file whose format neither its extension nor its text tells.
    private static func unknownType(_ path: String, detail: String = "") -> GraphFileError {
        GraphFileError(path: path, reason: "\(extensionPhrase(path))\(detail); name a .csv, .tsv, .xlsx, .gv/.dot, .graphml, .gexf, .gml, .net, .dl, .json or .yaml file, or give --from with one of \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", "))",
                       kind: .misused)
    }

    /// "the extension '.txt' names no format stakegraph knows", or that the name has none.
    private static func extensionPhrase(_ path: String) -> String {
        let pathExtension = (path as NSString).pathExtension
        return pathExtension.isEmpty ? "the name has no extension to tell its format"
            : "the extension '.\(pathExtension)' names no format stakegraph knows"
    }

    /// Converts bytes already in memory; `path` only names them in diagnostics. A relations sheet
    /// is read alone, without actors or sources sheets.
    public static func read(data: Data, format: ImportFormat, path: String, defaultKind: ActorKind = .group,
                            signs: SignedTypes = SignedTypes())
    -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        let foreign: (StakeholderGraph, [Diagnostic])
        switch format {
        case .gexf: foreign = GEXFImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
        case .gml: foreign = GMLImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
        case .pajek: foreign = PajekImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
        case .dl: foreign = DLImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
        case .kumu: foreign = KumuImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
        case .json where KumuImporter.looksLikeKumu(data):
            foreign = KumuImporter.read(data, path: path, defaultKind: defaultKind, signs: signs)
            let note = Diagnostic(.warning, at: SourceLocation(file: path, line: 1, column: 1),
                                  "the JSON has elements and connections but no actors: read as a Kumu blueprint")
            return (foreign.0, Diagnostics([note] + foreign.1))
        default: return readOwn(data: data, format: format, path: path, defaultKind: defaultKind)
        }
        return (foreign.0, Diagnostics(foreign.1))
    }

    /// Sheets, DOT, GraphML and stakegraph's own formats.
    private static func readOwn(data: Data, format: ImportFormat, path: String, defaultKind: ActorKind)
    -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        switch format {
        case .xlsx:
            let workbook: XLSXWorkbook
            do { workbook = try XLSXWorkbook(data: data) } catch {
                return (.empty(path: path, info: GraphInfo(id: DOTImporter.fileID(path))),
                        Diagnostics([Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), "the file \(error.description)")]))
            }
            let sheet = workbook.sheet(named: "Connections") ?? workbook.sheets[0]
            let (graph, diagnostics) = SheetImporter.read(relations: .init(bytes: XLSXWorkbook.csv(sheet), path: "\(path) [\(sheet.name)]"),
                                                          actors: workbook.sheet(named: "Elements").map { .init(bytes: XLSXWorkbook.csv($0), path: "\(path) [\($0.name)]") },
                                                          sources: nil, options: ImportOptions(defaultKind: defaultKind))
            return (graph, Diagnostics(diagnostics))
        case .csv:
            let (graph, diagnostics) = SheetImporter.read(relations: .init(bytes: [UInt8](data), path: path), actors: nil,
                                                          sources: nil, options: ImportOptions(defaultKind: defaultKind))
            return (graph, Diagnostics(diagnostics))
        case .dot:
            let (graph, diagnostics) = DOTImporter.read([UInt8](data), path: path, defaultKind: defaultKind)
            return (graph, Diagnostics(diagnostics))
        case .graphml:
            let (graph, diagnostics) = GraphMLImporter.read(data, path: path, defaultKind: defaultKind)
            return (graph, Diagnostics(diagnostics))
        case .gexf, .gml, .pajek, .dl, .kumu:
            return read(data: data, format: format, path: path, defaultKind: defaultKind)
        case .json, .yaml:
            let result = GraphReader.read(data: data, path: format == .json && !GraphReader.isJSON(path) ? path + ".json" : path)
            return (result.graph, result.diagnostics)
        case .gdelt, .icews:
            return EventImport.read(data: data, format: format, path: path, options: EventImportOptions(defaultKind: defaultKind))
        }
    }

    /// Writes `graph` as YAML and reads it back, so that what `import` writes always validates.
    ///
    /// - Throws: `ImportDefect` if the text does not read back without errors.
    public static func yaml(for graph: StakeholderGraph, header: String) throws(ImportDefect) -> String {
        let text = YAMLComment.lines(header) + "\n" + YAMLText.write(graph.document)
        let check = GraphReader.read(text: text, path: "imported.yaml")
        if check.diagnostics.hasErrors { throw ImportDefect(diagnostics: Diagnostics(check.diagnostics.errors)) }
        return text
    }

    /// Whether `diagnostic` is about a sheet's relation type that is not in the vocabulary (one
    /// that declaring the sheet's own types would accept).
    public static func isUnknownRelationType(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.severity == .error && diagnostic.message.hasPrefix(SheetImporter.unknownTypeMessage)
    }

    /// DOT text opens with `graph`, `digraph` or `strict graph`, an optional name and `{` (after
    /// comments and space); "graph notes: …" is not DOT.
    static func sniff(_ data: Data) -> ImportFormat? {
        let start = String(decoding: data.prefix(4096), as: UTF8.self)
        let text = start.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("//") && !$0.hasPrefix("#") && !$0.hasPrefix("/*") }
            .joined(separator: "\n")
        let header = #"^(?i:strict\s+)?(?i:di)?(?i:graph)(\s+("([^"\\]|\\.)*"|[A-Za-z0-9_.]+))?\s*\{"#
        return text.range(of: header, options: .regularExpression) != nil ? .dot : nil
    }
}
