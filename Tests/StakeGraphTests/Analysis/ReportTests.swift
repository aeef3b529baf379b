import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StakeGraph

@Suite struct ReportTests {
    /// Section ids, links and texts of an HTML report parsed as XML.
    final class Outline: NSObject, XMLParserDelegate {
        var sections: [String] = []
        var hrefs: [String] = []
        var elements: [String: Int] = [:]
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if name == "section", let id = attributes["id"] { sections.append(id) }
            if let href = attributes["href"] { hrefs.append(href) }
            for (key, _) in attributes where key.lowercased().hasPrefix("on") { elements["event-handler", default: 0] += 1 }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func outline(_ html: String) -> (Outline, Bool) {
        let outline = Outline()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = outline
        return (outline, parser.parse())
    }

    @Test func theSeedReportHasEverySectionAndCitesEveryRelation() throws {
        let seed = try Imports.seedGraph()
        let content = try ReportContent.build(GraphSlice(seed), issues: seed.issues)
        let html = ReportHTML.write(content)
        let (parsed, ok) = outline(html)
        #expect(ok, "the report is well-formed")
        #expect(parsed.sections == ["network", "positions", "central", "coalitions", "communities", "timeline", "relations", "sources", "references"])
        #expect(parsed.elements["svg"] == 2, "the network and the position map, inline")
        #expect(parsed.elements["script"] == nil && parsed.elements["event-handler"] == nil)
        let quotes = Set(seed.relations.flatMap(\.evidence).map { "\($0.source) \($0.quote)" } + seed.positions.flatMap(\.evidence).map { "\($0.source) \($0.quote)" })
        #expect(content.citations.references.count == quotes.count, "one reference per distinct quote")
        for relation in seed.relations where !relation.evidence.isEmpty {
            #expect(content.citations.numbers(relation.evidence).count == relation.evidence.count)
        }
        let anchors = Set(parsed.hrefs.filter { $0.hasPrefix("#") })
        #expect(anchors.contains("#ref-\(content.citations.references.count)"))
        #expect(parsed.hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("http://") || $0.hasPrefix("https://") })
        #expect(html.components(separatedBy: " id=\"network-actor&#45;huawei\"").count == 2 && html.contains(" id=\"positions-actor&#45;huawei\""),
                "the two figures' ids do not clash")
    }

    @Test func hostileValuesStayText() throws {
        let nasty = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        let graph = try Imports.seedGraph().changing {
            $0.actors[0].name = nasty
            $0.sources[0].url = "javascript:alert(3)"
            $0.sources[1].title = "\"><a href=\"javascript:alert(4)\">x</a>"
            $0.relations[0].evidence[0].quote = "]]><!-- & \u{1}"
        }
        let content = try ReportContent.build(GraphSlice(graph), issues: graph.issues)
        let (parsed, ok) = outline(ReportHTML.write(content))
        #expect(ok)
        #expect(parsed.elements["script"] == nil && parsed.elements["img"] == nil && parsed.elements["event-handler"] == nil)
        #expect(!parsed.hrefs.contains { $0.lowercased().contains("javascript") })
        #expect(parsed.text.contains(nasty), "the name is shown as text")
        let markdown = ReportMarkdown.write(ReportDocument(content), figureFile: { "\($0).svg" })
        #expect(!markdown.contains("<script>") && markdown.contains("&lt;script&gt;"))
        #expect(!markdown.contains("](javascript") && !markdown.contains("<javascript") && !markdown.contains("<a href=\"javascript"),
                "no link to a javascript: address; the text stays escaped")
    }
}
