import ArgumentParser
import Foundation
import StakeGraph

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "How much of each source the graph uses: cited sentences, actors named but never related, uncited sentences naming two actors.",
        discussion: """
        Reads each source's text file from the --sources folder, cuts it into sentences, and \
        finds the actors it names (by name or alias, as whole words, in any case; short \
        all-capital names such as US or EU only in capitals). Per source: how many sentences a \
        quote cites, the actors it names that no relation citing it involves, and the sentences \
        that name two or more actors and are cited by nothing — where a relation is most likely \
        missing (stakegraph suggest proposes some).

        Examples:
          stakegraph sources --sources ../shared/seeds
          stakegraph sources --sources ../shared/seeds --format json | jq '.[0].uncited'
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var sourcesOption: SourcesOption

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func run() throws {
        let graph = try graphFile.load()
        let coverage = SourceCoverage(graph, texts: try sourcesOption.texts(of: graph))
        let name = { (id: String) in graph.actor(id: id)?.name ?? id }
        switch format {
        case .json:
            try JSONOutput.print(coverage.entries.map { entry in
                SourceRecord(id: entry.source.id, title: entry.source.title, sentences: entry.sentences, cited: entry.citedSentences,
                             actorsNamed: entry.actorsNamed, actorsWithoutRelation: entry.actorsWithoutRelation,
                             uncited: entry.uncited.map { .init(paragraph: $0.sentence.paragraph, sentence: $0.sentence.number, text: $0.sentence.text, actors: $0.actors) })
            })
        case .table:
            var table = TextTable(["source", "sentences", "cited", "actors named", "named, no relation", "uncited, 2+ actors"], numericColumns: [1, 2, 3, 4, 5])
            for entry in coverage.entries {
                table.add([entry.source.id, "\(entry.sentences)", "\(entry.citedSentences)", "\(entry.actorsNamed.count)",
                           "\(entry.actorsWithoutRelation.count)", "\(entry.uncited.count)"])
            }
            var lines = [table.rendered]
            for entry in coverage.entries where !entry.actorsWithoutRelation.isEmpty || !entry.uncited.isEmpty {
                lines.append("")
                lines.append("\(entry.source.id): \(entry.source.title)")
                if !entry.actorsWithoutRelation.isEmpty {
                    lines.append("  named, but in no relation citing it: " + entry.actorsWithoutRelation.map(name).joined(separator: ", "))
                }
                for (sentence, actors) in entry.uncited {
                    lines.append("  ¶\(sentence.paragraph) s\(sentence.number) [\(actors.map(name).joined(separator: ", "))]: \(sentence.text)")
                }
            }
            Terminal.output(lines.joined(separator: "\n"))
        }
    }
}

/// The JSON of `sources`: one object per source.
struct SourceRecord: Encodable {
    var id: String
    var title: String
    var sentences: Int
    var cited: Int
    var actorsNamed: [String]
    var actorsWithoutRelation: [String]
    var uncited: [Sentence]

    struct Sentence: Encodable {
        var paragraph: Int
        var sentence: Int
        var text: String
        var actors: [String]
    }
}
