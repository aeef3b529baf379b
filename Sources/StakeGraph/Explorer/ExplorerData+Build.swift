extension ExplorerData {
    /// The data of `slice` for the page: its actors in id order, the relations it keeps with
    /// their days in force under no window and under each of `windows`, the edges of the drawing
    /// made from `graph` (an `EdgeBundle` each), and `colorings`.
    ///
    /// - Complexity: O(r · w + r log r) for r relations and w windows.
    init(_ slice: GraphSlice, windows: [EventWindow], colorings: [ExplorerColoring]) {
        let graph = slice.graph
        id = graph.info.id
        // Names the page joins into one line (a path's "A → B → C") are isolated, so a U+202E in
        // one cannot reverse the next (the rule of `BidiIsolation`, as in the reports).
        title = BidiIsolation.isolated(graph.info.title ?? graph.info.id)
        actors = graph.actors.sorted { $0.id < $1.id }.map { actor in
            ActorEntry(id: actor.id, name: BidiIsolation.isolated(actor.name), kind: actor.kind.rawValue, kindLabel: actor.kind.label,
                       country: actor.country, description: actor.description.map(BidiIsolation.isolated),
                       aliases: actor.aliases.map(BidiIsolation.isolated),
                       url: actor.url.flatMap(Self.webURL))
        }
        var usedTypes: [RelationType] = []
        var seen = Set<String>()
        for relation in graph.relations where seen.insert(relation.type).inserted {
            if let type = graph.relationType(relation.type) { usedTypes.append(type) }
        }
        types = usedTypes.map { type in
            TypeEntry(id: type.id, label: type.label, verb: type.verbPhrase, polarity: type.polarity.rawValue,
                      mode: type.mode.rawValue, directed: type.directed, temporality: type.temporality.rawValue)
        }
        let value = { (id: String) in Facets.Value(id: id, label: id.replacingOccurrences(of: "-", with: " ")) }
        facets = Facets(
            polarity: Polarity.allCases.filter { p in usedTypes.contains { $0.polarity == p } }.map { value($0.rawValue) },
            mode: RelationMode.allCases.filter { m in usedTypes.contains { $0.mode == m } }.map { value($0.rawValue) },
            kind: ActorKind.allCases.filter { k in graph.actors.contains { $0.kind == k } }.map { Facets.Value(id: $0.rawValue, label: $0.label) })
        let whole = slice.whole
        relations = graph.relations.map { relation in
            let spans = ([nil] + windows.map { Optional($0) }).map { window -> [Int?]? in
                guard let validity = whole.validity(of: relation, window: window) else { return nil }
                return [validity.first?.number, validity.last?.number]
            }
            return RelationEntry(from: relation.from, to: relation.to, type: relation.type,
                                 date: relation.span == .undated ? nil : relation.span.description,
                                 evidence: relation.evidence.map(Self.entry), valid: spans)
        }
        var indices: [Relation: [Int]] = [:]
        for (index, relation) in graph.relations.enumerated() { indices[relation, default: []].append(index) }
        edges = EdgeBundle.bundles(of: graph, among: Set(graph.actors.map(\.id))).map { bundle in
            var taken: [Int] = []
            for relation in bundle.relations { taken.append(indices[relation]!.removeFirst()) }
            return EdgeEntry(id: bundle.id, directed: bundle.directed, relations: taken)
        }
        sources = Dictionary(uniqueKeysWithValues: graph.sources.map { source in
            (source.id, SourceEntry(title: BidiIsolation.isolated(source.title), publisher: source.publisher, date: source.date?.description,
                                    url: source.url.flatMap(Self.webURL)))
        })
        issues = graph.issues.map { IssueEntry(id: $0.id, question: BidiIsolation.isolated($0.question)) }
        positions = graph.positions.map { position in
            PositionEntry(actor: position.actor, issue: position.issue, stance: position.stance.name,
                          stanceLabel: position.stance.name.replacingOccurrences(of: "-", with: " "),
                          date: position.date?.description, evidence: position.evidence.map(Self.entry))
        }
        stops = Self.stops(of: graph.relations)
        self.windows = windows.map(\.description)
        windowWords = windows.map(\.words)
        self.colorings = colorings
    }

    /// Every date the relations carry (dates, starts and ends), earliest first, as slider stops.
    static func stops(of relations: [Relation]) -> [Stop] {
        var dates = Set<PartialDate>()
        for relation in relations {
            switch relation.span {
            case .undated: break
            case .on(let date): dates.insert(date)
            case .interval(let start, let end): for date in [start, end].compactMap({ $0 }) { dates.insert(date) }
            }
        }
        return dates.sorted { ($0.firstDay, $0.lastDay) < ($1.firstDay, $1.lastDay) }
            .map { Stop(date: $0.description, first: $0.firstDay.number, last: $0.lastDay.number) }
    }

    static func entry(_ evidence: Evidence) -> EvidenceEntry {
        EvidenceEntry(source: evidence.source, quote: evidence.quote, note: evidence.note)
    }

    /// `text` when it is an absolute http(s) URL without spaces or control characters, else nil.
    static func webURL(_ text: String) -> String? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), text.count > 8 else { return nil }
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        return text
    }
}
