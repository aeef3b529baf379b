/// Candidate relations as YAML entries to paste under a graph file's `relations:` (indented two
/// spaces, as `stakegraph import` and the seed graph write them), each with a comment saying where
/// it comes from and what to check.
public enum SuggestionYAML {
    /// The snippets, in the candidates' order.
    public static func write(_ candidates: [RelationSuggester.Candidate], in graph: StakeholderGraph) -> String {
        var out = "# \(candidates.count) candidate relation\(candidates.count == 1 ? "" : "s") from the sources' sentences: check each one,\n"
        out += "# fix its direction and type, keep the part of the sentence that says it, and paste it under relations:.\n"
        var lastSource: String?
        for candidate in candidates {
            if candidate.source != lastSource {
                let title = graph.source(id: candidate.source)?.title ?? candidate.source
                out += "\n  # ── \(candidate.source): \(oneLine(title))\n"
                lastSource = candidate.source
            }
            var notes = ["paragraph \(candidate.sentence.paragraph), sentence \(candidate.sentence.number)", "trigger \"\(oneLine(candidate.trigger))\""]
            if candidate.passive { notes.append("passive: the actor after \"by\" acts") }
            notes += candidate.readings.map { "read \(oneLine($0))" }
            if !candidate.negations.isEmpty { notes.append("NEGATED? (\(candidate.negations.joined(separator: ", ")))") }
            if !candidate.hedges.isEmpty { notes.append("HEDGED? (\(candidate.hedges.joined(separator: ", ")))") }
            out += "  # \(notes.joined(separator: "; "))\n"
            out += "  - from: \(candidate.from)\n    to: \(candidate.to)\n    type: \(candidate.type)\n"
            if let date = candidate.date { out += "    date: \(date)\n" }
            out += "    evidence:\n      - source: \(candidate.source)\n        quote: \(quoted(candidate.sentence.text))\n"
        }
        return out
    }

    /// A YAML double-quoted scalar: backslash, double quote and every control character escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text for a comment line: line breaks and controls become spaces.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" || $0.value == 0x7F ? " " : $0 }))
    }
}
