import ArgumentParser
import Foundation
import StakeGraph


struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet, a DOT file or a JSON graph into a stakegraph YAML file.",
        discussion: """
        FILE is read by its extension (or --from):
          .csv, .tsv  a relations sheet in Kumu's style: From, To, Type, and
                      optionally Date or Start/End, Note, Source, Quote,
                      Evidence Note, Relation. Actors named only in From/To are
                      created; Source names a source by id or title (created
                      when new); rows sharing a Relation value are one relation
                      with several quotes. --actors adds an actors sheet (Id
                      and/or Label, Kind, Country, Description, Aliases with |
                      between values, URL); --sources a sources sheet (Id,
                      Title, Publisher, Author, Date, File, URL). Kumu's
                      columns: Label, Type (kind), Description, Tags (with |)
                      on elements; Direction (directed, undirected, mutual),
                      Description, Tags on connections; field:NAME columns are
                      custom fields.
          .xlsx       a workbook (Excel, LibreOffice, Kumu's export): its
                      Connections sheet (else the first) as the relations sheet,
                      its Elements sheet as the actors sheet; dates as Excel
                      date numbers. Bounded against zip bombs.
          .gv, .dot   DOT, read by Graphviz itself: nodes become actors (label
                      as the name), edges relations (a type or label attribute
                      as the type, else related-to); an undirected graph gives
                      undirected relation types.
          .graphml    GraphML: stakegraph's own export comes back whole; from
                      NetworkX, Gephi or yEd, nodes become actors (name or
                      label) and edges relations (type or label).
          .json       a graph in stakegraph's own format, or a Kumu JSON
                      blueprint (elements, connections with from, to, type,
                      direction; tags and custom fields).
          .gexf       GEXF 1.2/1.3 (Gephi, NetworkX), static or dynamic:
                      attributes by title, kind/type/label as the type, spells
                      as dates; parallel edges kept.
          .gml        GML (NetworkX, igraph): label or name, attributes.
          .net, .paj  Pajek: *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist;
                      a tie's l "label" is its type; without one, in a file
                      with negative weights, negative is hostile, positive
                      cooperative (--negative-type, --positive-type).
          .dl         UCINET DL: fullmatrix, edgelist1, nodelist1, labels.
          --from gdelt  the GDELT 2.0 events export (61 tab-separated columns, no
                      header): one actor per actor code (country from the code,
                      role codes as tags), the relation type from the CAMEO
                      event code, the GoldsteinScale, SQLDATE as the date and
                      the SOURCEURL as a record reference.
          --from icews  ICEWS coded events (tab-separated, with header): one
                      actor per name and country, sectors as tags, Intensity as
                      the Goldstein score, the story and sentence as a record
                      reference; mirrored pairs of an undirected type are one
                      relation. Both stream, so files of any size can be read;
                      --aggregate day|month|year folds the events between one
                      pair with one type in a period into one relation (events,
                      goldstein-mean, cameo, first and last date). CAMEO codes map
                      to relation types through the table in the README.

        Sheets as spreadsheets save them: cells separated by commas, semicolons \
        (European Excel) or tabs, whichever the header row uses (or --delimiter); \
        a byte order mark and CRLF line ends are fine. Dates may be ISO \
        (2019-03-14, 2019-03, 2019, 2019-03-14T00:00:00), 3/14/2019, 14.03.2019, \
        2019/03/14, Sep 2020, 14 Sep 2020 or Excel date numbers (43538, 1900 date \
        system). A date that reads both ways (3/4/2019) is refused unless \
        --date-order says whether the month (mdy) or the day (dmy) comes first.

        Relation types are matched to the vocabulary by id or label ("warns \
        against" becomes warns-against). In a sheet, a type not in the vocabulary \
        is an error with the nearest known type ("threatnes": did you mean \
        'threatens'?); --new-types declares such types as the file's own neutral \
        types instead. DOT and GraphML types are always declared so. A Kind such as \
        "company" becomes firm and a Country such as "USA" or "United States" \
        becomes US. Every decision is reported on stderr. A row that cannot be used \
        is an error with its line; then nothing is written unless --skip-invalid is \
        given, which also keeps a row whose date cannot be read, undated. A file \
        that cannot be read at all (text that is not UTF-8, DOT that Graphviz \
        rejects) is never written, not even with --skip-invalid. A file of another \
        extension is read as DOT when its text opens like DOT ("digraph {"), with a \
        warning; else name its format with --from. Actors whose names differ only \
        in spaces, punctuation, initials or a middle name (Tik Tok / TikTok, Donald \
        J. Trump / Donald Trump) are warned about with the merge to make; \
        --merge-similar makes it. The YAML written always validates.

        Examples:
          stakegraph import relations.csv --actors actors.csv -o Graphs/mine.yaml
          stakegraph import beziehungen.csv --date-order dmy -o Graphs/mine.yaml
          stakegraph import kumu.csv --new-types --delimiter tab -o Graphs/kumu.yaml
          stakegraph import network.gv -o Graphs/network.yaml
          stakegraph import export.json > graph.yaml
          stakegraph import edges.txt --from csv -o Graphs/edges.yaml
          stakegraph import gama.net --negative-type opposes -o Graphs/gama.yaml
          stakegraph import blueprint.json --from kumu -o Graphs/kumu.yaml
          stakegraph import 20150218.export.CSV --from gdelt --aggregate month -o g.yaml
          stakegraph import events.tab --from icews -o events.json

        -o FILE.json writes stakegraph's own format as JSON (faster to read back than
        YAML for a million relations).
        """
    )

    @Argument(help: ArgumentHelp("The file to import.", valueName: "file"))
    var file: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the YAML (default: standard output).", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("An actors sheet to go with a .csv relations sheet.", valueName: "path"))
    var actors: String?

    @Option(help: ArgumentHelp("A sources sheet to go with a .csv relations sheet.", valueName: "path"))
    var sources: String?

    @Option(help: ArgumentHelp("Read FILE as csv, xlsx, dot, graphml, json, yaml, gexf, gml, pajek, dl or kumu whatever its extension, or as gdelt or icews event data.", valueName: "format"),
            completion: ImportFormat.completion, transform: ImportFormat.named)
    var from: ImportFormat?

    @Option(help: ArgumentHelp("With --from gdelt or icews: fold the events between one pair with one type in each day, month or year into one relation.", valueName: "period"),
            completion: .list(EventImportOptions.Period.allCases.map(\.rawValue)), transform: EventImportOptions.Period.named)
    var aggregate: EventImportOptions.Period?

    @Option(name: .customLong("kind"), help: ArgumentHelp("The kind given to actors whose data names none.", valueName: "kind"),
            completion: ActorKind.completion, transform: ActorKind.named)
    var defaultKind: ActorKind = .group

    @Option(help: ArgumentHelp("What separates a sheet's cells: comma, semicolon or tab (default: what the header row uses).", valueName: "delimiter"),
            completion: SheetDelimiter.completion, transform: SheetDelimiter.named)
    var delimiter: SheetDelimiter?

    @Option(help: ArgumentHelp("Whether a sheet's numeric dates put the month first (mdy: 3/14/2019) or the day (dmy: 14.03.2019); needed only for dates that read both ways.", valueName: "order"),
            completion: SheetDate.Order.completion, transform: SheetDate.Order.named)
    var dateOrder: SheetDate.Order?

    @Option(name: .customLong("negative-type"), help: ArgumentHelp("The relation type of a Pajek, DL or other untyped tie with a negative weight (default: hostile-tie, declared hostile).", valueName: "type"))
    var negativeType = SignedTypes().negative

    @Option(name: .customLong("positive-type"), help: ArgumentHelp("The relation type of an untyped tie with a positive weight in a file that has negative ones (default: cooperative-tie, declared cooperative).", valueName: "type"))
    var positiveType = SignedTypes().positive

    @Flag(help: "Declare a sheet's relation types that are not in the vocabulary as the file's own (neutral, structural) types instead of refusing them.")
    var newTypes = false

    @Flag(help: "Merge a sheet's actors whose names differ only in spaces, punctuation, initials or a middle name (Byte Dance / ByteDance, Donald J. Trump / Donald Trump) into the first of them; without it each pair is a warning.")
    var mergeSimilar = false

    @Flag(help: "Write the graph without the rows that cannot be used (they are still listed); keep a row whose only fault is its date, undated.")
    var skipInvalid = false

    @Flag(help: "Do not print warnings, only errors and the summary.")
    var quiet = false

    func validate() throws {
        try OutputPaths.check([("-o", output)], inputs: [("the file being imported", file), ("the actors sheet", actors),
                                                         ("the sources sheet", sources)])
    }

    func run() throws {
        var options = ImportOptions(format: from, actorsSheet: actors, sourcesSheet: sources, defaultKind: defaultKind,
                                    delimiter: delimiter, dateOrder: dateOrder, declaresNewTypes: newTypes,
                                    keepsRowsWithUnreadableDates: skipInvalid, mergesSimilarActors: mergeSimilar)
        options.signedTypes = SignedTypes(negative: negativeType, positive: positiveType)
        let imported: (graph: StakeholderGraph, diagnostics: Diagnostics)
        if let from, from.isEventData {
            imported = try EventImport.read(contentsOf: file, format: from,
                                            options: EventImportOptions(aggregate: aggregate, defaultKind: defaultKind))
        } else {
            if aggregate != nil { throw CommandFailure.usage("--aggregate goes with --from gdelt or --from icews") }
            imported = try GraphImport.read(contentsOf: file, options: options)
        }
        let errors = imported.diagnostics.errors.count
        DiagnosticPrinter.print(imported.diagnostics, warnings: !quiet)
        let typesHint = imported.diagnostics.items.contains(where: GraphImport.isUnknownRelationType)
            ? " (--new-types declares the sheet's own relation types)" : ""
        if errors > 0 && imported.graph.actors.isEmpty && imported.graph.relations.isEmpty {
            // Nothing could be read (text that is not UTF-8, DOT that Graphviz rejects): leaving
            // rows out cannot help, and an empty graph is not an import.
            throw CommandFailure.invalidData("\(file): nothing could be imported (\(errors) problem\(errors == 1 ? "" : "s") above); nothing was written. Fix \(errors == 1 ? "it" : "them") and import again" + typesHint)
        }
        if errors > 0 && !skipInvalid {
            // Only sheets, DOT and GraphML have rows or edges to leave out; a graph file must be valid.
            // A .json file read as a Kumu blueprint has connections to leave out, like a sheet.
            let readAsKumu = imported.diagnostics.items.contains { $0.message.hasSuffix("read as a Kumu blueprint") }
            let ownFormat = [ImportFormat.json, .yaml].contains(from ?? ImportFormat(path: file) ?? .dot) && !readAsKumu
            throw CommandFailure.invalidData("\(file): \(errors) problem\(errors == 1 ? "" : "s") above; nothing was written. Fix \(errors == 1 ? "it" : "them")"
                                         + (ownFormat ? " ('stakegraph validate \(file)' lists them)" : ", or pass --skip-invalid to import the rest")
                                         + typesHint)
        }
        let graph = imported.graph
        let header = """
            Imported by stakegraph from \((file as NSString).lastPathComponent).
            Check each actor's kind and the polarity of the relation types declared below.
            """
        let yaml = try output.map { ($0 as NSString).pathExtension.lowercased() == "json" } == true
            ? GraphImport.json(for: graph) : GraphImport.yaml(for: graph, header: header)
        let summary = "imported " + [counted(graph.actors.count, "actor"), counted(graph.relations.count, "relation"),
                                     counted(graph.sources.count, "source")].joined(separator: ", ")
            + (graph.customRelationTypes.isEmpty ? "" : ", \(counted(graph.customRelationTypes.count, "relation type")) of its own")
            + (errors > 0 ? "; left out \(counted(errors, "row")) with errors" : "")
        guard let output, output != "-" else {
            Terminal.write(yaml)
            Terminal.error("stakegraph: \(summary)")
            return
        }
        try AtomicFile.write(Array(yaml.utf8), to: output)
        Terminal.error("stakegraph: \(summary) into \(output)")
    }
}

/// Prints diagnostics to stderr in file order: every error, and warnings unless told not to, at
/// most `limit` of each severity (then how many more there were).
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics, warnings: Bool, limit: Int = 100) {
        var shown: [Severity: Int] = [:]
        for diagnostic in diagnostics.sorted {
            if diagnostic.severity == .warning && !warnings { continue }
            shown[diagnostic.severity, default: 0] += 1
            if shown[diagnostic.severity]! <= limit { Terminal.error(diagnostic.description) }
        }
        for (severity, count) in shown.sorted(by: { $0.key == .error && $1.key != .error }) where count > limit {
            Terminal.error("stakegraph: … and \(count - limit) more \(severity == .error ? "errors" : "warnings")")
        }
    }
}
