import Foundation

/// Turns events into a graph: one actor per distinct party (GDELT's actor code, ICEWS's name and
/// country), the relation type and Goldstein score from the CAMEO table, dates from the event
/// date and evidence as a record reference; one relation per event, or per pair, type and period
/// when aggregating (`EventAggregate`).
struct EventGraphBuilder {
    let table: CAMEOTable
    let path: String
    let aggregate: EventImportOptions.Period?
    private(set) var builder: ImportBuilder
    private(set) var decisions = DecisionLog()
    /// Rows that cannot be used.
    private(set) var errors: [Diagnostic] = []
    /// The source every record reference points into.
    private let sourceID: String

    private var actorByKey: [String: Int] = [:]
    private var actorIDs: [String] = []
    private var aliases: [Int: [String]] = [:]
    private var relations: [Relation] = []
    private var groups: [EventAggregate.Key: EventAggregate] = [:]
    private var usedTypes: [String] = []
    private var typeNumber: [String: Int] = [:]
    /// ICEWS codes a symmetric event twice (A→B and B→A from one sentence): the first of each
    /// pair, by sentence, code and ordered actors, with its line.
    private var sentencePairs: [String: Int] = [:]
    private(set) var eventsRead = 0

    init(table: CAMEOTable, path: String, format: ImportFormat, options: EventImportOptions) {
        self.table = table
        self.path = path
        self.aggregate = options.aggregate
        builder = ImportBuilder(path: path, defaultKind: options.defaultKind)
        if format == .icews {
            sourceID = builder.addSource(id: "icews", title: "ICEWS Coded Event Data", publisher: "Harvard Dataverse",
                                         url: "https://doi.org/10.7910/DVN/28075", line: 1)
        } else {
            sourceID = builder.addSource(id: "gdelt", title: "GDELT 2.0 Event Database", publisher: "The GDELT Project",
                                         url: "https://www.gdeltproject.org/", line: 1)
        }
    }

    func location(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(file: path, line: line, column: column) }

    mutating func error(line: Int, column: Int, _ message: String) {
        errors.append(Diagnostic(.error, at: location(line, column), message))
    }

    mutating func note(_ kind: String, line: Int, column: Int = 1, _ message: String) {
        decisions.note(kind, at: location(line, column), message)
    }

    // MARK: Events

    /// Adds one event: its actors when new, and its relation or its share of an aggregate.
    mutating func add(_ event: EventRecord) {
        guard let entry = table.code(event.code) else {
            let hint = Suggestion.hint(for: event.code, in: Array(table.codes.keys))
            error(line: event.line, column: event.codeColumn, "CAMEO code '\(event.code)' is not in the CAMEO codebook\(hint)")
            return
        }
        eventsRead += 1
        let from = actor(event.source, line: event.line)
        let to = actor(event.target, line: event.line)
        let type = relationType(entry, line: event.line, column: event.codeColumn)
        var goldstein = event.goldstein ?? entry.goldstein
        if event.goldstein == nil {
            note("goldstein-from-table", line: event.line, column: event.codeColumn,
                 "the event gives no Goldstein score; used CAMEO \(entry.code)'s \(Self.number(entry.goldstein)) (\(entry.name))")
            goldstein = entry.goldstein
        }
        if from == to {
            note("self", line: event.line, column: event.target.column,
                 "relation from '\(actorIDs[from])' to itself (one actor on both sides of the event); analysis ignores it")
        }
        let directed = table.relationType(type)?.directed ?? true
        if let sentence = event.sentence, !directed {
            let key = "\(sentence)\u{1F}\(entry.code)\u{1F}"
            if let first = sentencePairs[key + "\(to)>\(from)"] {
                note("mirrored", line: event.line,
                     "the event mirrors line \(first) (the same CAMEO \(entry.code) between the same two actors, coded both ways from \(event.record)); '\(type)' is undirected, so they are one relation; left out")
                return
            }
            sentencePairs[key + "\(from)>\(to)"] = event.line
        }
        let evidence = Evidence(source: sourceID, quote: "", note: event.recordNote, location: location(event.line), record: event.record)
        if let aggregate {
            let (low, high) = directed || from < to ? (from, to) : (to, from)
            let key = EventAggregate.Key(from: Int32(low), to: Int32(high), type: Int32(typeNumber[type]!),
                                         period: Int32(aggregate.period(of: event.date)))
            groups[key, default: EventAggregate(line: event.line)].add(code: entry.code, goldstein: goldstein, date: event.date,
                                                                       evidence: evidence)
            return
        }
        var fields = ["cameo": entry.code, "goldstein": event.goldsteinText ?? Self.number(goldstein)]
        if let id = event.eventID { fields["event-id"] = id }
        if let place = event.place { fields["place"] = place }
        relations.append(Relation(from: actorIDs[from], to: actorIDs[to], type: type, span: .on(event.date), note: nil,
                                  evidence: [evidence], location: location(event.line), fields: fields))
    }

    /// The index of the actor `party` describes, adding it when new.
    private mutating func actor(_ party: EventRecord.Party, line: Int) -> Int {
        if let index = actorByKey[party.key] {
            let name = displayName(party.name)
            if builder.actors[index].name != name, aliases[index, default: []].count < 5, !aliases[index, default: []].contains(name) {
                aliases[index, default: []].append(name)
            }
            return index
        }
        var preferred: String?
        if let code = party.code {
            if code.contains(where: \.isLowercase) {
                // GDELT writes ethnic-group codes in lower case: `mar` (Marathi) is not `MAR` (Morocco).
                var split = ""
                for character in code {
                    if character.isUppercase, let last = split.last, last.isLowercase { split.append("-") }
                    split.append(character)
                }
                preferred = "ethnic-" + Identifier.kebabCase(split)
                note("lowercase-code", line: line, column: party.column,
                     "actor code '\(code)' is lower case, as GDELT writes ethnic-group codes (it is not '\(code.uppercased())'); its id is '\(preferred!)'")
            } else {
                preferred = Identifier.kebabCase(code)
            }
        }
        let country = countryCode(party, line: line)
        let id = builder.addActor(id: preferred, name: displayName(party.name), kind: party.kind, country: country,
                                  tags: party.tags, fields: party.code.map { ["cameo-code": $0] } ?? [:], line: line)
        actorByKey[party.key] = actorIDs.count
        actorIDs.append(id)
        return actorIDs.count - 1
    }

    /// GDELT writes names in capitals (`UNITED KINGDOM`); they read better as `United Kingdom`.
    private func displayName(_ name: String) -> String {
        name.contains(where: \.isLowercase) ? name : name.capitalized
    }

    /// The alpha-2 code of the party's country: from a CAMEO code (GDELT) or an English name (ICEWS).
    private mutating func countryCode(_ party: EventRecord.Party, line: Int) -> String? {
        guard let text = party.country else { return nil }
        if party.code != nil {
            if let code = table.country(cameo: text) { return code }
            note("region", line: line, column: party.column,
                 "country code '\(text)' of actor '\(party.key)' is a CAMEO region or group, not an ISO 3166 country; the actor has no country")
            return nil
        }
        if let code = table.country(named: text) { return code }
        note("country", line: line, column: party.column, "country '\(text)' of actor '\(party.name)' is not an ISO 3166 country name; left out")
        return nil
    }

    /// The relation type of a CAMEO code, declaring a type of the table's own on its first use.
    private mutating func relationType(_ entry: CAMEOTable.Code, line: Int, column: Int) -> String {
        if typeNumber[entry.type] == nil {
            typeNumber[entry.type] = usedTypes.count
            usedTypes.append(entry.type)
            if Vocabulary.builtInByID[entry.type] == nil {
                note("declared-type \(entry.type)", line: line, column: column,
                     "CAMEO \(entry.code) (\(entry.name)) maps to '\(entry.type)', which the built-in vocabulary lacks: declared under relation-types as the CAMEO table defines it")
            }
        }
        return entry.type
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(format: "%.1f", rounded) : "\(rounded)"
    }

    // MARK: The graph

    /// The graph of every event added, with the diagnostics: errors, then decisions.
    mutating func graph(info: GraphInfo) -> (StakeholderGraph, [Diagnostic]) {
        if let aggregate {
            let typeIDs = usedTypes
            relations = groups.sorted { $0.value.line < $1.value.line }.map { key, group in
                group.relation(from: actorIDs[Int(key.from)], to: actorIDs[Int(key.to)], type: typeIDs[Int(key.type)],
                               period: aggregate.description(of: Int(key.period)), location: location(group.line))
            }
            groups = [:]
        }
        let assembled = builder.graph(info: info)
        var actors = assembled.actors
        for (index, names) in aliases { actors[index].aliases = names }
        let custom = usedTypes.compactMap { table.addedTypes[$0] }
        let graph = StakeholderGraph(path: path, info: info, sources: assembled.sources, actors: actors, relations: relations,
                                     issues: [], positions: [], customRelationTypes: custom)
        relations = []
        return (graph, errors + builder.diagnostics + decisions.all)
    }
}
