import Testing
@testable import StakeGraph

@Suite struct DOTImporterTests {
    @Test func nodesBecomeActorsAndEdgesRelations() throws {
        let dot = """
        digraph "Trade War" {
          us [label="U.S.\\nGovernment", kind=government, country=us];
          hw [label=<<b>Huawei</b> Technologies>, URL="https://huawei.com"];
          us -> hw [label="bans", date="2019-05"];
          us -> hw [type="warns-against", label="security risk"];
          hw -> us;
          hw -> hw [label="lobbies"];
        }
        """
        let imported = try Imports.run(dot, named: "trade.gv")
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        let graph = imported.graph
        #expect(graph.info.id == "trade-war" && graph.info.title == "Trade War")
        #expect(graph.actors.map(\.id) == ["us-government", "huawei-technologies"])
        #expect(graph.actors.map(\.name) == ["U.S. Government", "Huawei Technologies"])
        #expect(graph.actors[0].kind == .government && graph.actors[0].country == "US")
        #expect(graph.actors[1].url == "https://huawei.com")
        #expect(graph.relations.map(\.type) == ["bans", "warns-against", "related-to-directed", "lobbies"])
        #expect(graph.relations[0].span == .on(try PartialDate(parsing: "2019-05")))
        #expect(graph.relations[1].note == "security risk", "a label next to a type is kept as the note")
        #expect(graph.customRelationTypes.map(\.id) == ["related-to-directed", "lobbies"])
        #expect(graph.customRelationTypes[0].directed, "unlabelled edges of a digraph keep their direction")
        #expect(imported.warnings.contains("trade.gv:7:1: relation from 'huawei-technologies' to itself; analysis ignores it"))
    }

    @Test func undirectedGraphsGiveUndirectedTypes() throws {
        let imported = try Imports.run("graph { a -- b [label=supports]; b -- c; c -- a [label=\"cooperates with\"] }", named: "u.gv")
        #expect(imported.graph.relations.map(\.type) == ["supports-undirected", "related-to", "cooperates-with"])
        let twin = try #require(imported.graph.customRelationTypes.first)
        #expect(twin.id == "supports-undirected" && !twin.directed && twin.polarity == .cooperative && twin.weight == 3.4)
    }

    @Test func sameSpellingsShareATypeAndOtherSpellingsAreNotes() throws {
        let imported = try Imports.run("digraph { a -> b [label=\"S(a)\"]; b -> c [label=\"S(A)\"]; c -> a [label=\"S(a)\"] }", named: "fsm.gv")
        #expect(imported.graph.customRelationTypes.map(\.label) == ["S(a)"])
        #expect(imported.graph.relations.map(\.note) == [nil, "S(A)", nil])
    }

    @Test func expandsEscapesAndFallsBackToTheNodeName() {
        #expect(DOTImporter.expand("\\N of \\G\\l", node: "n1", graph: "g") == "n1 of g")
        #expect(DOTImporter.expand("\\T to \\H", node: "", graph: "", tail: "a", head: "b") == "a to b")
        #expect(DOTImporter.htmlText("<b>A &amp; B</b><br/>C") == " A & B  C")
    }

    @Test func namesWithoutLettersGetNumberedIdsAndDuplicatesSuffixes() throws {
        let imported = try Imports.run("digraph { \"日本\" -> \"A b\"; \"a-b\" -> \"A B\" }", named: "x.gv")
        #expect(imported.graph.actors.map(\.id) == ["actor-1", "a-b", "a-b-2", "a-b-3"])
        #expect(imported.graph.actors.map(\.name) == ["日本", "A b", "a-b", "A B"])
    }

    @Test func datesAreCheckedAsTheFileFormatChecksThem() throws {
        // Once, an end before its start got through and the written YAML did not validate.
        let imported = try Imports.run("digraph { a -> b [start=2019, end=2018]; a -> b [date=2019, start=2018]; a -> b [date=\"2019-05\"] }", named: "d.gv")
        #expect(imported.errors.isEmpty)
        #expect(imported.graph.relations.map(\.span) == [.undated, .undated, .on(try PartialDate(parsing: "2019-05"))])
        #expect(imported.warnings.contains("d.gv:1:1: edge a -> b: end 2018 comes before start 2019; the relation is left undated"))
        #expect(throws: Never.self) { _ = try GraphImport.yaml(for: imported.graph, header: "t") }
    }

    @Test func aSyntaxErrorIsLocated() throws {
        let imported = try Imports.run("digraph {\n a -> b\n -> }\n", named: "bad.gv")
        #expect(imported.errors.count == 1)
        #expect(imported.errors.first?.hasPrefix("bad.gv:3:1: Graphviz could not read the DOT text: ") == true, "\(imported.errors)")
        #expect(try Imports.run("", named: "empty.gv").errors == ["empty.gv:1:1: the file holds no DOT graph (it should start with 'digraph' or 'graph')"])
    }

    @Test func namesAreLocatedAtTheLineWhereTheyFirstAppearAsWholeNames() {
        let text = """
        digraph "a graph" {
          a [label="x \\"quoted\\" y"]
          bb -> a
          "two\\
        lines" -> a
        }
        """
        let lines = LineFinder(Array(text.utf8))
        #expect(lines.line(of: "a") == 2, "not line 1, where 'a' is only part of 'digraph'")
        #expect(lines.line(of: "bb") == 3)
        #expect(lines.line(of: "x \"quoted\" y") == 2)
        #expect(lines.line(of: "twolines") == 4, "a backslash-newline joins a quoted string")
        #expect(lines.line(of: "missing") == 1)
    }
}
