/// Candidate relations from the sentences of a graph's sources (`stakegraph suggest`): in every
/// sentence that names two known actors, each trigger of the lexicon proposes its relation type
/// from the actor named before it to each actor named after it (up to the next trigger), or, when
/// the sentence is plainly passive ("X was barred … by Y"), from the actor after "by" to the one
/// before. The whole sentence is the quote; negations and hedges are flagged, never dropped; a
/// relation the graph already has (same actors, type and source) is left out.
public struct RelationSuggester: Sendable {
    /// One candidate relation.
    public struct Candidate: Sendable, Equatable {
        public var from: String
        public var to: String
        public var type: String
        /// The words in the sentence that proposed it.
        public var trigger: String
        public var source: String
        public var date: PartialDate?
        public var sentence: SourceSentence
        /// Negation words in the sentence ("denied", "not").
        public var negations: [String]
        /// Hedge words in the sentence ("could", "considering").
        public var hedges: [String]
        public var passive: Bool
        /// How a phrase was read as an actor: `"the Chinese company" = huawei`.
        public var readings: [String] = []
        /// The quote it proposes: the whole sentence.
        public var quote: String { sentence.text }
    }

    public let graph: StakeholderGraph
    public let lexicon: TriggerLexicon
    let mentions: ActorMentions

    public init(_ graph: StakeholderGraph, lexicon: TriggerLexicon = .builtIn) {
        self.graph = graph
        self.lexicon = lexicon
        mentions = ActorMentions(graph)
    }

    /// The candidates from `texts`, by source (in the graph's order) and position in the text.
    ///
    /// - Complexity: O(w · p) for w words of text and p names or triggers sharing a first word.
    public func candidates(from texts: SourceTexts) -> [Candidate] {
        var existing = Set<String>()
        for relation in graph.relations {
            for evidence in relation.evidence { existing.insert(key(relation.from, relation.to, relation.type, evidence.source)) }
        }
        var result: [Candidate] = []
        for text in texts.texts {
            var recentFirms: [String] = []
            for sentence in text.sentences {
                for candidate in candidates(in: sentence, of: text.source, recentFirms: &recentFirms)
                where !existing.contains(key(candidate.from, candidate.to, candidate.type, candidate.source)) {
                    existing.insert(key(candidate.from, candidate.to, candidate.type, candidate.source))
                    result.append(candidate)
                }
            }
        }
        return result
    }

    /// Whether the text before character `offset`, spaces aside, ends with a comma.
    static func followsComma(_ offset: Int, in characters: [Character]) -> Bool {
        var index = offset - 1
        while index >= 0, characters[index] == " " { index -= 1 }
        return index >= 0 && characters[index] == ","
    }

    /// Words that start a new clause, where a trigger's objects end.
    static let clauseBoundaries: Set<String> = ["but", "while", "whereas", "although", "though", "however", "because", "which", "who", "after", "before"]

    private func isFirm(_ id: String) -> Bool { graph.actor(id: id)?.kind == .firm }

    /// The actors named last before a trigger, with those joined to them by "and", "or", "as
    /// well as" or a comma alone: "Beijing and Huawei have condemned" has two subjects.
    func coordinated(ending before: [ActorMentions.Mention], words: [String]) -> [String] {
        guard var last = before.last else { return [] }
        var subjects = [last.actor]
        for mention in before.dropLast().reversed() {
            let gap = words[mention.end..<last.start]
            let joined = gap.isEmpty || gap.elementsEqual(["and"]) || gap.elementsEqual(["or"]) || gap.elementsEqual(["as", "well", "as"])
            guard joined else { break }
            if !subjects.contains(mention.actor) { subjects.insert(mention.actor, at: 0) }
            last = mention
        }
        return subjects
    }

    /// An undirected type's key does not depend on the order of its actors.
    private func key(_ from: String, _ to: String, _ type: String, _ source: String) -> String {
        let directed = graph.relationType(type)?.directed ?? true
        let (a, b) = directed || from < to ? (from, to) : (to, from)
        return [a, b, type, source].joined(separator: "\u{0}")
    }

    /// The candidates of one sentence; `recentFirms` (the firms named so far in the text, latest
    /// last) resolves "the company" and is brought up to date.
    func candidates(in sentence: SourceSentence, of source: Source, recentFirms: inout [String]) -> [Candidate] {
        let tokens = WordTokens(sentence.text)
        let characters = Array(sentence.text)
        var named = mentions.mentions(in: tokens)
        var resolved = named
        var readings: [String: String] = [:]
        for reference in FirmReferences.references(in: tokens, outside: named) {
            let phrase = tokens.words[reference.start..<reference.end].map(\.original).joined(separator: " ")
            let earlier = named.filter { $0.end <= reference.start && isFirm($0.actor) }.map(\.actor)
            var firms: [String] = []
            for actor in (recentFirms + earlier).reversed() where !firms.contains(actor) { firms.append(actor) }
            for actor in firms.prefix(reference.count).reversed() {
                resolved.append(ActorMentions.Mention(actor: actor, start: reference.start, end: reference.end))
                if !named.contains(where: { $0.actor == actor }) { readings[actor] = "\"\(phrase)\" = \(actor)" }
            }
        }
        for mention in named where isFirm(mention.actor) {
            recentFirms.removeAll { $0 == mention.actor }
            recentFirms.append(mention.actor)
        }
        resolved.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        named = resolved
        guard Set(named.map(\.actor)).count >= 2 else { return [] }
        // Triggers outside any name ("Trump" in "the Trump administration" is a name's word).
        var triggers: [(trigger: TriggerLexicon.Trigger, start: Int, end: Int)] = []
        var index = 0
        while index < tokens.words.count {
            if named.contains(where: { $0.start <= index && index < $0.end }) { index += 1; continue }
            if let trigger = lexicon.trigger(at: index, in: tokens), graph.relationType(trigger.type) != nil {
                triggers.append((trigger, index, index + trigger.words.count))
                index += trigger.words.count
            } else {
                index += 1
            }
        }
        let words = tokens.words.map(\.text)
        let negations = words.filter { lexicon.negations.contains($0) }
        let hedges = words.filter { lexicon.hedges.contains($0) }
        var found: [Candidate] = []
        var previous: (subjects: [String], objects: [String]) = ([], [])
        for (position, (trigger, start, end)) in triggers.enumerated() {
            let before = named.filter { $0.end <= start }
            // Objects run to the next trigger or the end of the clause ("…, but Washington …").
            var limit = position + 1 < triggers.count ? triggers[position + 1].start : tokens.words.count
            if let boundary = (end..<limit).first(where: { Self.clauseBoundaries.contains(words[$0]) }) { limit = boundary }
            var after = named.filter { $0.start >= end && $0.start < limit }.map(\.actor)
            let auxiliary = (max(0, start - 2)..<start).contains { lexicon.passiveAuxiliaries.contains(words[$0]) }
            let agent = named.first { mention in mention.start >= end && mention.start > 0 && words[mention.start - 1] == "by" }
            // "…condemned the US move, denying the allegations": a participle after another
            // trigger has that trigger's subjects.
            let participle = trigger.words.first?.hasSuffix("ing") == true && !previous.subjects.isEmpty
                && Self.followsComma(tokens.words[start].start, in: characters)
            let subjects = participle ? previous.subjects : coordinated(ending: before, words: words)
            let directed = graph.relationType(trigger.type)?.directed ?? true
            var pairs: [(String, String)] = []
            var passive = false
            if auxiliary, let agent, let patient = before.last {
                passive = true
                pairs = [(agent.actor, patient.actor)]
            } else if !subjects.isEmpty {
                // "condemned the US move, denying the allegations": a trigger with nothing after
                // it, and the same subjects, speaks of what the one before it did.
                if after.isEmpty && subjects == previous.subjects { after = previous.objects }
                pairs = subjects.flatMap { subject in after.map { (subject, $0) } }
                if pairs.isEmpty && !directed && subjects.count >= 2 {
                    // "Trump and Xi agreed": the subjects of a mutual relation relate to each other.
                    pairs = zip(subjects, subjects.dropFirst()).map { ($0, $1) }
                } else if pairs.isEmpty, before.count >= 2, subjects.count == 1 {
                    // "the Trump administration put Huawei on a trade blacklist": actor, object, trigger.
                    pairs = [(before[before.count - 2].actor, before[before.count - 1].actor)]
                }
                previous = (subjects, after)
            }
            for (from, to) in pairs where from != to {
                found.append(Candidate(from: from, to: to, type: trigger.type, trigger: tokens.words[start..<end].map(\.original).joined(separator: " "),
                                       source: source.id, date: source.date, sentence: sentence, negations: negations, hedges: hedges, passive: passive,
                                       readings: [from, to].compactMap { readings[$0] }))
            }
        }
        return found
    }
}
