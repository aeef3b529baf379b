/// How much of each source a graph uses (`stakegraph sources`): the sentences cited as evidence,
/// the actors the text names that no relation citing it involves, and the sentences that name two
/// or more actors and are cited by nothing — where relations are most likely missing.
public struct SourceCoverage: Sendable {
    public struct Entry: Sendable {
        public var source: Source
        public var sentences: Int
        public var citedSentences: Int
        /// Actors the text names, in order of first mention.
        public var actorsNamed: [String]
        /// Of those, the ones no relation citing this source involves.
        public var actorsWithoutRelation: [String]
        /// Uncited sentences that name two or more actors, with the actors they name.
        public var uncited: [(sentence: SourceSentence, actors: [String])]
    }

    public let entries: [Entry]

    /// - Complexity: O(n · p) for n words of text and p names sharing a first word, plus the quote
    ///   searches.
    public init(_ graph: StakeholderGraph, texts: SourceTexts) {
        let mentions = ActorMentions(graph)
        entries = texts.texts.map { text in
            let id = text.source.id
            let citing = graph.relations.filter { $0.evidence.contains { $0.source == id } }
            let quotes = (graph.relations.flatMap(\.evidence) + graph.positions.flatMap(\.evidence)).filter { $0.source == id }.map(\.quote)
            let cited = SourceTexts.citedSentences(of: text, quotes: quotes)
            var named: [String] = []
            var seen = Set<String>()
            var uncited: [(SourceSentence, [String])] = []
            for (index, sentence) in text.sentences.enumerated() {
                let actors = mentions.actors(in: sentence.text)
                for actor in actors where seen.insert(actor).inserted { named.append(actor) }
                if actors.count >= 2 && !cited.contains(index) { uncited.append((sentence, actors)) }
            }
            let involved = Set(citing.flatMap { [$0.from, $0.to] })
            return Entry(source: text.source, sentences: text.sentences.count, citedSentences: cited.count, actorsNamed: named,
                         actorsWithoutRelation: named.filter { !involved.contains($0) }, uncited: uncited)
        }
    }
}
