import Testing
@testable import Graphviz

@Suite struct DOTReaderTests {
    @Test func readsNodesAndEdgesInOrderOfMention() throws {
        let graphs = try DOTReader.read("digraph g { b -> a [label=\"x\"]; a -> c; node [shape=box]; d }")
        let graph = try #require(graphs.first)
        #expect(graphs.count == 1)
        #expect(graph.name == "g")
        #expect(graph.isDirected && !graph.isStrict)
        #expect(graph.nodes.map(\.name) == ["b", "a", "c", "d"])
        #expect(graph.edges.map { "\(graph.nodes[$0.tail].name)>\(graph.nodes[$0.head].name)" } == ["b>a", "a>c"])
        #expect(graph.edges[0].attributes["label"] == "x")
        #expect(graph.edges[1].attributes["label"] == nil, "empty defaults are left out")
        #expect(graph.nodes[3].attributes["shape"] == "box", "defaults declared before a node apply to it")
        #expect(graph.nodes[0].attributes["shape"] == nil)
    }

    @Test func expandsSubgraphEdgesAndMergesStrictDuplicates() throws {
        let fanOut = try #require(try DOTReader.read("digraph { a -> {b c} -> d }").first)
        #expect(fanOut.edges.count == 4, "a→b, a→c, b→d, c→d")
        let strict = try #require(try DOTReader.read("strict graph { a -- b; b -- a; a -- b }").first)
        #expect(strict.isStrict && !strict.isDirected)
        #expect(strict.edges.count == 1)
    }

    @Test func flagsHTMLLabelsAndDecodesLatin1() throws {
        let html = try #require(try DOTReader.read("digraph { a [label=<<b>Bold</b> text>] }").first)
        #expect(html.nodes[0].htmlAttributes == ["label"])
        #expect(html.nodes[0].attributes["label"] == "<b>Bold</b> text")
        let latin1: [UInt8] = Array("graph { charset=latin1; a [label=\"".utf8) + [0xE9, 0xE8] + Array("\"] }".utf8)
        let graph = try #require(try DOTReader.read(bytes: latin1).first)
        #expect(graph.nodes[0].attributes["label"] == "éè")
    }

    @Test func readsEveryGraphOfAFile() throws {
        let graphs = try DOTReader.read("graph one { a -- b }\ndigraph two { x -> y -> z }\n")
        #expect(graphs.map(\.name) == ["one", "two"])
        #expect(graphs.map(\.edges.count) == [1, 2])
    }

    @Test func reportsTheLineOfASyntaxError() {
        #expect {
            _ = try DOTReader.read("digraph {\n  a -> b\n  c -> -> d\n}\n")
        } throws: { error in
            let error = error as? GraphvizError
            return error?.line == 3 && error?.message.contains("syntax error") == true
        }
        // The failure does not leak into the next read.
        #expect((try? DOTReader.read("digraph { a -> b }"))?.first?.edges.count == 1)
    }

    @Test func emptyTextHoldsNoGraph() throws {
        #expect(try DOTReader.read("").isEmpty)
        #expect(try DOTReader.read("  // only a comment\n").isEmpty)
    }
}
