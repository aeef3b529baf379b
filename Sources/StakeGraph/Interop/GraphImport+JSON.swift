extension GraphImport {
    /// Writes `graph` in stakegraph's format as JSON and reads it back, so that what `import`
    /// writes always validates; JSON reads back much faster than YAML at a million relations.
    ///
    /// - Throws: `ImportDefect` if the text does not read back without errors.
    public static func json(for graph: StakeholderGraph) throws(ImportDefect) -> String {
        let text = JSONText.write(graph.document)
        let check = GraphReader.read(text: text, path: "imported.json")
        if check.diagnostics.hasErrors { throw ImportDefect(diagnostics: Diagnostics(check.diagnostics.errors)) }
        return text
    }
}
