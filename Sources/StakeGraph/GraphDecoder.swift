import Foundation

/// Decodes a document tree into a `StakeholderGraph`, checking every rule of the file format
/// (DESIGN.md, "Graph file format") and collecting all problems in one pass.
///
/// Sections are decoded first; references (actors, sources, issues, relation types) are checked
/// afterwards, so a file may list its sections in any order.
struct GraphDecoder {
    /// Quotes of fewer words than this are warned about: "Huawei" alone proves nothing.
    static let shortestQuote = 3

    static let sections = ["graph", "sources", "actors", "relations", "issues", "positions", "relation-types"]

    private var fields: FieldDecoder
    private var references: [Reference] = []
    /// Where each id was first defined, per section, to report duplicates.
    private var definitions: [String: [String: DocumentNode.Position]] = [:]

    /// A name used in one place that must be defined in another.
    private struct Reference {
        enum Kind: String { case actor, source, issue, relationType = "relation type" }
        var kind: Kind
        var name: String
        var position: DocumentNode.Position
        var context: String
    }

    init(path: String) { fields = FieldDecoder(path: path) }

    /// Decodes `root` (nil for an empty file) and returns the graph and every diagnostic. The graph
    /// is returned even when there are errors, with the faulty entries left out, so that callers
    /// can still report on the rest.
    static func decode(_ root: DocumentNode?, path: String) -> (graph: StakeholderGraph, diagnostics: [Diagnostic]) {
        var decoder = GraphDecoder(path: path)
        let graph = decoder.decodeGraph(root)
        return (graph, decoder.fields.diagnostics)
    }

    private mutating func decodeGraph(_ root: DocumentNode?) -> StakeholderGraph {
        let origin = DocumentNode.Position(line: 1, column: 1)
        var info = GraphInfo(id: "", title: nil, description: nil, asOf: nil)
        var graph = StakeholderGraph(path: fields.path, info: info, sources: [], actors: [], relations: [],
                                     issues: [], positions: [], customRelationTypes: [])
        guard let root else {
            fields.error(origin, "the file is empty; a graph file needs at least a 'graph' section with an 'id'")
            return graph
        }
        guard let top = fields.fields(root, "graph file", allowed: Self.sections, required: ["graph"]) else { return graph }

        if let node = top["graph"], let header = fields.fields(node, "graph", allowed: ["id", "title", "description", "as-of", "sources-dir"], required: ["id"]) {
            info.id = fields.identifier(header, "id", in: "graph") ?? ""
            info.title = fields.string(header, "title", in: "graph")
            info.description = fields.string(header, "description", in: "graph")
            info.asOf = fields.date(header, "as-of", in: "graph")
            info.sourcesDirectory = fields.nonEmptyString(header, "sources-dir", in: "graph")
            info.sourcesDirectoryLocation = header["sources-dir"].map { fields.location($0.position) }
        }
        let customTypes = fields.list(top["relation-types"], "relation-types").compactMap { relationType($0) }
        let sources = fields.list(top["sources"], "sources").compactMap { source($0) }
        let actors = fields.list(top["actors"], "actors").compactMap { actor($0) }
        let relations = fields.list(top["relations"], "relations").compactMap { relation($0) }
        let issues = fields.list(top["issues"], "issues").compactMap { issue($0) }
        let positions = fields.list(top["positions"], "positions").compactMap { position($0) }
        graph = StakeholderGraph(path: fields.path, info: info, sources: sources, actors: actors, relations: relations,
                                 issues: issues, positions: positions, customRelationTypes: customTypes)
        resolveReferences(in: graph)
        return graph
    }

    // MARK: Sections

    private mutating func relationType(_ node: DocumentNode) -> RelationType? {
        let what = "relation type"
        guard let f = fields.fields(node, what, allowed: ["id", "label", "polarity", "mode", "directed", "weight", "temporality", "description"],
                                    required: ["id", "polarity", "mode"]) else { return nil }
        let id = define(fields.identifier(f, "id", in: what), in: "relation type", at: f["id"])
        if let id, Vocabulary.builtInByID[id] != nil {
            fields.error(f["id"]!.position, "relation type '\(id)' is built in; use it as it is or choose another id")
        }
        let polarity = fields.choice(f, "polarity", in: what, as: Polarity.self, synonyms: ClosedSetSynonyms.polarities)
        let mode = fields.choice(f, "mode", in: what, as: RelationMode.self, synonyms: ClosedSetSynonyms.modes)
        let directed = fields.bool(f, "directed", in: what) ?? true
        let weight = fields.number(f, "weight", in: what, range: -10...10) ?? 0
        let temporality = f["temporality"] == nil ? Temporality.state : fields.choice(f, "temporality", in: what, as: Temporality.self, synonyms: ClosedSetSynonyms.temporalities)
        guard let id, let polarity, let mode, let temporality else { return nil }
        let label = fields.nonEmptyString(f, "label", in: what) ?? id.replacingOccurrences(of: "-", with: " ")
        return RelationType(id: id, label: label, directed: directed, polarity: polarity, mode: mode, weight: weight,
                            temporality: temporality, description: fields.string(f, "description", in: what))
    }

    private mutating func source(_ node: DocumentNode) -> Source? {
        let what = "source"
        guard let f = fields.fields(node, what, allowed: ["id", "title", "publisher", "author", "date", "file", "url"],
                                    required: ["id", "title"]) else { return nil }
        let id = define(fields.identifier(f, "id", in: what), in: what, at: f["id"])
        let title = fields.nonEmptyString(f, "title", in: what)
        let file = fields.nonEmptyString(f, "file", in: what)
        let source = Source(id: id ?? "", title: title ?? "", publisher: fields.string(f, "publisher", in: what),
                            author: fields.string(f, "author", in: what), date: fields.date(f, "date", in: what),
                            file: file, url: fields.url(f, "url", in: what),
                            location: fields.location(f.position), fileLocation: f["file"].map { fields.location($0.position) })
        guard id != nil, title != nil else { return nil }
        return source
    }

    private mutating func actor(_ node: DocumentNode) -> Actor? {
        let what = "actor"
        guard let f = fields.fields(node, what, allowed: ["id", "name", "kind", "country", "aliases", "description", "url", "tags", "fields"],
                                    required: ["id", "name", "kind"]) else { return nil }
        let id = define(fields.identifier(f, "id", in: what), in: what, at: f["id"])
        let name = fields.nonEmptyString(f, "name", in: what)
        let kind = fields.choice(f, "kind", in: what, as: ActorKind.self, synonyms: ClosedSetSynonyms.kinds)
        var country = fields.nonEmptyString(f, "country", in: what)
        if let code = country, !Country.isAccepted(code) {
            fields.error(f["country"]!.position, "country '\(code)' is not an ISO 3166 alpha-2 code" + Self.countryHint(for: code))
            country = nil
        }
        let aliases = fields.stringList(f, "aliases", in: what)
        let description = fields.string(f, "description", in: what)
        let url = fields.url(f, "url", in: what)
        let tags = fields.tags(f, in: what)
        let custom = fields.stringMap(f, "fields", in: what)
        guard let id, let name, let kind else { return nil }
        return Actor(id: id, name: name, kind: kind, country: country, aliases: aliases, description: description,
                     url: url, tags: tags, fields: custom, location: fields.location(f.position))
    }

    private mutating func relation(_ node: DocumentNode) -> Relation? {
        let what = "relation"
        guard let f = fields.fields(node, what, allowed: ["from", "to", "type", "date", "start", "end", "note", "evidence", "tags", "fields"],
                                    required: ["from", "to", "type"]) else { return nil }
        let from = reference(.actor, f, "from", in: what)
        let to = reference(.actor, f, "to", in: what)
        let type = reference(.relationType, f, "type", in: what)
        let span = dateSpan(f, in: what)
        let evidenceNodes = fields.list(f["evidence"], "evidence")
        let evidence = evidenceNodes.compactMap { self.evidence($0) }
        if evidenceNodes.isEmpty {
            fields.warning(f.keyPosition("evidence") ?? f.position,
                           "relation \(from ?? "?") \(type ?? "?") \(to ?? "?") has no evidence; add a quote from a source")
        }
        if let from, let to, from == to {
            fields.warning(f["to"]!.position, "relation from '\(from)' to itself; analysis ignores it")
        }
        let tags = fields.tags(f, in: what)
        let custom = fields.stringMap(f, "fields", in: what)
        guard let from, let to, let type, let span else { return nil }
        return Relation(from: from, to: to, type: type, span: span, note: fields.string(f, "note", in: what),
                        evidence: evidence, location: fields.location(f.position), tags: tags, fields: custom)
    }

    private mutating func issue(_ node: DocumentNode) -> Issue? {
        let what = "issue"
        guard let f = fields.fields(node, what, allowed: ["id", "question", "subject", "description"],
                                    required: ["id", "question"]) else { return nil }
        let id = define(fields.identifier(f, "id", in: what), in: what, at: f["id"])
        let question = fields.nonEmptyString(f, "question", in: what)
        let subject = reference(.actor, f, "subject", in: what)
        guard let id, let question else { return nil }
        return Issue(id: id, question: question, subject: subject, description: fields.string(f, "description", in: what),
                     location: fields.location(f.position))
    }

    private mutating func position(_ node: DocumentNode) -> Position? {
        let what = "position"
        guard let f = fields.fields(node, what, allowed: ["actor", "issue", "stance", "date", "note", "evidence"],
                                    required: ["actor", "issue", "stance"]) else { return nil }
        let actor = reference(.actor, f, "actor", in: what)
        let issue = reference(.issue, f, "issue", in: what)
        let stance = self.stance(f)
        let date = fields.date(f, "date", in: what)
        let evidenceNodes = fields.list(f["evidence"], "evidence")
        let evidence = evidenceNodes.compactMap { self.evidence($0) }
        if evidenceNodes.isEmpty {
            fields.warning(f.keyPosition("evidence") ?? f.position,
                           "position of \(actor ?? "?") on \(issue ?? "?") has no evidence; add a quote from a source")
        }
        guard let actor, let issue, let stance else { return nil }
        let key = "\(actor) \(issue) \(date?.description ?? "")"
        if let first = definitions["position", default: [:]][key] {
            fields.error(f.position, "'\(actor)' already has a position on '\(issue)'\(date.map { " dated \($0)" } ?? "") at line \(first.line); give each a different date or keep one")
        } else {
            definitions["position", default: [:]][key] = f.position
        }
        return Position(actor: actor, issue: issue, stance: stance, date: date, note: fields.string(f, "note", in: what),
                        evidence: evidence, location: fields.location(f.position))
    }

    /// A quote (`source`, `quote`) or a record reference (`source`, `record`): one of the two.
    private mutating func evidence(_ node: DocumentNode) -> Evidence? {
        let what = "evidence"
        guard let f = fields.fields(node, what, allowed: ["source", "quote", "record", "note"], required: ["source"]) else { return nil }
        let source = reference(.source, f, "source", in: what)
        if f["record"] != nil || f.keyPosition("record") != nil {
            let record = fields.nonEmptyString(f, "record", in: what)
            if let quote = f["quote"] {
                fields.error(quote.position, "evidence gives both a quote and a record; a quote is checked against the source's text, a record points into a data set: keep one")
                return nil
            }
            guard let source, let record else { return nil }
            return Evidence(source: source, quote: "", note: fields.string(f, "note", in: what),
                            location: fields.location(f["record"]?.position ?? f.position), record: record)
        }
        guard f["quote"] != nil else {
            if let keyPosition = f.keyPosition("quote") {
                fields.error(keyPosition, "'quote' of evidence is empty; it is required")
            } else {
                fields.error(f.position, "evidence is missing its required 'quote'")
            }
            return nil
        }
        let quote = fields.nonEmptyString(f, "quote", in: what)
        guard let source, let quote else { return nil }
        let words = QuoteElision.wordCount(of: quote)
        if words < Self.shortestQuote {
            fields.warning(f["quote"]!.position, "quote \"\(quote.count > 60 ? quote.prefix(57) + "…" : Substring(quote))\" has \(words == 0 ? "no words" : words == 1 ? "one word" : "\(words) words"); quote at least \(Self.shortestQuote) words of the source, enough to show what it says")
        }
        return Evidence(source: source, quote: quote, note: fields.string(f, "note", in: what),
                        location: fields.location(f["quote"]!.position))
    }

    // MARK: Values

    private mutating func stance(_ f: FieldDecoder.Fields) -> Stance? {
        guard let text = fields.nonEmptyString(f, "stance", in: "position") else { return nil }
        if let stance = Stance(name: text) { return stance }
        if let number = Int(text), let stance = Stance(rawValue: number) { return stance }
        let names = Stance.allCases.map(\.name)
        let hint = ClosedSetSynonyms.stances[Identifier.kebabCase(text)].map { "; did you mean '\($0.name)'?" }
            ?? Suggestion.hint(for: text, in: names)
        fields.error(f["stance"]!.position, "unknown stance '\(text)'\(hint) (one of: \(names.joined(separator: ", ")), or -2 … 2)")
        return nil
    }

    private mutating func dateSpan(_ f: FieldDecoder.Fields, in what: String) -> DateSpan? {
        let keys = ["date", "start", "end"]
        let texts = keys.map { f[$0] == nil ? nil : fields.nonEmptyString(f, $0, in: what) }
        // An empty field has been reported already.
        if zip(keys, texts).contains(where: { f[$0.0] != nil && $0.1 == nil }) { return nil }
        switch DateSpan.parse(date: texts[0], start: texts[1], end: texts[2]) {
        case .success(let span): return span
        case .failure(let failure):
            fields.error(f[failure.field]!.position, failure.isMalformed ? "\(failure.field) of \(what): \(failure.reason)" : failure.reason)
            return nil
        }
    }

    /// What to write instead of a country that is not an accepted code: the code it names
    /// (`USA`, `United States` → `US`), the code of the name it misspells, or examples.
    private static func countryHint(for text: String) -> String {
        if let code = Country.code(for: text) { return "; write '\(code)'" }
        if let code = Country.nearestCode(to: text) { return "; did you mean '\(code)' (\(Country.name(of: code) ?? code))?" }
        return " such as 'US', 'CN' or 'GB'"
    }

    // MARK: Identity and references

    /// Records a definition of `id` in `section`; reports a duplicate.
    private mutating func define(_ id: String?, in section: String, at node: DocumentNode?) -> String? {
        guard let id, let node else { return id }
        if let first = definitions[section, default: [:]][id] {
            fields.error(node.position, "duplicate \(section) id '\(id)' (first defined at line \(first.line))")
            return nil
        }
        definitions[section, default: [:]][id] = node.position
        return id
    }

    private mutating func reference(_ kind: Reference.Kind, _ f: FieldDecoder.Fields, _ key: String, in what: String) -> String? {
        guard let name = fields.nonEmptyString(f, key, in: what) else { return nil }
        references.append(Reference(kind: kind, name: name, position: f[key]!.position, context: "'\(key)' of \(what)"))
        return name
    }

    private mutating func resolveReferences(in graph: StakeholderGraph) {
        let known: [Reference.Kind: Set<String>] = [
            .actor: Set(definitions["actor", default: [:]].keys),
            .source: Set(definitions["source", default: [:]].keys),
            .issue: Set(definitions["issue", default: [:]].keys),
            .relationType: Set(graph.relationTypes.keys),
        ]
        var budget = SuggestionBudget()
        for reference in references {
            let names = known[reference.kind] ?? []
            if names.contains(reference.name) { continue }
            guard budget.allowsOne(among: names.count) else {
                fields.error(reference.position, "unknown \(reference.kind.rawValue) '\(reference.name)' in \(reference.context)\(budget.exhaustedNote())")
                continue
            }
            var hint = Suggestion.hint(for: reference.name, in: names)
            if hint.isEmpty, reference.kind == .actor,
               let actor = graph.actors.first(where: { ActorLookup.matches($0, reference.name) }) {
                hint = "; did you mean '\(actor.id)'? (references use ids, not names)"
            }
            if reference.kind == .relationType { hint = Self.relationTypeHint(for: reference.name, typo: hint) }
            fields.error(reference.position, "unknown \(reference.kind.rawValue) '\(reference.name)' in \(reference.context)\(hint)")
        }
    }

    /// What to do about an unknown relation type: the type it misspells, if any, else the three
    /// built-in types nearest in spelling; and that a file can declare its own.
    private static func relationTypeHint(for name: String, typo: String) -> String {
        let declare = "declare it under relation-types (with its id, polarity and mode)"
        if !typo.isEmpty { return "\(typo) (or \(declare.replacingOccurrences(of: " (with", with: ", with").dropLast()))" }
        let nearest = Suggestion.closest(to: name, in: Vocabulary.builtIn.map(\.id), count: 3).map { "'\($0)'" }
        return "; \(declare) or use a built-in type; the nearest in spelling are \(nearest.joined(separator: ", "))"
    }
}
