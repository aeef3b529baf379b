/// A Kumu JSON blueprint: `elements` (the actor's name as `label`, its kind as `type`,
/// `description`, `tags`, its stakegraph `id`, `country`, `aliases`, `url` and custom fields by
/// name) and `connections` (`from` and `to` by label, the relation type's id as `type`,
/// `direction`, its `polarity`; the evidence as the `description`, one `“quote” (source)` a
/// paragraph, else the note; the sources' URLs as `links`; `date` or `start`/`end`, `tags`,
/// custom fields). Sources themselves, issues and positions have no place in a blueprint.
enum KumuWriter {
    /// - Complexity: O(a + r + e) for a actors, r relations and e pieces of evidence.
    static func write(_ graph: StakeholderGraph) -> String {
        let labels = ExportLabels.unique(graph)
        let sources = Dictionary(graph.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var elements: [DocumentValue] = []
        for actor in graph.actors {
            var map = MapBuilder()
            map.add("label", labels[actor.id] ?? actor.name)
            map.add("type", actor.kind.rawValue)
            map.add("description", actor.description)
            map.add("tags", list: actor.tags.map { .string($0) })
            map.add("id", actor.id)
            map.add("country", actor.country)
            map.add("aliases", list: actor.aliases.map { .string($0) })
            map.add("url", actor.url)
            for (name, value) in actor.fields.sorted(by: { $0.key < $1.key }) { map.add(name, value) }
            elements.append(map.value)
        }
        var connections: [DocumentValue] = []
        for relation in graph.relations {
            let type = graph.relationType(relation.type)
            var map = MapBuilder()
            map.add("from", labels[relation.from] ?? relation.from)
            map.add("to", labels[relation.to] ?? relation.to)
            map.add("type", relation.type)
            map.add("direction", (type?.directed ?? true) ? "directed" : "undirected")
            map.add("polarity", (type?.polarity ?? .neutral).rawValue)
            let quotes = relation.evidence.map { "“\($0.quote)” (\(sources[$0.source]?.title ?? $0.source))" }
            map.add("description", quotes.isEmpty ? relation.note : quotes.joined(separator: "\n\n"))
            if !quotes.isEmpty { map.add("note", relation.note) }
            var links: [String] = []
            for evidence in relation.evidence {
                if let url = sources[evidence.source]?.url, !links.contains(url) { links.append(url) }
            }
            map.add("links", list: links.map { .string($0) })
            map.add(relation.span)
            map.add("tags", list: relation.tags.map { .string($0) })
            for (name, value) in relation.fields.sorted(by: { $0.key < $1.key }) { map.add(name, value) }
            connections.append(map.value)
        }
        return JSONText.write(.map([("elements", .list(elements)), ("connections", .list(connections))]))
    }
}
