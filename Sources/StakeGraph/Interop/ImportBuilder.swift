/// Assembles a valid graph from foreign data (spreadsheets, DOT): gives every actor, source and
/// relation type a unique kebab-case id, finds actors again by id, name or alias, maps type names
/// onto the vocabulary ("warns against" → `warns-against`) and declares the rest as the file's
/// own neutral relation types. Everything it had to decide is reported as a diagnostic.
struct ImportBuilder {
    /// The file diagnostics point into (the sheet being read).
    var path: String
    var defaultKind: ActorKind
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var actors: [Actor] = []
    private(set) var sources: [Source] = []
    private(set) var relations: [Relation] = []
    private(set) var customTypes: [RelationType] = []
    /// Actors that got `defaultKind` because their data named none.
    private(set) var actorsWithoutKind = 0

    private var actorByKey: [String: Int] = [:]
    private var sourceByKey: [String: Int] = [:]
    private var typeByKey: [String: String] = [:]
    private var usedIDs: [String: Set<String>] = [:]
    /// Bounds the "did you mean" hints for unknown type names in one sheet.
    private var suggestions = SuggestionBudget()

    init(path: String, defaultKind: ActorKind) {
        self.path = path
        self.defaultKind = defaultKind
        for type in Vocabulary.builtIn {
            typeByKey[type.id] = type.id
            typeByKey[Self.key(type.label)] = type.id
        }
    }

    func location(line: Int, column: Int = 1) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    mutating func report(_ severity: Severity, line: Int, column: Int = 1, _ message: String) {
        diagnostics.append(Diagnostic(severity, at: location(line: line, column: column), message))
    }

    /// Case- and space-insensitive form used to find things again.
    static func key(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// A kebab-case id for `text` not yet used in `section`: `Identifier.kebabCase`, with `fallback`
    /// for text that has no ASCII letters or digits, and `-2`, `-3` … on collisions.
    mutating func uniqueID(for text: String, in section: String, fallback: String) -> String {
        var base = Identifier.isKebabCase(text) ? text : Identifier.kebabCase(text)
        if !text.contains(where: { $0.isASCII && ($0.isLetter || $0.isNumber) }) { base = fallback }
        var id = base
        var suffix = 2
        while usedIDs[section, default: []].contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs[section, default: []].insert(id)
        return id
    }

    // MARK: Actors

    /// The actor `text` names (by id, name or alias, ignoring case), if any.
    func actorID(named text: String) -> String? { actorByKey[Self.key(text)].map { actors[$0].id } }

    /// Adds an actor described by a sheet or a DOT node and returns its id. `id` is used as given
    /// when it is kebab-case and free; otherwise one is made from `name`.
    @discardableResult
    mutating func addActor(id preferred: String?, name: String, kind: ActorKind?, country: String? = nil,
                           aliases: [String] = [], description: String? = nil, url: String? = nil,
                           tags: [String] = [], fields: [String: String] = [:], line: Int) -> String {
        let id = uniqueID(for: preferred ?? name, in: "actor", fallback: "actor-\(actors.count + 1)")
        if let preferred, preferred != id {
            report(.warning, line: line, "actor id '\(preferred)' became '\(id)' (ids are unique and kebab-case)")
        }
        if kind == nil { actorsWithoutKind += 1 }
        // A graph file needs a visible name: blank ones (form feeds, line separators …) give way to the id.
        let name = name.allSatisfy(\.isWhitespace) ? id : name
        actors.append(Actor(id: id, name: name, kind: kind ?? defaultKind, country: country, aliases: aliases,
                            description: description, url: url, tags: tags, fields: fields, location: location(line: line)))
        for key in [id, name] + aliases where actorByKey[Self.key(key)] == nil {
            actorByKey[Self.key(key)] = actors.count - 1
        }
        return id
    }

    /// The id of the actor `text` names, creating it (named `text`) when it is new.
    mutating func actor(named text: String, line: Int) -> String {
        if let id = actorID(named: text) { return id }
        return addActor(id: nil, name: text, kind: nil, line: line)
    }

    /// Finds actors whose names look like one actor written two ways (`SimilarNames`) and warns
    /// about each pair with the merge to make; with `merge`, makes it: the later actor's relations
    /// go to the earlier one, which keeps the other's name and aliases as aliases, its tags, and
    /// its description and fields where it had none.
    ///
    /// - Complexity: O(n) for n actors, plus the pairs of names that share a last word and first
    ///   letter or their letters.
    mutating func checkSimilarActors(merge: Bool) {
        var bySquashed: [String: Int] = [:]
        var byBucket: [String: [Int]] = [:]
        var mergedInto: [Int: Int] = [:]
        for index in actors.indices {
            let name = actors[index].name
            var match: (Int, SimilarNames.Likeness)?
            let squashed = SimilarNames.squashed(name)
            if let earlier = bySquashed[squashed], let likeness = SimilarNames.likeness(actors[earlier].name, name) {
                match = (earlier, likeness)
            } else {
                for earlier in byBucket[SimilarNames.bucket(name), default: []] {
                    if let likeness = SimilarNames.likeness(actors[earlier].name, name) { match = (earlier, likeness); break }
                }
            }
            if let (earlier, likeness) = match {
                let (kept, other) = (actors[earlier], actors[index])
                let line = other.location.line
                if merge {
                    mergedInto[index] = earlier
                    report(.warning, line: line, "actors '\(kept.name)' (line \(kept.location.line)) and '\(other.name)' \(likeness.words): merged '\(other.id)' into '\(kept.id)', keeping '\(other.name)' as an alias")
                } else {
                    report(.warning, line: line, "actors '\(kept.name)' (line \(kept.location.line)) and '\(other.name)' \(likeness.words); if they are one, merge '\(other.id)' into '\(kept.id)' (relations and aliases)")
                }
                continue
            }
            if bySquashed[squashed] == nil { bySquashed[squashed] = index }
            byBucket[SimilarNames.bucket(name), default: []].append(index)
        }
        guard !mergedInto.isEmpty else { return }
        var idMap: [String: String] = [:]
        for (index, target) in mergedInto {
            let other = actors[index]
            idMap[other.id] = actors[target].id
            for alias in [other.name] + other.aliases where !actors[target].aliases.contains(alias) && alias != actors[target].name {
                actors[target].aliases.append(alias)
            }
            for tag in other.tags where !actors[target].tags.contains(tag) { actors[target].tags.append(tag) }
            actors[target].description = actors[target].description ?? other.description
            actors[target].fields.merge(other.fields) { kept, _ in kept }
            if actors[target].country == nil { actors[target].country = other.country }
        }
        actors = actors.indices.filter { mergedInto[$0] == nil }.map { actors[$0] }
        for index in relations.indices {
            relations[index].from = idMap[relations[index].from] ?? relations[index].from
            relations[index].to = idMap[relations[index].to] ?? relations[index].to
            if relations[index].from == relations[index].to {
                report(.warning, line: relations[index].location.line, "relation from '\(relations[index].from)' to itself after merging; analysis ignores it")
            }
        }
        actorByKey = [:]
        for (index, actor) in actors.enumerated() {
            for key in [actor.id, actor.name] + actor.aliases where actorByKey[Self.key(key)] == nil { actorByKey[Self.key(key)] = index }
        }
    }

    // MARK: Sources

    /// Adds a source described by a sheet and returns its id.
    @discardableResult
    mutating func addSource(id preferred: String?, title: String, publisher: String? = nil, author: String? = nil,
                            date: PartialDate? = nil, file: String? = nil, url: String? = nil, line: Int) -> String {
        let id = uniqueID(for: preferred ?? title, in: "source", fallback: "source-\(sources.count + 1)")
        if let preferred, preferred != id {
            report(.warning, line: line, "source id '\(preferred)' became '\(id)' (ids are unique and kebab-case)")
        }
        let title = title.allSatisfy(\.isWhitespace) ? id : title
        sources.append(Source(id: id, title: title, publisher: publisher, author: author, date: date, file: file,
                              url: url, location: location(line: line), fileLocation: nil))
        for key in [id, title] where sourceByKey[Self.key(key)] == nil { sourceByKey[Self.key(key)] = sources.count - 1 }
        return id
    }

    /// The id of the source already known by `text` (id or title), if any.
    func existingSource(_ text: String) -> String? { sourceByKey[Self.key(text)].map { sources[$0].id } }

    /// The id of the source `text` names (by id or title), creating it (titled `text`) when new.
    mutating func source(named text: String, line: Int) -> String {
        if let index = sourceByKey[Self.key(text)] { return sources[index].id }
        return addSource(id: nil, title: text, line: line)
    }

    // MARK: Relation types

    /// The relation type `text` names: a built-in one by id or label ("warns against"), a type
    /// made earlier, or a new neutral type of the file's own. When the source says whether its
    /// edges are `directed` (DOT does, a sheet does not) and a built-in type differs, its twin
    /// `<id>-undirected` or `<id>-directed` is declared with the same polarity, mode and weight,
    /// so no direction is invented or lost.
    mutating func relationType(named text: String, directed: Bool?, line: Int, column: Int = 1) -> String {
        let kebab = Identifier.kebabCase(text)
        let found = typeByKey[Self.key(text)] ?? typeByKey[kebab]
        if let found, let builtIn = Vocabulary.builtInByID[found] {
            guard let directed, directed != builtIn.directed else { return found }
            let word = directed ? "directed" : "undirected"
            let twin = "\(found)-\(word)"
            if typeByKey[twin] == nil {
                var type = builtIn
                type.id = twin
                type.label = "\(builtIn.label) (\(word))"
                type.directed = directed
                declare(type, keys: [twin], line: line, column: column,
                        reason: "'\(found)' is \(builtIn.directed ? "directed" : "undirected") but the graph's edges are \(word)")
            }
            return twin
        }
        if let found { return found }
        let id = uniqueID(for: text, in: "relation-type", fallback: "type-\(customTypes.count + 1)")
        let label = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        declare(RelationType(id: id, label: label.isEmpty ? id : label, directed: directed ?? true, polarity: .neutral,
                             mode: .structural, weight: 0),
                keys: [Self.key(text), kebab], line: line, column: column,
                reason: "'\(text)' is not in the vocabulary\(relationTypeHint(for: text).map { " (\($0.dropFirst(2)))" } ?? "")")
        return id
    }

    /// The id of the built-in or already declared relation type `text` names by id or label, if any.
    func knownRelationType(named text: String) -> String? { typeByKey[Self.key(text)] ?? typeByKey[Identifier.kebabCase(text)] }

    /// `"; did you mean 'threatens'?"` for a type name close to a built-in or declared type's id
    /// or label (`threatnes`, `negotiates`, `contract`), or nil.
    mutating func relationTypeHint(for text: String) -> String? {
        let hint = suggestions.hint(for: Self.key(text), in: Vocabulary.builtIn.map(\.id) + customTypes.map(\.id))
        return hint.isEmpty ? nil : hint
    }

    /// Whether the built-in or declared relation type `id` is directed (unknown ones are).
    func isDirected(_ id: String) -> Bool {
        Vocabulary.builtInByID[id]?.directed ?? customTypes.first { $0.id == id }?.directed ?? true
    }

    /// The label of a built-in or declared relation type.
    func label(ofType id: String) -> String? {
        Vocabulary.builtInByID[id]?.label ?? customTypes.first { $0.id == id }?.label
    }

    mutating func declare(_ type: RelationType, keys: [String], line: Int, column: Int, reason: String) {
        customTypes.append(type)
        for key in keys + [type.id] where typeByKey[key] == nil { typeByKey[key] = type.id }
        report(.warning, line: line, column: column,
               "\(reason): declared relation type '\(type.id)' (\(type.polarity.rawValue), \(type.mode.rawValue)\(type.directed ? "" : ", undirected")); edit its polarity and mode under relation-types if needed")
    }

    // MARK: Field values

    /// The custom fields among `values` (named `field:<name>`, as exports write them), by name.
    static func customFields(in values: [String: String]) -> [String: String] {
        var fields: [String: String] = [:]
        for (name, value) in values where name.hasPrefix(ExportFields.customFieldPrefix) {
            let field = String(name.dropFirst(ExportFields.customFieldPrefix.count))
            if !field.trimmingSpaces.isEmpty { fields[field] = value }
        }
        return fields
    }

    /// An ISO 3166 alpha-2 code in any case (`us` → `US`); the code an alpha-3 code or English
    /// name stands for (`USA`, `United States` → `US`), with a warning; nil, with a warning (and
    /// the code of a name it misspells), for anything else.
    mutating func countryCode(_ text: String?, line: Int, column: Int = 1, of what: String = "") -> String? {
        guard let text else { return nil }
        if Country.isAccepted(text.uppercased()) { return text.uppercased() }
        if let code = Country.code(for: text) {
            report(.warning, line: line, column: column,
                   "\(what)country '\(text)' is not an ISO 3166 alpha-2 code; used '\(code)' (\(Country.name(of: code) ?? code))")
            return code
        }
        let hint = Country.nearestCode(to: text).map { "; did you mean '\($0)' (\(Country.name(of: $0) ?? $0))?" } ?? ""
        report(.warning, line: line, column: column, "\(what)country '\(text)' is not an ISO 3166 alpha-2 code such as 'US'\(hint); left out")
        return nil
    }

    /// The actor kind `text` names (`Government`, `international organization`) or means
    /// (`company` → `firm`, with a warning); nil, with a warning, for an unknown one, which then
    /// gets `defaultKind`.
    mutating func kind(_ text: String?, line: Int, column: Int = 1, of what: String = "") -> ActorKind? {
        guard let text else { return nil }
        if let kind = ActorKind(rawValue: Identifier.kebabCase(text)) { return kind }
        if let kind = ClosedSetSynonyms.kinds[Identifier.kebabCase(text)] {
            report(.warning, line: line, column: column, "\(what)actor kind '\(text)' is not one of stakegraph's; used '\(kind.rawValue)'")
            return kind
        }
        report(.warning, line: line, column: column,
               "\(what)unknown actor kind '\(text)'\(Suggestion.hint(for: text.lowercased(), in: ActorKind.allCases.map(\.rawValue))); used '\(defaultKind.rawValue)'")
        return nil
    }

    // MARK: Relations

    mutating func addRelation(from: String, to: String, type: String, span: DateSpan, note: String? = nil,
                              evidence: [Evidence] = [], tags: [String] = [], fields: [String: String] = [:], line: Int) {
        if from == to { report(.warning, line: line, "relation from '\(from)' to itself; analysis ignores it") }
        relations.append(Relation(from: from, to: to, type: type, span: span, note: note, evidence: evidence,
                                  location: location(line: line), tags: tags, fields: fields))
    }

    /// Adds evidence to the relation added last.
    mutating func addEvidence(_ evidence: Evidence, toRelationAt index: Int) {
        relations[index].evidence.append(evidence)
    }

    /// The graph assembled so far, with a note about actors that got the default kind.
    mutating func graph(info: GraphInfo) -> StakeholderGraph {
        if actorsWithoutKind > 0 {
            report(.warning, line: 1, "\(actorsWithoutKind) actor\(actorsWithoutKind == 1 ? " has" : "s have") no kind and became '\(defaultKind.rawValue)'; set the right kind in the actors section")
            actorsWithoutKind = 0
        }
        return StakeholderGraph(path: path, info: info, sources: sources, actors: actors, relations: relations,
                                issues: [], positions: [], customRelationTypes: customTypes)
    }

    /// Reports `message` as an error and gives what a reader returns when it stops there: the
    /// graph built so far, with the file's name as its id, and every diagnostic.
    mutating func refusal(line: Int, column: Int = 1, _ message: String) -> (StakeholderGraph, [Diagnostic]) {
        report(.error, line: line, column: column, message)
        return (graph(info: GraphInfo(id: DOTImporter.fileID(path))), diagnostics)
    }
}
