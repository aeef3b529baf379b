import Testing
@testable import StakeGraph

@Suite struct QuoteCheckTests {
    @Test func normalisesWhiteSpaceQuotesAndDashes() {
        #expect(QuoteCheck.normalise("  “Miles  and\n miles” — it’s ") == "\"Miles and miles\" - it's")
        #expect(QuoteCheck.normalise("a\u{2013}b\u{2011}c") == "a-b-c")
    }

    @Test func acceptsQuotesThatDifferOnlyInTypography() throws {
        let graph = try Fixtures.read("mini.yaml").graph
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: Fixtures.path("sources"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func reportsAQuoteThatIsNotInItsSourceWhereItDiverges() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.relations[4].evidence[0].quote = "Acme denied all the claims." }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: Fixtures.path("sources"))
        #expect(diagnostics.map(\.description) == [
            "\(Fixtures.path("mini.yaml")):64:32: error: quote \"Acme denied all the claims.\" is not in paper.txt verbatim; it matches up to character 13 (\"all the claims.\" differs)",
        ])
    }

    @Test func reportsAMissingSourceFileOnceAtItsFileField() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.sources[0].file = "missing.txt" }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: Fixtures.path("sources"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "source file 'missing.txt' of source 'paper' is not in \(Fixtures.path("sources"))")
        #expect(diagnostics.first?.location.line == 10)
    }

    @Test func warnsWhenASourceNamesNoFile() throws {
        let graph = try Fixtures.read("mini.yaml").graph.changing { $0.sources[0].file = nil }
        let diagnostics = QuoteCheck.check(graph, sourcesDirectory: Fixtures.path("sources"))
        #expect(diagnostics.map(\.severity) == [.warning])
    }
}
