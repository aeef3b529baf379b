extension JSONText {
    /// `graph.document` as JSON into `out`, the same text as `write(graph.document)`, one
    /// relation at a time: the relations' document tree and the whole text are never in memory
    /// (an export of a million relations held 1.3 GB).
    ///
    /// - Complexity: O(size of the text) time; memory for the other sections' documents, one
    ///   relation's, and one chunk of text (`TextSink`).
    static func write(_ graph: StakeholderGraph, to out: inout TextSink) {
        var sections = graph.documentHead.map { ($0.0, Optional($0.1)) }
        if !graph.relations.isEmpty { sections.append(("relations", nil)) }
        sections += graph.documentTail.map { ($0.0, Optional($0.1)) }
        out.write("{")
        for (offset, (key, value)) in sections.enumerated() {
            var text = offset > 0 ? ",\n  " : "\n  "
            text += quoted(key) + ": "
            if let value {
                write(value, indent: 1, into: &text)
                out.write(text)
                continue
            }
            out.write(text + "[")
            for (index, relation) in graph.relations.enumerated() {
                var item = index > 0 ? ",\n    " : "\n    "
                write(StakeholderGraph.document(relation), indent: 2, into: &item)
                out.write(item)
            }
            out.write("\n  ]")
        }
        out.write("\n}\n")
    }
}
