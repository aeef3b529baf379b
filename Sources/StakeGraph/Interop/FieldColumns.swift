/// The columns a GraphML or GEXF file declares for a set of rows of fields.
enum FieldColumns {
    /// Every field name of `rows` once, in order of first use, with the value it first had (the
    /// sample that sets the column's type).
    ///
    /// - Complexity: O(f) for f fields in all, through a set of the names seen: a search of the
    ///   list was quadratic in the names (one `stance:<issue>` per issue: 20,000 issues took
    ///   36 s as GraphML).
    static func firstUses(in rows: [[(String, DocumentValue)]]) -> [(String, DocumentValue)] {
        var seen: [(String, DocumentValue)] = []
        var names = Set<String>()
        for row in rows { for (name, value) in row where names.insert(name).inserted { seen.append((name, value)) } }
        return seen
    }
}
