/// One machine-coded event as both importers read it: who did what to whom, when, how
/// cooperative or hostile (Goldstein), and where the record comes from.
struct EventRecord {
    /// One end of the event, as the data describes it.
    struct Party {
        /// What tells this actor from every other: GDELT's actor code as written (`USAGOV`, the
        /// ethnic-group code `dal`), ICEWS's name and country.
        var key: String
        /// The actor code to keep as a field (GDELT), if any.
        var code: String?
        var name: String
        /// The country as the data writes it: a CAMEO code (GDELT) or an English name (ICEWS).
        var country: String?
        var kind: ActorKind?
        var tags: [String]
        /// Where the actor's block starts, for messages.
        var column: Int
    }

    var line: Int
    var source: Party
    var target: Party
    /// The CAMEO code as written (`043`).
    var code: String
    var codeColumn: Int
    /// The score as the row gives it (nil when it does not).
    var goldstein: Double?
    var goldsteinText: String?
    var date: PartialDate
    /// The event's id in its data set.
    var eventID: String?
    /// The record the evidence points at: the article address (GDELT), the story and sentence (ICEWS).
    var record: String
    /// A note on the evidence (ICEWS's publisher).
    var recordNote: String?
    /// Where it happened, as the data names it.
    var place: String?
    /// For folding ICEWS's mirrored pairs: the story and sentence the event was coded from.
    var sentence: String?
}

/// What one line of an event file gives.
enum EventRow {
    case event(EventRecord)
    /// A line that is fine but is no relation (an event with one actor): a decision, reported
    /// as a warning of its `kind`.
    case skipped(kind: String, column: Int, message: String)
    /// A line that cannot be used: an error at `column`.
    case problem(column: Int, message: String)
}

/// How a row reader turns the lines of its format into events.
protocol EventRowReader {
    /// Whether the format's first line is a header.
    var hasHeader: Bool { get }
    /// Reads the header line; an error message if it lacks what the reader needs.
    mutating func header(_ fields: TabFields) -> String?
    /// The event one line gives.
    func row(_ fields: TabFields, line: Int) -> EventRow
}
