/// How well `suggest` recovers a graph from its own sources (the README's measure): strip the
/// graph to its actors and sources, suggest from the texts, and compare with the relations it had.
///
/// - **Pair recall**: of the graph's non-structural relations, the share whose two actors (either
///   way round) are in a candidate from one of the relation's own sources.
/// - **Polarity right**: of those recalled, the share where the candidates for that pair and
///   source mostly carry the relation's polarity (ties go to the first candidate in the text).
public struct SuggestionScore: Sendable {
    public var relations: Int
    public var recalled: Int
    public var polarityRight: Int
    /// Candidates per source id.
    public var candidatesPerSource: [String: Int]
    public var candidates: Int

    public var recall: Double { relations == 0 ? 0 : Double(recalled) / Double(relations) }
    public var polarityPrecision: Double { recalled == 0 ? 0 : Double(polarityRight) / Double(recalled) }

    /// Scores `suggest` on `graph`, whose source texts are in `directory`.
    public init(_ graph: StakeholderGraph, sourcesDirectory directory: String, lexicon: TriggerLexicon = .builtIn) {
        let stripped = graph.replacing(relations: [], positions: [])
        let candidates = RelationSuggester(stripped, lexicon: lexicon).candidates(from: SourceTexts(stripped, directory: directory))
        var bySourcePair: [String: [RelationSuggester.Candidate]] = [:]
        for candidate in candidates {
            bySourcePair[Self.key(candidate.from, candidate.to, candidate.source), default: []].append(candidate)
        }
        var relations = 0, recalled = 0, right = 0
        for relation in graph.relations {
            guard let type = graph.relationType(relation.type), type.mode != .structural else { continue }
            relations += 1
            let found = Set(relation.evidence.map(\.source)).sorted().flatMap { bySourcePair[Self.key(relation.from, relation.to, $0)] ?? [] }
            guard !found.isEmpty else { continue }
            recalled += 1
            let polarities = found.compactMap { graph.relationType($0.type)?.polarity }
            let agreeing = polarities.filter { $0 == type.polarity }.count
            let best = Dictionary(grouping: polarities, by: { $0 }).mapValues(\.count).values.max() ?? 0
            if agreeing == best && (agreeing * 2 > polarities.count || polarities.first == type.polarity) { right += 1 }
        }
        self.relations = relations
        self.recalled = recalled
        polarityRight = right
        self.candidates = candidates.count
        candidatesPerSource = Dictionary(grouping: candidates, by: \.source).mapValues(\.count)
    }

    private static func key(_ a: String, _ b: String, _ source: String) -> String {
        (a < b ? [a, b, source] : [b, a, source]).joined(separator: "\u{0}")
    }
}
