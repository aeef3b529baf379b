/// Warnings about decisions that repeat row after row (an event without a second actor, a score
/// taken from the table): the first few of each kind with their line, then one warning with how
/// many more there were, so a file of millions of rows does not print millions of lines.
struct DecisionLog {
    /// How many of each kind are reported with their own line.
    static let shownPerKind = 10

    private(set) var diagnostics: [Diagnostic] = []
    private var counts: [String: Int] = [:]
    /// Of each kind past the limit: the first such line, its message, and how many there were.
    private var overflow: [String: (location: SourceLocation, message: String, count: Int)] = [:]
    private var order: [String] = []

    /// Reports one decision of `kind`.
    mutating func note(_ kind: String, at location: SourceLocation, _ message: String) {
        let count = counts[kind, default: 0] + 1
        counts[kind] = count
        if count <= Self.shownPerKind {
            diagnostics.append(Diagnostic(.warning, at: location, message))
        } else if overflow[kind] == nil {
            overflow[kind] = (location, message, 1)
            order.append(kind)
        } else {
            overflow[kind]!.count += 1
        }
    }

    /// How many decisions of `kind` were taken.
    func count(_ kind: String) -> Int { counts[kind, default: 0] }

    /// Every warning: the ones shown, and one per kind that had more.
    var all: [Diagnostic] {
        diagnostics + order.map { kind in
            let more = overflow[kind]!
            return Diagnostic(.warning, at: more.location,
                              "\(more.message) — and so on for \(more.count) more row\(more.count == 1 ? "" : "s") (\(counted(counts[kind]!, "row")) in all)")
        }
    }
}
