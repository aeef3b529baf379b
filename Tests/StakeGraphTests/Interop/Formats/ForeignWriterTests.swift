import Foundation
import Testing
@testable import StakeGraph

/// The GML, Pajek, DL, NCOL and Kumu writers: the syntax each format's readers need, and what a
/// round trip through stakegraph's own importer keeps.
@Suite struct ForeignWriterTests {
    /// A graph with an undirected cooperative type, a custom field with a space, a quote and an
    /// ampersand in a name, a source URL and dates of two kinds.
    static let graph = Fixtures.validGraph("""
        graph: {id: t}
        sources:
          - {id: s1, title: "Daily Wire", url: "https://example.org/a"}
        actors:
          - {id: a, name: "Acme \\"Kit\\" & Co", kind: firm, country: CN, aliases: [Acme], fields: {seat city: Köln}}
          - {id: b, name: State B, kind: government, tags: [eu]}
          - {id: c, name: Lone, kind: group}
        relations:
          - {from: b, to: a, type: bans, start: "2012", evidence: [{source: s1, quote: "B bans Acme."}]}
          - {from: a, to: b, type: cooperates-with, date: "2019-05", note: "a deal"}
          - {from: b, to: c, type: leads}
        """)

    static func text(_ format: ExportFormat) throws -> String {
        try GraphExport.text(GraphSlice(graph), format: format)
    }

    @Test func gmlKeysAreGMLAndStringsAreASCIIWithReferences() throws {
        let gml = try Self.text(.gml)
        #expect(gml.hasPrefix("graph [\n  directed 1\n  multigraph 1\n"))
        #expect(gml.contains("name \"Acme &quot;Kit&quot; &amp; Co\""))
        #expect(gml.contains("field_seat_city \"K&#246;ln\""))
        #expect(gml.contains("key \"r2\"") && gml.contains("directed 0"))
        let ascii = gml.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii)
    }

    @Test func gmlRoundTripKeepsActorsAndRelations() throws {
        let back = try FormatFixtures.roundTrip(Self.graph, .gml, as: .gml)
        #expect(back.errors.isEmpty)
        #expect(back.graph.actors.map(\.id) == ["a", "b", "c"])
        #expect(back.actor("a")?.name == "Acme \"Kit\" & Co" && back.actor("a")?.aliases == ["Acme"] && back.actor("a")?.country == "CN")
        #expect(back.actor("a")?.fields == ["seat_city": "Köln"])
        #expect(back.graph.relations.map(\.type) == ["bans", "cooperates-with", "leads"])
        #expect(back.graph.relations.map(\.span.description) == ["2012–", "2019-05", ""])
        #expect(back.graph.relations[0].evidence.map(\.quote) == ["B bans Acme."])
    }

    @Test func gexfRoundTripKeepsPartialDates() throws {
        let back = try FormatFixtures.roundTrip(Self.graph, .gexf, as: .gexf)
        #expect(back.errors.isEmpty)
        #expect(back.graph.relations.map(\.span.description) == ["2012–", "2019-05", ""])
        #expect(back.actor("a")?.fields == ["seat city": "Köln"])
    }

    @Test func pajekWritesSignedWeightsTypesAsLabelsAndUndirectedTiesAsEdges() throws {
        let net = try Self.text(.pajek)
        let lines = net.split(separator: "\n").map(String.init)
        #expect(lines[1] == "*Vertices 3" && lines[2] == "1 \"Acme 'Kit' & Co\"")
        let arcs = try #require(lines.firstIndex(of: "*Arcs")), edges = try #require(lines.firstIndex(of: "*Edges"))
        #expect(Array(lines[(arcs + 1)..<edges]) == ["2 1 -1 l \"bans\"", "2 3 0 l \"leads\""])
        #expect(Array(lines[(edges + 1)...]) == ["1 2 1 l \"cooperates-with\""])
        let back = try FormatFixtures.roundTrip(Self.graph, .pajek, as: .pajek)
        #expect(back.graph.relations.map(\.type).sorted() == ["bans", "cooperates-with", "leads"])
    }

    @Test func dlPutsTheFormatOnItsOwnLineAndLabelsByID() throws {
        let dl = try Self.text(.dl)
        #expect(dl == "dl n=3\nformat = edgelist1\nlabels:\na,\nb,\nc\ndata:\n2 1 -1\n1 2 1\n2 3 0\n")
        let back = try FormatFixtures.roundTrip(Self.graph, .dl, as: .dl)
        let polarity = back.graph.relations.map { back.graph.relationType($0.type)?.polarity }
        #expect(polarity == [.hostile, .cooperative, .neutral])
    }

    @Test func ncolListsEachRelationWithItsSign() throws {
        let ncol = try Self.text(.ncol)
        #expect(ncol == "b a -1\na b 1\nb c 0\n")
    }

    @Test func kumuDescribesConnectionsByTheirEvidenceAndLinksTheSources() throws {
        let json = try Self.text(.kumu)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]])
        let elements = try #require(object["elements"]), connections = try #require(object["connections"])
        #expect(elements.map { $0["label"] as? String } == ["Acme \"Kit\" & Co", "State B", "Lone"])
        #expect(elements[0]["type"] as? String == "firm" && elements[0]["seat city"] as? String == "Köln")
        #expect(connections[0]["description"] as? String == "“B bans Acme.” (Daily Wire)")
        #expect(connections[0]["links"] as? [String] == ["https://example.org/a"])
        #expect(connections[1]["direction"] as? String == "undirected" && connections[1]["description"] as? String == "a deal")
        let back = try FormatFixtures.roundTrip(Self.graph, .kumu, as: .kumu)
        #expect(back.errors.isEmpty)
        #expect(back.graph.actors.map(\.id) == ["a", "b", "c"])
        #expect(back.graph.relations.map(\.type) == ["bans", "cooperates-with", "leads"])
        #expect(back.graph.relations.map(\.span.description) == ["2012–", "2019-05", ""])
    }

    @Test func repeatedNamesGetTheirIDInPajekAndKumuLabels() throws {
        let twins = Fixtures.validGraph("""
            graph: {id: t}
            actors:
              - {id: x, name: Same, kind: group}
              - {id: y, name: Same, kind: group}
            """)
        let net = try GraphExport.text(GraphSlice(twins), format: .pajek)
        #expect(net.contains("1 \"Same (x)\"\n2 \"Same (y)\""))
    }

    @Test(arguments: [("a.gml", ExportFormat.gml), ("a.net", .pajek), ("a.dl", .dl), ("a.ncol", .ncol)])
    func extensionsNameTheExportFormats(name: String, format: ExportFormat) {
        #expect(ExportFormat(path: name) == format)
    }
}
