import Foundation

/// Checks that every evidence quote appears verbatim in its source document.
///
/// "Verbatim" allows for typography only: runs of white space count as one space, curly quotes
/// as straight ones and every dash as a hyphen, because copying from a web page changes those
/// and nothing else (`SourceText`). A quote may leave text out with an elision mark (`…`, `...`,
/// `[…]`): each of its parts must then be in the source verbatim, in order, within one paragraph.
/// A quote not found is reported with the nearest passage of the source (`NearestPassage`).
public enum QuoteCheck {
    /// Diagnostics for quotes not found in `directory/<source file>`, for sources whose file is
    /// missing, and a warning for evidence whose source names no file.
    ///
    /// - Complexity: each source text is read and indexed once, in O(n); each quote is then found
    ///   in about O(c · m) (see `SourceText.occurrences(of:)`), independent of the text's length
    ///   for quotes of three words or more.
    public static func check(_ graph: StakeholderGraph, sourcesDirectory directory: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var texts: [String: SourceText?] = [:]
        func text(of source: Source) -> SourceText? {
            if let cached = texts[source.id] { return cached }
            var loaded: SourceText?
            if let file = source.file {
                do {
                    let data = try SourceFileReader.contents(of: file, in: directory, sourceID: source.id)
                    loaded = SourceText(String(decoding: data, as: UTF8.self))
                } catch {
                    diagnostics.append(Diagnostic(.error, at: source.fileLocation ?? source.location, error.reason))
                }
            } else {
                diagnostics.append(Diagnostic(.warning, at: source.location,
                                              "source '\(source.id)' names no 'file', so its quotes cannot be checked"))
            }
            texts[source.id] = .some(loaded)
            return loaded
        }
        let evidence = graph.relations.flatMap(\.evidence) + graph.positions.flatMap(\.evidence)
        // A record reference points into a data set; it has no quote to find.
        for item in evidence where !item.isRecordReference {
            guard let source = graph.source(id: item.source), let document = text(of: source) else { continue }
            if let problem = problem(with: item.quote, in: document, file: source.file ?? source.id) {
                diagnostics.append(Diagnostic(.error, at: item.location, problem))
            }
        }
        return diagnostics
    }

    /// Checks the quotes against the texts in the graph's own `sources-dir`; an error at that
    /// value when the directory does not exist. Nil when the graph names no `sources-dir`.
    public static func checkOwnSources(_ graph: StakeholderGraph) -> [Diagnostic]? {
        guard let directory = graph.sourcesDirectory else { return nil }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else {
            let written = graph.info.sourcesDirectory ?? directory
            let location = graph.info.sourcesDirectoryLocation ?? SourceLocation(file: graph.path, line: 1, column: 1)
            let resolved = written == directory ? "" : " (\(directory), relative to the graph file)"
            let problem = exists ? "is a file, not a folder" : "does not exist"
            return [Diagnostic(.error, at: location, "sources directory '\(written)'\(resolved) \(problem), so no quote can be checked")]
        }
        return check(graph, sourcesDirectory: directory)
    }

    /// The quote's text as compared: white space collapsed, quotes straightened, dashes made hyphens.
    public static func normalise(_ text: String) -> String {
        var breaks: [Int] = []
        return SourceText.normalise(text, paragraphBreaks: &breaks)
    }

    /// What is wrong with `quote` as a quote of `document`, or nil when it is there.
    static func problem(with quote: String, in document: SourceText, file: String) -> String? {
        let normalised = normalise(quote)
        let shown = normalised.count > 60 ? normalised.prefix(57) + "…" : Substring(normalised)
        guard QuoteElision.hasElision(normalised) else {
            let bytes = Array(normalised.utf8)
            if document.contains(bytes) { return nil }
            return "quote \"\(shown)\" is not in \(file) verbatim" + suggestion(for: bytes, in: document, of: "")
        }
        let parts = QuoteElision.parts(of: normalised).map { Array($0.utf8) }
        var occurrences: [[Int]] = []
        for part in parts {
            let found = document.occurrences(of: part)
            if found.isEmpty {
                return "quote \"\(shown)\" is not in \(file): its part \"\(String(decoding: part, as: UTF8.self))\" is not there verbatim"
                    + suggestion(for: part, in: document, of: " of the part")
            }
            occurrences.append(found)
        }
        if matchesInOneParagraph(parts, occurrences, in: document) { return nil }
        return "quote \"\(shown)\" is not in \(file): its parts are there, but not in this order within one paragraph"
    }

    /// Whether the parts, found at `occurrences` (each in order), follow one another in one
    /// paragraph. For each place of the first part, the earliest place of each next part after
    /// the previous one is the best choice, so one pass per first place decides.
    ///
    /// - Complexity: O(f · k · log c) for f places of the first part and k parts.
    private static func matchesInOneParagraph(_ parts: [[UInt8]], _ occurrences: [[Int]], in document: SourceText) -> Bool {
        guard let firstPlaces = occurrences.first else { return true }
        return firstPlaces.contains { first in
            let limit = document.paragraph(at: first).upperBound
            var end = first + parts[0].count
            guard end <= limit else { return false }
            for (part, places) in zip(parts, occurrences).dropFirst() {
                guard let place = firstPlace(atOrAfter: end, in: places), place + part.count <= limit else { return false }
                end = place + part.count
            }
            return true
        }
    }

    /// The first of `places` (sorted) at or after `offset`.
    private static func firstPlace(atOrAfter offset: Int, in places: [Int]) -> Int? {
        var low = 0, high = places.count
        while low < high {
            let middle = (low + high) / 2
            if places[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < places.count ? places[low] : nil
    }

    /// `; did you mean: "…"` with the nearest passage, or a note that none is near.
    private static func suggestion(for pattern: [UInt8], in document: SourceText, of what: String) -> String {
        guard let passage = NearestPassage(to: pattern, in: document) else { return ", and no passage there is near it" }
        return "; did you mean: \"\(passage.shown)\" (the first difference is at character \(passage.differsAt)\(what))"
    }
}
