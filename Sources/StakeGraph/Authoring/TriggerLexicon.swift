import Foundation
import Yams

/// The words and phrases that signal a relation type (`triggers.yaml` in the library, extendable
/// by a file of the same shape), and the words that flag a sentence as negated or hedged.
public struct TriggerLexicon: Sendable {
    /// A trigger: its words (lowercased) and the relation type it signals.
    struct Trigger: Sendable {
        var words: [String]
        var type: String
    }

    /// Triggers by first word, longest first.
    let triggers: [String: [Trigger]]
    let negations: Set<String>
    let hedges: Set<String>
    let passiveAuxiliaries: Set<String>
    /// How many triggers the lexicon holds, for messages.
    public let count: Int

    /// Why a lexicon file cannot be used.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// The built-in lexicon.
    public static let builtIn: TriggerLexicon = {
        // The built-in file is part of the library and tested; it always reads.
        try! TriggerLexicon(yaml: String(decoding: PackageResources.triggers_yaml, as: UTF8.self), path: "triggers.yaml")
    }()

    /// Reads a lexicon from YAML text; `base`'s entries follow this one's, so this one's triggers
    /// are tried first and a trigger listed again moves to this one's type.
    public init(yaml: String, path: String, extending base: TriggerLexicon? = nil) throws(Problem) {
        let node: Any?
        do { node = try Yams.load(yaml: yaml) } catch { throw Problem(path: path, message: "not YAML: \(error)") }
        guard let root = node as? [String: Any] else { throw Problem(path: path, message: "a lexicon is a mapping with 'types' (type: [trigger, …])") }
        let allowed: Set<String> = ["types", "negations", "hedges", "passive-auxiliaries"]
        if let unknown = root.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw Problem(path: path, message: "unknown key '\(unknown)' (allowed: types, negations, hedges, passive-auxiliaries)")
        }
        func words(_ key: String) throws(Problem) -> [String] {
            guard let value = root[key] else { return [] }
            guard let list = value as? [Any] else { throw Problem(path: path, message: "'\(key)' should be a list of words") }
            return list.map { "\($0)" }
        }
        var entries: [Trigger] = []
        if let types = root["types"] {
            guard let map = types as? [String: Any] else { throw Problem(path: path, message: "'types' should map each relation type to a list of triggers") }
            for type in map.keys.sorted() {
                guard let list = map[type] as? [Any] else { throw Problem(path: path, message: "the triggers of '\(type)' should be a list") }
                for item in list {
                    let phrase = WordTokens.phrase("\(item)")
                    if !phrase.isEmpty { entries.append(Trigger(words: phrase, type: type)) }
                }
            }
        }
        let mine = Set(entries.map { $0.words.joined(separator: " ") })
        for (_, list) in base?.triggers ?? [:] { entries += list.filter { !mine.contains($0.words.joined(separator: " ")) } }
        var byFirst: [String: [Trigger]] = [:]
        for entry in entries { byFirst[entry.words[0], default: []].append(entry) }
        for key in byFirst.keys { byFirst[key]!.sort { $0.words.count > $1.words.count } }
        triggers = byFirst
        count = entries.count
        func set(_ key: String, _ inherited: Set<String>?) throws(Problem) -> Set<String> {
            Set(try words(key).flatMap(WordTokens.phrase)).union(inherited ?? [])
        }
        negations = try set("negations", base?.negations)
        hedges = try set("hedges", base?.hedges)
        passiveAuxiliaries = try set("passive-auxiliaries", base?.passiveAuxiliaries)
    }

    /// The relation types the lexicon names that `graph` does not know.
    public func unknownTypes(in graph: StakeholderGraph) -> [String] {
        Set(triggers.values.flatMap { $0.map(\.type) }).filter { graph.relationType($0) == nil }.sorted()
    }

    /// The longest trigger at word `index` of `tokens`, if any.
    func trigger(at index: Int, in tokens: WordTokens) -> Trigger? {
        (triggers[tokens.words[index].text] ?? []).first { tokens.matches($0.words, at: index) }
    }
}
