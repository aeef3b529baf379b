/// What the explorer page knows of a slice, embedded in it as one JSON block (its shape is what
/// the page's scripts read; `ExplorerData.init(_:windows:colorings:)` builds it).
///
/// Every decision with a rule behind it is made here, by the code the commands use: which days
/// each relation is in force under each event window (`Validity`), what each slider stop means
/// (`--as-of` that date), which actors form a coalition or a community, each actor's stance.
struct ExplorerData: Encodable {
    var id: String
    var title: String
    var actors: [ActorEntry]
    var types: [TypeEntry]
    var facets: Facets
    var relations: [RelationEntry]
    var edges: [EdgeEntry]
    var sources: [String: SourceEntry]
    var issues: [IssueEntry]
    var positions: [PositionEntry]
    var stops: [Stop]
    var windows: [String]
    var windowWords: [String]
    var colorings: [ExplorerColoring]

    /// An actor, in id order: the page's vertex numbering is `Projection`'s.
    struct ActorEntry: Encodable {
        var id: String
        var name: String
        var kind: String
        var kindLabel: String
        var country: String?
        var description: String?
        var aliases: [String]
        var url: String?
    }

    /// A relation type that occurs in the slice.
    struct TypeEntry: Encodable {
        var id: String
        var label: String
        /// The type between two names in a sentence, as `path` writes it.
        var verb: String
        var polarity: String
        var mode: String
        var directed: Bool
        var temporality: String
    }

    /// The values each filter offers: those present in the slice.
    struct Facets: Encodable {
        var polarity: [Value]
        var mode: [Value]
        var kind: [Value]

        struct Value: Encodable {
            var id: String
            var label: String
        }
    }

    /// A relation of the slice, in file order.
    struct RelationEntry: Encodable {
        var from: String
        var to: String
        var type: String
        /// As `relations --format json` writes it; nil when undated.
        var date: String?
        var evidence: [EvidenceEntry]
        /// The days in force, `[first, last]` (nil: open), first without an event window, then
        /// under each of `windows`; nil when the relation is undated.
        var valid: [[Int?]?]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(type, forKey: .type)
            try container.encode(date, forKey: .date)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(valid, forKey: .valid)
        }

        enum CodingKeys: String, CodingKey { case from, to, type, date, evidence, valid }
    }

    struct EvidenceEntry: Encodable {
        var source: String
        var quote: String
        var note: String?
    }

    /// One edge of the drawing (its SVG id) and the relations it stands for.
    struct EdgeEntry: Encodable {
        var id: String
        var directed: Bool
        var relations: [Int]
    }

    struct SourceEntry: Encodable {
        var title: String
        var publisher: String?
        var date: String?
        /// Only an absolute http(s) URL.
        var url: String?
    }

    struct IssueEntry: Encodable {
        var id: String
        var question: String
    }

    struct PositionEntry: Encodable {
        var actor: String
        var issue: String
        var stance: String
        var stanceLabel: String
        var date: String?
        var evidence: [EvidenceEntry]
    }

    /// A stop of the time slider: a date some relation carries, and the days `--as-of` it means.
    struct Stop: Encodable {
        var date: String
        var first: Int
        var last: Int
    }
}
