import Foundation
import StakeGraph

/// JSON printing shared by every command: sorted keys and two-space indentation, so output is
/// stable for scripts and diffs.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws { Terminal.write(try text(value) + "\n") }

    static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        // Foundation pretty-prints an empty list or object as "[", an empty line, and "]", at
        // any depth. A string never holds a raw line break, so this touches only structure.
        return jsonEscapingControls(text.replacingOccurrences(of: #"\[\n\s*\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\n\s*\}"#, with: "{}", options: .regularExpression))
    }

    /// The encoder escapes C0 controls but writes DEL, C1 controls and bidirectional controls
    /// raw; these can only stand inside strings (the structure is ASCII), so `\uHHHH` keeps the
    /// JSON valid and the terminal safe.
    private static func jsonEscapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: String.needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if String.needsEscape(scalar) && scalar != "\t" && scalar != "\r" {
                let digits = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// An actor as the JSON of `actors` and `show` prints it.
struct ActorRecord: Encodable {
    var id: String
    var name: String
    var kind: String
    var country: String?
    var aliases: [String]
    var description: String?
    var url: String?

    init(_ actor: Actor) {
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
        country = actor.country
        aliases = actor.aliases
        description = actor.description
        url = actor.url
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(country, forKey: .country)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(description, forKey: .description)
        try container.encodeIfPresent(url, forKey: .url)
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, country, aliases, description, url }
}

/// Evidence as JSON: `{"source", "quote"}` (DESIGN.md's path shape), plus the note if any.
struct EvidenceRecord: Encodable {
    var source: String
    var quote: String
    var note: String?
    /// A record reference's record (then `quote` is empty); left out of the JSON for a quote.
    var record: String?
    /// How a terminal shows it (`Evidence.cited`); not encoded.
    let cited: String

    private enum CodingKeys: String, CodingKey { case source, quote, note, record }

    init(_ evidence: Evidence) {
        source = evidence.source
        quote = evidence.quote
        note = evidence.note
        record = evidence.record
        cited = evidence.cited
    }
}

/// A relation as JSON: `from`, `to`, `type`, its label and polarity, `date` (or `start`/`end`
/// for an interval; null when undated), the note and the evidence.
struct RelationRecord: Encodable {
    var from: String
    var to: String
    var type: String
    var label: String
    var polarity: String
    var span: DateSpan
    var note: String?
    var evidence: [EvidenceRecord]

    init(_ relation: Relation, in graph: StakeholderGraph) {
        from = relation.from
        to = relation.to
        type = relation.type
        let relationType = graph.relationType(relation.type)
        label = relationType?.label ?? relation.type
        polarity = relationType?.polarity.rawValue ?? "neutral"
        span = relation.span
        note = relation.note
        evidence = relation.evidence.map(EvidenceRecord.init)
    }

    enum CodingKeys: String, CodingKey { case from, to, type, label, polarity, date, start, end, note, evidence }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(type, forKey: .type)
        try container.encode(label, forKey: .label)
        try container.encode(polarity, forKey: .polarity)
        switch span {
        case .undated: try container.encodeNil(forKey: .date)
        case .on(let date): try container.encode(date.description, forKey: .date)
        case .interval(let start, let end):
            try container.encode(start?.description, forKey: .start)
            try container.encode(end?.description, forKey: .end)
        }
        try container.encodeIfPresent(note, forKey: .note)
        try container.encode(evidence, forKey: .evidence)
    }
}
