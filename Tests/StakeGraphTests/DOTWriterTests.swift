import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Graphviz
@testable import StakeGraph

@Suite struct DOTWriterTests {
    let mini: StakeholderGraph
    let hostile: StakeholderGraph

    init() throws {
        mini = try Fixtures.read("mini.yaml").graph
        let result = try Fixtures.read("hostile.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        hostile = result.graph
    }

    @Test func theSameGraphGivesByteIdenticalDOTAndSVG() throws {
        let first = try Diagram.render(GraphSlice(mini), options: DiagramOptions(), engine: .auto, format: .svg)
        let second = try Diagram.render(GraphSlice(mini), options: DiagramOptions(), engine: .auto, format: .svg)
        #expect(first.bytes == second.bytes)
        let shuffled = StakeholderGraph(path: mini.path, info: mini.info, sources: mini.sources, actors: mini.actors.reversed(),
                                        relations: mini.relations.reversed(), issues: mini.issues, positions: mini.positions,
                                        customRelationTypes: [])
        #expect(try DOTWriter(slice: GraphSlice(shuffled)).dot() == DOTWriter(slice: GraphSlice(mini)).dot(), "file order must not matter")
    }

    @Test func nodesAndEdgesCarryStableIdsAndClasses() throws {
        let svg = try svgText(mini)
        #expect(svg.contains(#"<g id="actor&#45;acme" class="node actor firm">"#))
        #expect(svg.contains(#"<g id="relation&#45;state&#45;a&#45;bans&#45;acme" class="edge relation hostile material bans">"#))
        #expect(svg.contains(#"class="edge relation hostile verbal warns&#45;against""#))
        #expect(svg.contains(#"class="edge relation neutral structural leads""#))
        // With nesting, belonging is drawn as boxes: the minister inside the ministry inside State A.
        var nested = DiagramOptions()
        nested.nesting = true
        let boxes = String(decoding: try Diagram.render(GraphSlice(mini), options: nested, engine: .fixed(.dot), format: .svg).bytes, as: UTF8.self)
        #expect(boxes.contains(#"<g id="belongs&#45;state&#45;a" class="cluster belonging">"#))
        #expect(boxes.contains(#"<g id="belongs&#45;ministry" class="cluster belonging">"#))
        #expect(!boxes.contains("structural leads"), "no edge for what the nesting shows")
        #expect(svg.contains(##"<g id="a_legend"><a xlink:href="#legend" xlink:title="Legend">"##), "the legend, under the title")
    }

    @Test func styleCarriesMeaning() throws {
        let dot = try DOTWriter(slice: GraphSlice(mini)).dot()
        #expect(dot.contains(##"shape=hexagon, fillcolor="#c7e9c0""##), "firms are green hexagons")
        #expect(dot.contains(##"color="#c0392b", fontcolor="#c0392b", style="dashed""##), "hostile verbal: red dashed")
        #expect(dot.contains(##"color="#c0392b", fontcolor="#c0392b", style="solid", penwidth=1.4"##), "hostile material: red solid")
        #expect(dot.contains(##"color="#8c8c8c", fontcolor="#8c8c8c", style="solid", penwidth=0.7"##), "structural: thin grey")
        #expect(dot.contains(#"<TR><TD><B>A small dispute</B></TD></TR><TR><TD><FONT POINT-SIZE="13">as of 2019-03 · 5 actors · 5 relations</FONT></TD></TR>"#))
    }

    @Test func parallelRelationsShareOneLabelledEdge() throws {
        let graph = mini.changing { sections in
            var second = sections.relations[0]
            second.span = .on(.test("2019-05"))
            sections.relations.append(second)
        }
        let dot = try DOTWriter(slice: GraphSlice(graph)).dot()
        #expect(dot.contains(#"label="bans ×2 (2012–, 2019-05)""#))
        #expect(dot.components(separatedBy: "\"state-a\" -> \"acme\"").count == 2, "one edge for the pair and type")
    }

    @Test func relationsThatLookAlikeShareAnEdgeAndStackTheirTypes() throws {
        // state-a also sanctions acme (hostile material, like bans) and threatens it (verbal).
        let graph = mini.changing { sections in
            var sanction = sections.relations[0], threat = sections.relations[0]
            sanction.type = "sanctions"
            threat.type = "threatens"
            sections.relations += [sanction, threat]
        }
        let dot = try DOTWriter(slice: GraphSlice(graph)).dot()
        #expect(dot.contains(#"id="relation-state-a-bans+sanctions-acme", class="relation hostile material bans sanctions""#))
        #expect(dot.contains(#"label="bans (2012–)\nsanctions (2012–)""#))
        #expect(dot.contains(#"id="relation-state-a-threatens-acme", class="relation hostile verbal threatens""#), "words apart from deeds")
        #expect(dot.components(separatedBy: "\"state-a\" -> \"acme\"").count == 3)
    }

    @Test func tooltipsCarryTheEvidenceAndNodesTheirDescription() throws {
        let dot = try DOTWriter(slice: GraphSlice(mini)).dot()
        #expect(dot.contains(#"tooltip="State A bans Acme Networks (2012–)\n“State A has banned Acme since 2012.” — A paper, Example Press, 2019-03""#))
        #expect(dot.contains(#"tooltip="Acme Networks (firm, CN)\nalso: Acme, Acme Ltd.\nMaker of network kit""#))
    }

    @Test func focusKeepsOnlyTheNeighbourhood() throws {
        var options = DiagramOptions()
        options.focus = "ministry"
        let dot = try DOTWriter(slice: GraphSlice(mini), options: options).dot()
        #expect(dot.contains("\"minister\" ["))
        #expect(dot.contains("\"state-a\" ["))
        #expect(!dot.contains("\"acme\" ["))
        #expect(!dot.contains("\"loner\" ["))
        options.depth = 2
        #expect(try DOTWriter(slice: GraphSlice(mini), options: options).dot().contains("\"acme\" ["))
    }

    @Test func highlightedPathStandsOut() throws {
        var options = DiagramOptions()
        options.highlightPath = ("minister", "state-a")
        let dot = try DOTWriter(slice: GraphSlice(mini), options: options).dot()
        // Two paths of two hops; the tie-break takes the smaller vertex sequence: via acme.
        #expect(dot.contains(#"class="relation hostile verbal warns-against highlight""#))
        #expect(dot.contains(#"class="relation hostile verbal denies highlight""#))
        #expect(dot.contains(#"class="actor firm highlight""#))
        #expect(dot.contains(##"class="relation hostile material bans", color="#c0392b55""##), "off-path edges fade")
        #expect(dot.contains(##"class="actor agency", label="Ministry of Wires", shape=box, color="#bdbdbd""##), "off-path actors fade")
        options.highlightPath = ("state-a", "minister")
        #expect(throws: DiagramError.noPath(from: "state-a", to: "minister")) { try DOTWriter(slice: GraphSlice(mini), options: options).dot() }
    }

    @Test func stanceColouringUsesDeclaredPositions() throws {
        var options = DiagramOptions()
        options.coloring = .stance(issue: "acme-in-networks")
        let dot = try DOTWriter(slice: GraphSlice(mini), options: options).dot()
        #expect(dot.contains(#"class="actor government stance-strongly-oppose"#))
        #expect(dot.contains(#"class="actor group stance-none""#))
        #expect(dot.contains("Stance on “Should Acme kit be allowed?”")
, "the legend gives the question")
    }

    @Test func stanceColouringFollowsTheSlicesDate() throws {
        // state-a's position dated 2019-03: as of 2019-02 it has not yet been taken.
        let graph = mini.changing { $0.positions[0].date = .test("2019-03") }
        var options = DiagramOptions()
        options.coloring = .stance(issue: "acme-in-networks")
        let before = try DOTWriter(slice: GraphSlice(graph, selection: Selection(period: .asOf(.test("2019-02")))), options: options).dot()
        #expect(before.contains(#"class="actor government stance-none"#))
        let after = try DOTWriter(slice: GraphSlice(graph, selection: Selection(period: .asOf(.test("2019-04")))), options: options).dot()
        #expect(after.contains(#"class="actor government stance-strongly-oppose"#))
    }

    @Test func theSubtitleGivesTheSlicesDateOnce() throws {
        let dot = try DOTWriter(slice: GraphSlice(mini, selection: Selection(polarity: .hostile, period: .asOf(.test("2019-02"))))).dot()
        #expect(dot.contains(#"<FONT POINT-SIZE="13">as of 2019-02 · 5 actors · 2 relations · hostile relations</FONT>"#))
        #expect(dot.components(separatedBy: "as of").count == 2, "one date in the title")
    }

    @Test func clustersGroupActorsByCountry() throws {
        var options = DiagramOptions()
        options.clusterByCountry = true
        let dot = try DOTWriter(slice: GraphSlice(mini), options: options).dot()
        #expect(dot.contains(#"subgraph "cluster_country_us" {"#))
        #expect(dot.contains(#"subgraph "cluster_country_cn" {"#))
        // Clusters are ranked by the newer algorithm: dot 2.42 double-frees label nodes otherwise.
        #expect(dot.contains("newrank=true") && dot.contains(#"label="bans (2012–)""#))
        let seed = try GraphReader.read(contentsOf: SeedGraphTests.path).graph
        let svg = try Diagram.render(GraphSlice(seed), options: options, engine: .fixed(.dot), format: .svg)
        #expect(!svg.bytes.isEmpty)
    }

    @Test func hostileStringsNeitherBreakNorInjectIntoSVG() throws {
        let svg = try svgText(hostile)
        let document = try SVGDocument(svg)
        #expect(!document.elements.contains("script"))
        #expect(document.attributes.allSatisfy { !$0.name.lowercased().hasPrefix("on") })
        let links = document.attributes.filter { $0.name.hasSuffix("href") && $0.value != "#legend" }.map(\.value)
        #expect(!links.isEmpty)
        #expect(links.allSatisfy { $0.hasPrefix("https://") && !$0.contains("<") && !$0.contains("\"") })
        // The names appear literally (broken into lines at spaces): escString sequences are not
        // expanded, markup is text.
        #expect(document.joinedText.contains(#"<script>alert("x")</script> \N & "q""#))
        #expect(document.joinedText.contains(#"Victim \l\r\n {braces} [brackets] ; -- -> label=evil"#))
        #expect(document.joinedText.contains(#"Hostile </title><script>alert(1)</script> \G"#))
        let titles = document.attributes.filter { $0.name == "xlink:title" }.map(\.value)
        #expect(titles.contains { $0.contains(#"x [label="pwned" ＼N </text><script>alert(3)</script>"#) })
    }

    @Test func nonHTTPAddressesNeverReachTheOutput() throws {
        let graph = hostile.changing {
            $0.actors[0].url = "javascript:alert(1)"
            $0.sources[0].url = "data:text/html,<script>alert(1)</script>"
        }
        let dot = try DOTWriter(slice: GraphSlice(graph)).dot()
        #expect(!dot.contains("URL="))
        #expect(!dot.contains("javascript:alert(1)\""))
    }

    private func svgText(_ graph: StakeholderGraph) throws -> String {
        String(decoding: try Diagram.render(GraphSlice(graph), options: DiagramOptions(), engine: .fixed(.dot), format: .svg).bytes, as: UTF8.self)
    }
}

/// The element names, attributes and text of an SVG document, read with a real XML parser
/// (which also proves the document is well-formed).
final class SVGDocument: NSObject, XMLParserDelegate {
    private(set) var elements: Set<String> = []
    private(set) var attributes: [(name: String, value: String)] = []
    private(set) var texts: Set<String> = []
    /// The texts of `<text>` elements in document order, joined by spaces.
    private(set) var joinedText = ""
    private var text = ""

    init(_ svg: String) throws {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.insert(name)
        self.attributes += attributes.map { ($0.key, $0.value) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" || name == "title" { texts.insert(text) }
        if name == "text" { joinedText += (joinedText.isEmpty ? "" : " ") + text }
        text = ""
    }
}
