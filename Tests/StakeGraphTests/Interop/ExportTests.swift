import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StakeGraph

/// Every export of the seed graph read back: by `import` (round trips) or by an XML parser.
@Suite struct ExportTests {
    let seed: StakeholderGraph

    init() throws { seed = try Imports.seedGraph() }

    @Test func jsonAndYAMLRoundTripExactly() throws {
        for format in [ExportFormat.json, .yaml] {
            let text = try GraphExport.text(GraphSlice(seed), format: format)
            let back = try Imports.run(text, named: "seed.\(format.rawValue)")
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.graph.document == seed.document, "\(format)")
        }
    }

    @Test func graphMLRoundTripsExactly() throws {
        let back = try Imports.run(try GraphExport.text(GraphSlice(seed), format: .graphml), named: "seed.graphml")
        #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(back.errors) \(back.warnings)")
        #expect(back.graph.document == seed.document)
    }

    @Test func csvSheetsRoundTripActorsRelationsAndSources() throws {
        let back = try Imports.run(try GraphExport.text(GraphSlice(seed), format: .csv), named: "relations.csv",
                                        actors: GraphExport.actorsSheet(GraphSlice(seed)), sources: GraphExport.sourcesSheet(GraphSlice(seed)))
        #expect(back.errors.isEmpty, "\(back.errors)")
        #expect(back.graph.actors.map(StakeholderGraph.document) == seed.actors.map(StakeholderGraph.document))
        #expect(back.graph.relations.map(StakeholderGraph.document) == seed.relations.map(StakeholderGraph.document))
        #expect(back.graph.sources.map(StakeholderGraph.document) == seed.sources.map(StakeholderGraph.document))
        // Sheets carry no type properties: the file's own types come back neutral, by the same ids.
        #expect(back.graph.customRelationTypes.map(\.id).sorted() == seed.customRelationTypes.map(\.id).sorted())
    }

    @Test func graphMLAndGEXFAreWellFormedXMLWithOneEdgePerRelation() throws {
        for format in [ExportFormat.graphml, .gexf] {
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(try GraphExport.text(GraphSlice(seed), format: format).utf8))
            parser.delegate = counter
            #expect(parser.parse(), "\(format): \(String(describing: parser.parserError))")
            #expect(counter.counts["node"] == seed.actors.count)
            #expect(counter.counts["edge"] == seed.relations.count)
            #expect(counter.edgeIDs == (1...seed.relations.count).map { "r\($0)" })
        }
    }

    @Test func gexfSpellsAreTheDaysARelationIsInForce() throws {
        func spell(_ span: DateSpan, _ temporality: Temporality = .state, window: EventWindow? = nil) -> String? {
            GEXFWriter.spell(Validity(span, temporality: temporality, window: window))
        }
        #expect(spell(.on(.test("2019-05"))) == "<spell start=\"2019-05-01\"/>")
        #expect(spell(.on(.test("2019"))) == "<spell start=\"2019-01-01\"/>")
        #expect(spell(.interval(start: .test("2018-10"), end: .test("2019-02"))) == "<spell start=\"2018-10-01\" end=\"2019-02-28\"/>")
        #expect(spell(.interval(start: nil, end: .test("2020"))) == "<spell end=\"2020-12-31\"/>")
        #expect(spell(.undated) == nil)
        #expect(spell(.on(.test("2019-05")), .event) == "<spell start=\"2019-05-01\"/>", "an event without a window stays")
        #expect(spell(.on(.test("2019-05")), .event, window: EventWindow(amount: 30, unit: .days))
                == "<spell start=\"2019-05-01\" end=\"2019-06-30\"/>", "31 May + 30 days")
        #expect(spell(.on(.test("2019-05")), .state, window: EventWindow(amount: 30, unit: .days)) == "<spell start=\"2019-05-01\"/>")
        let windowed = try GraphExport.text(GraphSlice(seed, selection: Selection(window: EventWindow(amount: 6, unit: .months))), format: .gexf)
        #expect(windowed.contains("<spell start=\"2019-03-13\" end=\"2019-09-13\"/>"), "the warnings of 2019-03-13 end six months later")
    }

    @Test func hostileValuesCannotBreakOutOfAnyFormat() throws {
        let nasty = "x' }) DETACH DELETE n //\\\"</data><script>alert(1)</script>\u{1}&amp;"
        let graph = seed.changing {
            $0.actors[0].name = nasty
            $0.actors[0].description = "line one\nline two"
        }
        let cypher = CypherWriter.string(nasty)
        #expect(cypher == "'x\\' }) DETACH DELETE n //\\\\\"</data><script>alert(1)</script>&amp;'")
        for format in [ExportFormat.graphml, .gexf] {
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(try GraphExport.text(GraphSlice(graph), format: format).utf8))
            parser.delegate = counter
            #expect(parser.parse(), "\(format)")
            #expect(counter.counts["script"] == nil)
            #expect(counter.values.contains(nasty.replacingOccurrences(of: "\u{1}", with: "")), "\(format) keeps the value, minus the control character")
        }
        let json = try GraphExport.text(GraphSlice(graph), format: .json)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let actors = decoded?["actors"] as? [[String: Any]]
        #expect(actors?.first?["name"] as? String == nasty)
    }

    @Test func cypherNamesEveryRelationTypeValidly() {
        #expect(CypherWriter.relationshipType("warns-against") == "WARNS_AGAINST")
        #expect(CypherWriter.relationshipType("2-way") == "T_2_WAY")
        #expect(CypherWriter.literal(.map([("stance:x", .integer(-2)), ("ok", .list([.string("a'b")]))])) == "{`stance:x`: -2, ok: ['a\\'b']}")
    }

    @Test func cypherBatchesRowsAndGroupsRelationsByType() throws {
        let text = try GraphExport.text(GraphSlice(seed), format: .cypher)
        let statements = text.split(separator: "\n").filter { !$0.hasPrefix("//") }
        #expect(statements.allSatisfy { $0.hasSuffix(";") })
        let relationStatements = statements.filter { $0.contains("MATCH (a:Actor {id: row.from})") }
        #expect(relationStatements.count == Set(seed.relations.map(\.type)).count)
        let rows = (1...seed.relations.count).filter { text.contains("{id: 'r\($0)', from: '") }
        #expect(rows.count == seed.relations.count)
    }

    @Test func nodeLinkAndCytoscapeCarryEveryActorAndRelation() throws {
        let nodeLink = NodeLinkWriter.nodeLink(seed)
        guard case .list(let nodes) = nodeLink["nodes"], case .list(let links) = nodeLink["links"] else {
            Issue.record("no nodes or links"); return
        }
        #expect(nodes.count == seed.actors.count && links.count == seed.relations.count)
        #expect(links.first?["key"] == .string("r1") && links.first?["source"] == .string(seed.relations[0].from))
        let cytoscape = NodeLinkWriter.cytoscape(seed)
        guard case .list(let edges) = cytoscape["elements"]?["edges"] else { Issue.record("no edges"); return }
        #expect(edges.count == seed.relations.count)
        #expect(edges.last?["data"]?["id"] == .string("r\(seed.relations.count)"))
    }

    @Test func selectionSlicesRelationsAndPositionsByDate() throws {
        let asOf = PartialDate.test("2018-12-31")
        let slice = GraphSlice(seed, selection: Selection(period: .asOf(asOf)))
        #expect(slice.graph.actors.count == seed.actors.count, "every actor stays")
        #expect(slice.relations.count < seed.relations.count)
        #expect(slice.relations.allSatisfy { relation in
            guard let validity = seed.validity(of: relation, window: nil) else { return true }
            return (validity.first ?? asOf.firstDay) <= asOf.lastDay
        })
        #expect(slice.undatedKept == slice.relations.filter { $0.span == .undated }.count)
        #expect(slice.positions.allSatisfy { ($0.date?.firstDay ?? asOf.firstDay) <= asOf.lastDay })
        let exported = try Imports.run(try GraphExport.text(slice, format: .json), named: "slice.json")
        #expect(exported.graph.relations.count == slice.relations.count && exported.graph.positions.count == slice.positions.count)
    }
}

/// Counts elements and collects edge ids and attribute values and texts of an XML document.
final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var edgeIDs: [String] = []
    var values: Set<String> = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
        if name == "edge", let id = attributes["id"] { edgeIDs.append(id) }
        values.formUnion(attributes.values)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        values.insert(text)
        text = ""
    }
}
