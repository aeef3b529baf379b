import ArgumentParser
import StakeGraph

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Explain how one actor is connected to another, hop by hop, with the evidence.",
        discussion: """
        Finds a shortest path along the selected relations (breadth-first; among equally short \
        paths the one whose actors, in id order, come first) and explains every hop with its \
        relations, dates and quotes, numbered like footnotes. Undirected relation types \
        (cooperates-with, competes-with, …) count both ways; --undirected ignores direction \
        altogether. Exits 1 with the reason when there is no path.

        Examples:
          stakegraph path "Chris Wray" "Government of China"
          stakegraph path wilbur-ross huawei --all
          stakegraph path huawei zte --k 3 --undirected --as-of 2019-03
          stakegraph path "Donald Trump" huawei --polarity hostile --format json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Argument(help: ArgumentHelp("Where the path starts (id, name or alias).", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("Where it ends.", valueName: "to"))
    var to: String

    @Flag(help: "Every shortest path, not just one (at most 1000).")
    var all = false

    @Option(name: .customLong("k"), parsing: .unconditional, help: ArgumentHelp("The N shortest simple paths (Yen's algorithm; N at most \(Self.mostPaths)).", valueName: "n"))
    var k: Int?

    @Option(name: .customLong("max-hops"), parsing: .unconditional, help: ArgumentHelp("Only paths of at most N hops.", valueName: "n"))
    var maxHops: Int?

    @Flag(help: "Ignore the direction of relations.")
    var undirected = false

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    @Flag(help: "Print how long each phase took (load, select, compute, write) to stderr.")
    var timings = false

    /// The most paths `--all` lists and `--k` asks for: Yen's algorithm runs a shortest-path
    /// search per hop of every path found, so `--k 1000000` on a chain of diamonds never ends.
    static let mostPaths = 1000

    func validate() throws {
        try selectionOptions.requireDateForWindow()
        if all && k != nil { throw ValidationError("give either --all or --k, not both") }
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if let k, k > Self.mostPaths {
            throw ValidationError("--k \(k) is more than \(Self.mostPaths) paths; each one costs a shortest-path search per hop of the one before, and more than \(Self.mostPaths) cannot be read: give --k \(Self.mostPaths) or less, or --max-hops N to shorten them")
        }
        if let maxHops, maxHops < 1 { throw ValidationError("--max-hops must be at least 1") }
    }

    func run() throws {
        var clock = Timings(enabled: timings)
        let graph = try graphFile.load()
        clock.lap("load")
        let (source, target) = (try graph.findActor(from), try graph.findActor(to))
        if source.id == target.id { throw CommandFailure.usage("'\(from)' and '\(to)' are the same actor") }
        let finder = PathFinder(slice: try selectionOptions.slice(graph), undirected: undirected)
        clock.lap("select")
        let request: PathRequest = all ? .allShortest(limit: Self.mostPaths) : k.map { .kShortest($0) } ?? .one
        let paths = finder.paths(from: source.id, to: target.id, request: request, maxHops: maxHops ?? .max)
        clock.lap("compute")
        guard !paths.isEmpty else {
            let reason = finder.reasonForNoPath(from: source.id, to: target.id, maxHops: maxHops ?? .max)
            throw CommandFailure.nothingFound("no path from \(source.name) to \(target.name): " + explanation(reason, source, target))
        }
        switch format {
        case .json: try JSONOutput.print(PathReport(from: source.id, to: target.id, paths: paths))
        case .table:
            var text = PathText(graph: graph)
            Terminal.output(text.render(paths))
        }
        clock.lap("write")
    }

    /// Why there is no path, in one sentence, with the flags that could change it.
    private func explanation(_ reason: NoPathReason, _ source: Actor, _ target: Actor) -> String {
        switch reason {
        case .noOutgoing: return "\(source.name) has no outgoing relations in the selection"
        case .noIncoming: return "\(target.name) has no incoming relations in the selection"
        case .tooLong(let hops, let maximum): return "the shortest path has \(hops) hops, more than --max-hops \(maximum)"
        case .disconnected(let reached, let reaching):
            return "\(source.name) reaches \(counted(reached, "actor")) and \(reaching) reach \(target.name), but none of the first lead to \(target.name)"
                + (undirected ? "" : " (--undirected ignores direction)")
        }
    }
}

/// The JSON of `path`, exactly DESIGN.md's shape:
/// `{"from","to","paths":[{"actors":[…],"hops":[{"from","to","relations":[{"type","date","evidence":[{"source","quote"}]}]}]}]}`.
struct PathReport: Encodable {
    var from: String
    var to: String
    var paths: [Path]

    struct Path: Encodable {
        var actors: [String]
        var hops: [Hop]
    }

    struct Hop: Encodable {
        var from: String
        var to: String
        var relations: [HopRelation]
    }

    struct HopRelation: Encodable {
        var type: String
        /// The relation's date, or its interval as `start–end`; null when undated.
        var date: String?
        var evidence: [Evidence]

        struct Evidence: Encodable {
            var source: String
            var quote: String
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(date, forKey: .date)
            try container.encode(evidence, forKey: .evidence)
        }

        enum CodingKeys: String, CodingKey { case type, date, evidence }
    }

    init(from: String, to: String, paths: [ExplainedPath]) {
        self.from = from
        self.to = to
        self.paths = paths.map { path in
            Path(actors: path.actors, hops: path.hops.map { hop in
                Hop(from: hop.from, to: hop.to, relations: hop.relations.map { relation in
                    HopRelation(type: relation.type, date: relation.span == .undated ? nil : relation.span.description,
                                evidence: relation.evidence.map { .init(source: $0.source, quote: $0.quote) })
                })
            })
        }
    }
}

/// The explained path as text for a report: the route, then each hop as a sentence with
/// footnote numbers, then the footnotes (quote and source).
struct PathText {
    let graph: StakeholderGraph
    private var footnotes: [String] = []
    private var numbers: [String: Int] = [:]

    init(graph: StakeholderGraph) { self.graph = graph }

    mutating func render(_ paths: [ExplainedPath]) -> String {
        var lines: [String] = []
        for (index, path) in paths.enumerated() {
            if paths.count > 1 { lines.append("Path \(index + 1) of \(paths.count):") }
            let route = path.actors.map(name).joined(separator: " → ")
            lines.append("\(route)  (\(path.hops.count) hop\(path.hops.count == 1 ? "" : "s"))")
            lines.append("")
            for (step, hop) in path.hops.enumerated() {
                var sentences: [String] = []
                for relation in hop.relations { sentences.append(sentence(relation)) }
                lines.append("  \(step + 1). " + (sentences.first ?? ""))
                lines += sentences.dropFirst().map { "     " + $0 }
            }
            lines.append("")
        }
        lines += footnotes
        return lines.joined(separator: "\n")
    }

    private func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }

    private mutating func sentence(_ relation: Relation) -> String {
        let label = graph.relationType(relation.type)?.verbPhrase ?? relation.type
        var text = "\(name(relation.from)) \(label) \(name(relation.to))"
        if relation.span != .undated { text += ", \(relation.span.description)" }
        let marks = relation.evidence.map { "[\(footnote(for: $0))]" }
        return text + (marks.isEmpty ? " (no evidence)" : " " + marks.joined())
    }

    private mutating func footnote(for evidence: Evidence) -> Int {
        let key = evidence.source + "\u{0}" + (evidence.record.map { "\u{1}" + $0 } ?? evidence.quote)
        if let number = numbers[key] { return number }
        let number = footnotes.count + 1
        numbers[key] = number
        let source = graph.source(id: evidence.source)
        let origin = [source?.publisher, source.map { "“\($0.title)”" }, source?.date?.description].compactMap { $0 }
        footnotes.append("[\(number)] \(evidence.record.map { "record \($0)" } ?? "\"\(evidence.quote)\"") — \(origin.joined(separator: ", ")) (\(evidence.source))")
        return number
    }
}
