import Foundation

/// The texts of a graph's sources, read from a folder (each source's `file` inside it), cut into
/// sentences once for every question asked of them.
public struct SourceTexts: Sendable {
    /// One source's text and sentences.
    public struct Text: Sendable {
        public var source: Source
        public var sentences: [SourceSentence]
        /// The whole text as the quote check compares it (white space collapsed, quotes and dashes
        /// straightened), and where each sentence lies in it.
        var normalised: String
        var sentenceRanges: [Range<String.Index>]
    }

    /// The texts found, in the graph's source order.
    public let texts: [Text]
    /// Sources that name no file, or whose file is missing or unreadable.
    public let problems: [Diagnostic]

    /// Only the text of source `id`.
    public func only(_ id: String) -> SourceTexts {
        SourceTexts(texts: texts.filter { $0.source.id == id }, problems: problems)
    }

    private init(texts: [Text], problems: [Diagnostic]) {
        self.texts = texts
        self.problems = problems
    }

    /// Reads every source's file from `directory`.
    ///
    /// - Complexity: O(n) in the texts' length.
    public init(_ graph: StakeholderGraph, directory: String) {
        var texts: [Text] = []
        var problems: [Diagnostic] = []
        for source in graph.sources {
            guard let file = source.file else {
                problems.append(Diagnostic(.warning, at: source.location, "source '\(source.id)' names no 'file', so its text cannot be read"))
                continue
            }
            let data: Data
            do {
                data = try SourceFileReader.contents(of: file, in: directory, sourceID: source.id)
            } catch {
                problems.append(Diagnostic(.error, at: source.fileLocation ?? source.location, error.reason))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.error, at: source.fileLocation ?? source.location, "source file '\(file)' is not UTF-8 text"))
                continue
            }
            texts.append(Self.text(of: source, text))
        }
        self.texts = texts
        self.problems = problems
    }

    static func text(of source: Source, _ text: String) -> Text {
        let sentences = SentenceSplitter.sentences(of: text)
        var normalised = ""
        var ranges: [Range<String.Index>] = []
        var offsets: [(Int, Int)] = []
        for sentence in sentences {
            if !normalised.isEmpty { normalised += " " }
            let start = normalised.count
            normalised += QuoteCheck.normalise(sentence.text)
            offsets.append((start, normalised.count))
        }
        for (start, end) in offsets {
            ranges.append(normalised.index(normalised.startIndex, offsetBy: start)..<normalised.index(normalised.startIndex, offsetBy: end))
        }
        return Text(source: source, sentences: sentences, normalised: normalised, sentenceRanges: ranges)
    }

    /// Which sentences of `text` the quotes cover: a quote covers every sentence its text (each
    /// part of it, where an ellipsis leaves something out) overlaps.
    static func citedSentences(of text: Text, quotes: [String]) -> Set<Int> {
        var cited = Set<Int>()
        for quote in quotes {
            let parts = QuoteElision.parts(of: quote).map(QuoteCheck.normalise)
            var searchFrom = text.normalised.startIndex
            for part in parts {
                guard let found = text.normalised.range(of: part, range: searchFrom..<text.normalised.endIndex) else { break }
                for (index, range) in text.sentenceRanges.enumerated() where range.overlaps(found) { cited.insert(index) }
                searchFrom = found.upperBound
            }
        }
        return cited
    }
}
