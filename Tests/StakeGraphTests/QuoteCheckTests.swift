import Foundation
import Testing
@testable import StakeGraph

@Suite struct QuoteCheckTests {
    /// `paper.txt` is a title paragraph, a blank line, and one paragraph of two lines.
    let paper = Fixtures.path("sources")

    /// The diagnostics of the mini graph with its first relation's quote replaced.
    func check(quote: String) throws -> [String] {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.relations[0].evidence[0].quote = quote }
        return QuoteCheck.check(graph, sourcesDirectory: paper).map(\.message)
    }

    @Test func normalisesWhiteSpaceQuotesAndDashes() {
        #expect(QuoteCheck.normalise("  “Miles  and\n miles” — it’s ") == "\"Miles and miles\" - it's")
        #expect(QuoteCheck.normalise("a\u{2013}b\u{2011}c") == "a-b-c")
    }

    @Test func acceptsQuotesThatDifferOnlyInTypography() throws {
        let graph = try Fixtures.read("mini.yaml").graph
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: paper)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func reportsAQuoteThatIsNotInItsSourceWithTheNearestPassage() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.relations[4].evidence[0].quote = "Acme denied all the claims." }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: paper)
        #expect(diagnostics.map(\.description) == [
            "\(Fixtures.path("mini.yaml")):64:32: error: quote \"Acme denied all the claims.\" is not in paper.txt verbatim; did you mean: \"…Acme denied [here]the claims.\" (the first difference is at character 13)",
        ])
    }

    @Test(arguments: ["…", "...", "[…]", "[...]", " … ", "....", "\u{2026}\u{2026}"])
    func anElisionMatchesAnyTextBetweenItsParts(mark: String) throws {
        #expect(try check(quote: "State A has banned\(mark)Acme denied the claims.") == [])
        #expect(try check(quote: "Minister Jane Doe, \(mark) \"We are deeply concerned,\" Doe said.") == [])
    }

    @Test func anElisionAtEitherEndLeavesNothingToFind() throws {
        #expect(try check(quote: "… who runs the Ministry of Wires …") == [])
        #expect(try check(quote: "Acme denied the claims...") == [])
    }

    @Test func partsOutOfOrderAreRefused() throws {
        #expect(try check(quote: "Acme denied the claims. … State A has banned") == [
            "quote \"Acme denied the claims. … State A has banned\" is not in paper.txt: its parts are there, but not in this order within one paragraph",
        ])
    }

    @Test func partsInTwoParagraphsAreRefusedWhereAPlainQuoteAcrossThemIsNot() throws {
        #expect(try check(quote: "about a small dispute. [...] State A has banned") == [
            "quote \"about a small dispute. [...] State A has banned\" is not in paper.txt: its parts are there, but not in this order within one paragraph",
        ])
        // Without an elision a quote is the text with its white space collapsed, blank lines too.
        #expect(try check(quote: "about a small dispute. State A has banned") == [])
    }

    @Test func aMissingPartIsNamedWithItsNearestPassage() throws {
        #expect(try check(quote: "State A has banned … Acme denid the claims.") == [
            "quote \"State A has banned … Acme denid the claims.\" is not in paper.txt: its part \"Acme denid the claims.\" is not there verbatim; did you mean: \"…Acme deni[here]ed the claims.\" (the first difference is at character 10 of the part)",
        ])
    }

    @Test func theNearestPassageInASeedArticleMarksTheTypo() throws {
        let graph = Fixtures.validGraph("""
            graph: {id: typo}
            sources:
              - {id: cnbc, title: CNBC, file: 001_4e1675f2597ce540.txt}
            actors:
              - {id: us, name: US, kind: government}
              - {id: huawei, name: Huawei, kind: firm}
            relations:
              - from: us
                to: huawei
                type: bans
                evidence:
                  - {source: cnbc, quote: "Since 2012, Huawei has been barred from seling equipment in the U.S. because of security concerns"}
                  - {source: cnbc, quote: "the U.S. goverment sees fifth generation, or 5G, network, as part of a new arms race where the winner would gain an economic, intelligence and military edge"}
            """)
        let messages = QuoteCheck.check(graph, sourcesDirectory: Fixtures.seedsDirectory).map(\.message)
        #expect(messages == [
            "quote \"Since 2012, Huawei has been barred from seling equipment …\" is not in 001_4e1675f2597ce540.txt verbatim; did you mean: \"…Since 2012, Huawei has been barred from sel[here]ling equipment in the U.S. because of se…\" (the first difference is at character 44)",
            "quote \"the U.S. goverment sees fifth generation, or 5G, network,…\" is not in 001_4e1675f2597ce540.txt verbatim; did you mean: \"…the U.S. gover[here]nment sees fifth generation, or 5G, netw…\" (the first difference is at character 15)",
        ])
    }

    @Test func aQuoteWithNoPassageNearItSaysSo() throws {
        #expect(try check(quote: "Nothing like this appears in the paper") == [
            "quote \"Nothing like this appears in the paper\" is not in paper.txt verbatim, and no passage there is near it",
        ])
    }

    @Test func reportsAMissingSourceFileOnceAtItsFileField() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.sources[0].file = "missing.txt" }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: paper)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "source file 'missing.txt' of source 'paper' is not in \(paper)")
        #expect(diagnostics.first?.location.line == 10)
    }

    @Test func warnsWhenASourceNamesNoFile() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.sources[0].file = nil }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: paper)
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test func aGraphsOwnSourcesDirectoryIsRelativeToItsFile() throws {
        let text = try String(contentsOfFile: Fixtures.path("mini.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  title: \"A small dispute\"\n", with: "  title: \"A small dispute\"\n  sources-dir: sources\n")
        let graph = Fixtures.validGraph(text, path: Fixtures.path("copy-of-mini.yaml"))
        #expect(graph.info.sourcesDirectory == "sources")
        #expect(graph.sourcesDirectory == paper)
        #expect(QuoteCheck.checkOwnSources(graph) == [])
        let broken = graph.changing { $0.relations[0].evidence[0].quote = "State A has banned Acme since 2013." }
        #expect(QuoteCheck.checkOwnSources(broken)?.count == 1)
    }

    @Test func aSourcesDirectoryIsResolvedAgainstTheGraphsFolderUnlessAbsolute() {
        func resolved(_ directory: String, for path: String) -> String? {
            Fixtures.validGraph("graph: {id: g, sources-dir: \"\(directory)\"}", path: path).sourcesDirectory
        }
        #expect(resolved("texts", for: "Graphs/g.yaml") == "Graphs/texts")
        #expect(resolved("../texts", for: "/data/Graphs/g.yaml") == "/data/Graphs/../texts")
        #expect(resolved("texts", for: "g.yaml") == "texts")
        #expect(resolved("/srv/texts", for: "Graphs/g.yaml") == "/srv/texts")
        #expect(Fixtures.validGraph("graph: {id: g}").sourcesDirectory == nil)
    }

    @Test func aMissingSourcesDirectoryIsAnErrorAtItsValue() {
        let graph = Fixtures.validGraph("graph:\n  id: g\n  sources-dir: no-such-texts\n", path: "/nonexistent-graphs/g.yaml")
        let diagnostics = QuoteCheck.checkOwnSources(graph) ?? []
        #expect(diagnostics.map(\.description) == [
            "/nonexistent-graphs/g.yaml:3:16: error: sources directory 'no-such-texts' (/nonexistent-graphs/no-such-texts, relative to the graph file) does not exist, so no quote can be checked",
        ])
        #expect(QuoteCheck.checkOwnSources(Fixtures.validGraph("graph: {id: g}")) == nil)
        let file = Fixtures.validGraph("graph: {id: g, sources-dir: mini.yaml}", path: Fixtures.path("g.yaml"))
        #expect(QuoteCheck.checkOwnSources(file)?.map(\.message) == [
            "sources directory 'mini.yaml' (\(Fixtures.path("mini.yaml")), relative to the graph file) is a file, not a folder, so no quote can be checked",
        ])
    }

    /// 2,000 quotes (found, elided and missing) against a text of about 1 MB: each text is
    /// indexed once, so the check takes seconds (debug build), even with short parts whose inner word is in every sentence.
    @Test func manyQuotesAgainstALargeTextStayFast() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sentences = (0..<16_000).map { "Paragraph \($0) says that actor \($0 % 97) warned agency \($0 % 89) in month \($0 % 12)." }
        let article = stride(from: 0, to: sentences.count, by: 4).map { sentences[$0..<min($0 + 4, sentences.count)].joined(separator: " ") }
            .joined(separator: "\n\n")
        try article.write(to: directory.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        #expect(article.utf8.count > 900_000)
        var quotes: [String] = []
        for index in 0..<2_000 {
            let n = index * 6
            switch index % 4 {
            case 0: quotes.append(sentences[n])
            case 1: quotes.append("Paragraph \(n) says … in month \(n % 12).")
            case 2: quotes.append("Paragraph \(n) says that actor \(n % 97) warnd agency")
            default: quotes.append("Paragraph \(n) says [...] Paragraph \(n - 1) says")
            }
        }
        let evidence = quotes.map { "      - {source: big, quote: \"\($0)\"}" }.joined(separator: "\n")
        let graph = Fixtures.validGraph("""
            graph: {id: big}
            sources:
              - {id: big, title: Big, file: big.txt}
            actors:
              - {id: a, name: A, kind: firm}
              - {id: b, name: B, kind: firm}
            relations:
              - from: a
                to: b
                type: bans
                evidence:
            \(evidence)
            """)
        let started = Date()
        let messages = QuoteCheck.check(graph, sourcesDirectory: directory.path).map(\.message)
        let seconds = Date().timeIntervalSince(started)
        #expect(messages.count == 1_000)
        #expect(messages.filter { $0.contains("warn[here]ed agency") }.count == 500)
        #expect(messages.filter { $0.contains("not in this order") }.count == 500)
        #expect(seconds < 30, "took \(seconds) s")
    }
}
