import Foundation
import Testing
@testable import StakeGraph

/// `tags: [...]` and `fields: {name: value}` on actors and relations: read, written, kept by every
/// export, selected by `Selection.tags`.
@Suite struct TagsAndFieldsTests {
    static let text = """
    graph: {id: tagged}
    sources:
      - {id: s1, title: Paper}
    actors:
      - {id: eu, name: European Commission, kind: international-organization, tags: [eu, regulator], fields: {budget: "186bn", seat: Brussels}}
      - {id: huawei, name: Huawei, kind: firm, tags: [telecom]}
      - {id: us, name: U.S. Government, kind: government}
      - {id: zte, name: ZTE, kind: firm}
    relations:
      - {from: eu, to: huawei, type: warns-against, date: 2020-09, tags: [5g-toolbox], fields: {"risk level": high}, evidence: [{source: s1, quote: q q q}]}
      - {from: us, to: huawei, type: bans, date: 2019-05, evidence: [{source: s1, quote: q q q}]}
      - {from: us, to: zte, type: sanctions, date: 2018-04, tags: [export-control], evidence: [{source: s1, quote: q q q}]}
    """

    private func graph() throws -> StakeholderGraph {
        let result = GraphReader.read(text: Self.text, path: "tagged.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return result.graph
    }

    @Test func readsTagsAndFieldsOfActorsAndRelations() throws {
        let graph = try graph()
        #expect(graph.actors[0].tags == ["eu", "regulator"])
        #expect(graph.actors[0].fields == ["budget": "186bn", "seat": "Brussels"])
        #expect(graph.relations[0].tags == ["5g-toolbox"] && graph.relations[0].fields == ["risk level": "high"])
        #expect(graph.relations[1].tags.isEmpty && graph.relations[1].fields.isEmpty)
    }

    @Test(arguments: [
        ("tags: [eu, '']", "a tag of actor is empty"),
        ("tags: [eu, eu]", "tag 'eu' of actor is given twice; it counts once"),
        ("fields: [a, b]", "'fields' of actor should be a mapping (name: value), not a list"),
        ("fields: {a: [1, 2]}", "'fields' 'a' of actor should be a single value, not a list"),
        ("fields: {a: }", "'fields' 'a' of actor should be a single value, not nothing"),
    ])
    func reportsBadTagsAndFields(entry: String, expected: String) {
        let text = "graph: {id: g}\nactors:\n  - {id: a, name: A, kind: firm, \(entry)}\n"
        let messages = GraphReader.read(text: text, path: "g.yaml").diagnostics.items.map(\.message)
        #expect(messages.contains(expected), "\(messages)")
    }

    @Test func everyExportKeepsTagsAndFields() throws {
        let slice = GraphSlice(try graph())
        let nodeLink = try GraphExport.text(slice, format: .nodeLink)
        #expect(nodeLink.contains("\"tags\": [\n        \"eu\",\n        \"regulator\"\n      ]"), "\(nodeLink)")
        #expect(nodeLink.contains("\"field:budget\": \"186bn\""))
        #expect(nodeLink.contains("\"field:risk level\": \"high\""))
        let cypher = try GraphExport.text(slice, format: .cypher)
        #expect(cypher.contains("tags: ['eu', 'regulator'], `field:budget`: '186bn', `field:seat`: 'Brussels'"), "\(cypher)")
        #expect(cypher.contains("tags: ['5g-toolbox'], `field:risk level`: 'high'"))
        let gexf = try GraphExport.text(slice, format: .gexf)
        #expect(gexf.contains("<attvalue for=\"tags\" value=\"eu|regulator\"/>"), "\(gexf)")
        #expect(gexf.contains("<attvalue for=\"field:seat\" value=\"Brussels\"/>"))
        let dot = try GraphExport.text(slice, format: .dot)
        #expect(dot.contains("tags: eu, regulator\\nbudget: 186bn\\nseat: Brussels"), "\(dot)")
    }

    @Test func graphMLJSONYAMLAndSheetsRoundTripTagsAndFields() throws {
        let graph = try graph()
        for format in [ExportFormat.json, .yaml, .graphml] {
            let back = try Imports.run(try GraphExport.text(GraphSlice(graph), format: format), named: "t.\(format.rawValue)")
            #expect(back.errors.isEmpty && back.warnings.isEmpty, "\(format): \(back.errors) \(back.warnings)")
            #expect(back.graph.document == graph.document, "\(format)")
        }
        let relations = try GraphExport.text(GraphSlice(graph), format: .csv)
        #expect(relations.hasPrefix("Relation,From,To,Type,Date,Start,End,Note,Source,Quote,Evidence Note,Tags,field:risk level\r\n"))
        let actors = GraphExport.actorsSheet(GraphSlice(graph))
        #expect(actors.hasPrefix("Id,Label,Kind,Country,Description,Aliases,URL,Tags,field:budget,field:seat\r\n"))
        let back = try Imports.run(relations, named: "relations.csv", actors: actors, sources: GraphExport.sourcesSheet(GraphSlice(graph)))
        #expect(back.errors.isEmpty, "\(back.errors)")
        #expect(back.graph.actors.map(StakeholderGraph.document) == graph.actors.map(StakeholderGraph.document))
        #expect(back.graph.relations.map(StakeholderGraph.document) == graph.relations.map(StakeholderGraph.document))
    }

    @Test func aTagKeepsRelationsCarryingItOrBetweenActorsCarryingIt() throws {
        let graph = try graph()
        func kept(_ tags: [String]) throws -> [String] {
            GraphSlice(graph, selection: Selection(tags: try graph.tags(tags))).graph.relations.map { "\($0.from)-\($0.to)" }
        }
        #expect(try kept(["export-control"]) == ["us-zte"], "the relation's own tag")
        #expect(try kept(["telecom"]) == ["eu-huawei", "us-huawei"], "an actor's tag keeps its relations")
        #expect(try kept(["regulator", "export-control"]) == ["eu-huawei", "us-zte"], "any of several tags")
        #expect(throws: SelectionError.unknownTag("telcom", suggestion: "telecom")) { try graph.tags(["telcom"]) }
        #expect(Selection(tags: ["eu"]).relationWords == "relations tagged eu")
    }
}
