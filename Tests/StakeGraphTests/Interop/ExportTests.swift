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
            let text = try GraphExport.text(seed, format: format)
            let back = try Imports.run(text, named: "seed.\(format.rawValue)")
            #expect(back.errors.isEmpty, "\(back.errors)")
            #expect(back.graph.document == seed.document, "\(format)")
        }
    }

    @Test func graphMLRoundTripsExactly() throws {
        let back = try Imports.run(try GraphExport.text(seed, format: .graphml), named: "seed.graphml")
        #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(back.errors) \(back.warnings)")
        #expect(back.graph.document == seed.document)
    }

    @Test func csvSheetsRoundTripActorsRelationsAndSources() throws {
        let back = try Imports.run(try GraphExport.text(seed, format: .csv), named: "relations.csv",
                                        actors: GraphExport.actorsSheet(seed), sources: GraphExport.sourcesSheet(seed))
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
            let parser = XMLParser(data: Data(try GraphExport.text(seed, format: format).utf8))
            parser.delegate = counter
            #expect(parser.parse(), "\(format): \(String(describing: parser.parserError))")
            #expect(counter.counts["node"] == seed.actors.count)
            #expect(counter.counts["edge"] == seed.relations.count)
            #expect(counter.edgeIDs == (1...seed.relations.count).map { "r\($0)" })
        }
    }

    @Test func gexfSpellsFollowTheAsOfReadingOfDates() throws {
        #expect(GEXFWriter.spell(.on(try PartialDate(parsing: "2019-05"))) == "<spell start=\"2019-05-01\"/>")
        #expect(GEXFWriter.spell(.on(try PartialDate(parsing: "2019"))) == "<spell start=\"2019-01-01\"/>")
        #expect(GEXFWriter.spell(.interval(start: try PartialDate(parsing: "2018-10"), end: try PartialDate(parsing: "2019-02")))
                == "<spell start=\"2018-10-01\" end=\"2019-02-28\"/>")
        #expect(GEXFWriter.spell(.interval(start: nil, end: try PartialDate(parsing: "2020"))) == "<spell end=\"2020-12-31\"/>")
        #expect(GEXFWriter.spell(.undated) == nil)
    }

    @Test func hostileValuesCannotBreakOutOfAnyFormat() throws {
        let nasty = "x' }) DETACH DELETE n //\\\"</data><script>alert(1)</script>\u{1}&amp;"
        var graph = seed
        graph.actors[0].name = nasty
        graph.actors[0].description = "line one\nline two"
        let cypher = CypherWriter.string(nasty)
        #expect(cypher == "'x\\' }) DETACH DELETE n //\\\\\"</data><script>alert(1)</script>&amp;'")
        for format in [ExportFormat.graphml, .gexf] {
            let counter = ElementCounter()
            let parser = XMLParser(data: Data(try GraphExport.text(graph, format: format).utf8))
            parser.delegate = counter
            #expect(parser.parse(), "\(format)")
            #expect(counter.counts["script"] == nil)
            #expect(counter.values.contains(nasty.replacingOccurrences(of: "\u{1}", with: "")), "\(format) keeps the value, minus the control character")
        }
        let json = try GraphExport.text(graph, format: .json)
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
        let text = try GraphExport.text(seed, format: .cypher)
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
        let asOf = try PartialDate(parsing: "2018-12-31")
        let (sliced, selected) = Selection(asOf: asOf).slice(seed)
        #expect(sliced.actors.count == seed.actors.count, "every actor stays")
        #expect(sliced.relations.count < seed.relations.count)
        #expect(sliced.relations.allSatisfy { relation in
            guard let first = relation.span.dayRange?.first else { return true }
            return first <= asOf.latestDay
        })
        #expect(selected.undatedKept == sliced.relations.filter { $0.span == .undated }.count)
        #expect(sliced.positions.allSatisfy { ($0.date?.earliestDay ?? 0) <= asOf.latestDay })
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
