import ArgumentParser
import Foundation
import StakeGraph

struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Propose relations from the sources' sentences, each with its sentence as the quote, to check and paste.",
        discussion: """
        In every sentence of the sources' texts that names two known actors, a trigger word or \
        phrase ("barred", "warned", "urged", "signed" …; the lexicon is \
        Sources/StakeGraph/Authoring/triggers.yaml, extended with --lexicon FILE) proposes its \
        relation type, from the actor named before it to each actor named after it, or, in a \
        plainly passive sentence ("X was barred … by Y"), from the actor after "by". Each \
        candidate carries the whole sentence as its quote (it passes validate --sources), the \
        source and its date; negations ("denied", "not") and hedges ("could", "considering") are \
        flagged in its comment, never dropped. Relations the graph already has from the same \
        source are left out. Nothing is written into the graph file: the output is YAML to check \
        and paste under relations: (or JSON), by source and position.

        --score strips the graph to its actors and sources, suggests from the texts and says how \
        much of the graph it found again: the share of non-structural relations whose two actors \
        a candidate from the same source pairs, and how many of those have the right polarity.

        Examples:
          stakegraph suggest --sources ../shared/seeds
          stakegraph suggest --sources ../shared/seeds --source cnbc-2019-01 -o c.yaml
          stakegraph suggest --sources ../shared/seeds --score
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var sourcesOption: SourcesOption

    @Option(help: ArgumentHelp("Only this source's sentences.", valueName: "id"))
    var source: String?

    @Option(help: ArgumentHelp("More triggers, in the shape of triggers.yaml; tried before the built-in ones.", valueName: "file"))
    var lexicon: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the candidates to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(help: "Output format: yaml (entries to paste) or json.", completion: .list(["yaml", "json"]))
    var format: String = "yaml"

    @Flag(help: "Say how much of the graph's own relations suggest finds again from its sources.")
    var score = false

    func validate() throws {
        guard ["yaml", "json"].contains(format) else { throw ValidationError("--format takes yaml or json, not '\(format)'") }
        if score && (output != nil || source != nil) { throw ValidationError("--score measures the whole graph; leave out -o and --source") }
        try OutputPaths.check([("-o", output)], inputs: [("the graph file", graphFile.path), ("the lexicon", lexicon)])
    }

    func run() throws {
        let graph = try graphFile.load()
        let lexicon = try loadLexicon()
        let unknown = lexicon.unknownTypes(in: graph)
        if !unknown.isEmpty { Terminal.note("the lexicon's types \(unknown.joined(separator: ", ")) are not in this graph's vocabulary; their triggers are skipped") }
        if score { return try printScore(graph, lexicon: lexicon) }
        var texts = try sourcesOption.texts(of: graph)
        if let source {
            guard graph.source(id: source) != nil else {
                let hint = Suggestion.nearest(to: source, in: graph.sources.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
                throw CommandFailure.usage("unknown source '\(source)'\(hint)")
            }
            texts = texts.only(source)
        }
        let candidates = RelationSuggester(graph, lexicon: lexicon).candidates(from: texts)
        let text: String
        if format == "json" {
            text = try JSONOutput.text(candidates.map(CandidateRecord.init))
        } else {
            text = SuggestionYAML.write(candidates, in: graph)
        }
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output)
            Terminal.error("wrote \(output) (\(candidates.count) candidate\(candidates.count == 1 ? "" : "s"))")
        } else {
            // Data (YAML or JSON), written exactly: the terminal escaping is for text.
            Terminal.write(text.hasSuffix("\n") ? text : text + "\n")
        }
    }

    private func loadLexicon() throws -> TriggerLexicon {
        guard let lexicon else { return .builtIn }
        guard let data = FileManager.default.contents(atPath: lexicon) else { throw CommandFailure.unreadable("\(lexicon): no such file") }
        do {
            return try TriggerLexicon(yaml: String(decoding: data, as: UTF8.self), path: lexicon, extending: .builtIn)
        } catch {
            throw CommandFailure.invalidData(error.description)
        }
    }

    private func printScore(_ graph: StakeholderGraph, lexicon: TriggerLexicon) throws {
        let score = SuggestionScore(graph, sourcesDirectory: try sourcesOption.directory(of: graph), lexicon: lexicon)
        var lines = [
            String(format: "pair recall: %d of %d non-structural relations (%.0f%%)", score.recalled, score.relations, 100 * score.recall),
            String(format: "polarity right: %d of %d recalled (%.0f%%)", score.polarityRight, score.recalled, 100 * score.polarityPrecision),
            "candidates: \(score.candidates)",
        ]
        for source in graph.sources { lines.append("  \(source.id): \(score.candidatesPerSource[source.id] ?? 0)") }
        Terminal.output(lines.joined(separator: "\n"))
    }
}

/// The JSON of `suggest`: one object per candidate.
struct CandidateRecord: Encodable {
    var from: String
    var to: String
    var type: String
    var trigger: String
    var source: String
    var date: String?
    var paragraph: Int
    var sentence: Int
    var quote: String
    var negations: [String]
    var hedges: [String]
    var passive: Bool
    /// Phrases read as actors: `"the Chinese company" = huawei`.
    var readings: [String]

    init(_ candidate: RelationSuggester.Candidate) {
        from = candidate.from
        to = candidate.to
        type = candidate.type
        trigger = candidate.trigger
        source = candidate.source
        date = candidate.date?.description
        paragraph = candidate.sentence.paragraph
        sentence = candidate.sentence.number
        quote = candidate.sentence.text
        negations = candidate.negations
        hedges = candidate.hedges
        passive = candidate.passive
        readings = candidate.readings
    }
}
