/// A graph in stakegraph's own file format (DESIGN.md, "Graph file format") as a document tree:
/// written as YAML by `import` and `export --format yaml`, as JSON by `export --format json`, and
/// read back by `GraphReader` to the same graph. Sections and keys come in the order of the
/// format's description; absent optional values are left out.
extension StakeholderGraph {
    public var document: DocumentValue {
        var relationsSection: [(String, DocumentValue)] = []
        if !relations.isEmpty { relationsSection.append(("relations", .list(relations.map(Self.document)))) }
        return .map(documentHead + relationsSection + documentTail)
    }

    /// The document's sections before `relations` (graph header, relation types, sources,
    /// actors): what writers that stream the relations (`JSONText.write(_:to:)`) or leave them
    /// out (GraphML's embedded sections) write whole, without the relations' documents.
    var documentHead: [(String, DocumentValue)] {
        var top = MapBuilder()
        var header = MapBuilder()
        header.add("id", info.id)
        header.add("title", info.title)
        header.add("description", info.description)
        header.add("as-of", info.asOf)
        top.add("graph", header.value)
        top.add("relation-types", list: customRelationTypes.map(Self.document))
        top.add("sources", list: sources.map(Self.document))
        top.add("actors", list: actors.map(Self.document))
        return top.pairs
    }

    /// The document's sections after `relations` (issues, positions).
    var documentTail: [(String, DocumentValue)] {
        var top = MapBuilder()
        top.add("issues", list: issues.map(Self.document))
        top.add("positions", list: positions.map(Self.document))
        return top.pairs
    }

    static func document(_ type: RelationType) -> DocumentValue {
        var map = MapBuilder()
        map.add("id", type.id)
        map.add("label", type.label)
        map.add("polarity", type.polarity.rawValue)
        map.add("mode", type.mode.rawValue)
        if !type.directed { map.add("directed", .bool(false)) }
        map.add("weight", .number(type.weight))
        if type.temporality != .state { map.add("temporality", type.temporality.rawValue) }
        map.add("description", type.description)
        return map.value
    }

    static func document(_ source: Source) -> DocumentValue {
        var map = MapBuilder()
        map.add("id", source.id)
        map.add("title", source.title)
        map.add("publisher", source.publisher)
        map.add("author", source.author)
        map.add("date", source.date)
        map.add("file", source.file)
        map.add("url", source.url)
        return map.value
    }

    static func document(_ actor: Actor) -> DocumentValue {
        var map = MapBuilder()
        map.add("id", actor.id)
        map.add("name", actor.name)
        map.add("kind", actor.kind.rawValue)
        map.add("country", actor.country)
        map.add("aliases", list: actor.aliases.map { .string($0) })
        map.add("description", actor.description)
        map.add("url", actor.url)
        map.add(tags: actor.tags, fields: actor.fields)
        return map.value
    }

    static func document(_ relation: Relation) -> DocumentValue {
        var map = MapBuilder()
        map.add("from", relation.from)
        map.add("to", relation.to)
        map.add("type", relation.type)
        map.add(relation.span)
        map.add("note", relation.note)
        map.add(tags: relation.tags, fields: relation.fields)
        map.add("evidence", list: relation.evidence.map(document))
        return map.value
    }

    static func document(_ evidence: Evidence) -> DocumentValue {
        var map = MapBuilder()
        map.add("source", evidence.source)
        if let record = evidence.record { map.add("record", record) } else { map.add("quote", evidence.quote) }
        map.add("note", evidence.note)
        return map.value
    }

    static func document(_ issue: Issue) -> DocumentValue {
        var map = MapBuilder()
        map.add("id", issue.id)
        map.add("question", issue.question)
        map.add("subject", issue.subject)
        map.add("description", issue.description)
        return map.value
    }

    static func document(_ position: Position) -> DocumentValue {
        var map = MapBuilder()
        map.add("actor", position.actor)
        map.add("issue", position.issue)
        map.add("stance", position.stance.name)
        map.add("date", position.date)
        map.add("note", position.note)
        map.add("evidence", list: position.evidence.map(document))
        return map.value
    }
}
