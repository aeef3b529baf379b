import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Imports GEXF 1.1–1.3 (gexf.net), static or dynamic, as Gephi and NetworkX write it and as
/// stakegraph's own export does. Nodes become actors (the label as the name; the attributes
/// declared in `<attributes>` by their titles, mapped by `ForeignGraphImport`); edges relations
/// (`kind`, or a `type`/`label` attribute, as the type; `type="undirected"` or the graph's
/// `defaultedgetype` as the direction; parallel edges kept). An edge's `date`/`start`/`end`
/// attributes (stakegraph's export writes them) give its dates; else its `start`/`end` and
/// `<spell>`s, one relation per spell. Gephi's `viz:` drawing is left out with one warning.
enum GEXFImporter {
    /// Reads `data` (named `path` in diagnostics); `defaultKind` for nodes without a kind, `signs`
    /// for edges typed only by a weight's sign.
    ///
    /// - Complexity: O(n) in the size of the document (one SAX pass, then `ForeignGraphImport`).
    static func read(_ data: Data, path: String, defaultKind: ActorKind, signs: SignedTypes) -> (StakeholderGraph, [Diagnostic]) {
        var builder = ImportBuilder(path: path, defaultKind: defaultKind)
        let utf8: Data
        switch GraphMLImporter.utf8Document(data) {
        case .success(let converted): utf8 = converted
        case .failure(let problem): return builder.refusal(line: problem.line, column: problem.column, problem.message)
        }
        let document = GEXFDocument()
        let parser = XMLParser(data: utf8)
        parser.shouldResolveExternalEntities = false
        parser.delegate = document
        if !parser.parse() {
            return builder.refusal(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
                           "not well-formed GEXF: \(parser.parserError.map { "\($0.localizedDescription)" } ?? "XML error")")
        }
        if let unclosed = document.openElements.last {
            return builder.refusal(line: max(unclosed.line, 1), "the file ends before <\(unclosed.name)> begun here is closed; is it cut short?")
        }
        guard document.sawGraph else { return builder.refusal(line: 1, "the file has no <graph> element; is it GEXF?") }
        if let line = document.vizLine {
            builder.report(.warning, line: line, "Gephi's drawing (viz: colors, positions, sizes, shapes) is not imported; stakegraph lays graphs out itself")
        }
        if let line = document.nodeTimeLine {
            builder.report(.warning, line: line, "nodes' own times (start, end, spells) are not imported; actors are not dated, relations are")
        }
        if let line = document.dynamicValueLine {
            builder.report(.warning, line: line, "attribute values with their own times: the last value written is imported")
        }
        if let line = document.nonDateTimeLine {
            builder.report(.warning, line: line, "the graph's timeformat '\(document.timeFormat)' is not a date; edge times are not imported")
        }
        var foreign = ForeignGraph()
        foreign.directed = document.defaultDirected
        foreign.title = document.title
        foreign.nodes = document.nodes
        foreign.edges = document.edges
        if !document.timeIsDate {
            for index in foreign.edges.indices { foreign.edges[index].spans = [] }
        }
        return (ForeignGraphImport.graph(foreign, builder: &builder, signs: signs), builder.diagnostics)
    }
}

/// The parts of a GEXF file, collected by `XMLParser`.
final class GEXFDocument: NSObject, XMLParserDelegate {
    var nodes: [ForeignGraph.Item] = []
    var edges: [ForeignGraph.Item] = []
    var defaultDirected = true
    var title: String?
    var sawGraph = false
    var timeFormat = "date"
    var timeIsDate: Bool { ["date", "datetime"].contains(timeFormat.lowercased()) }
    var vizLine: Int?, nodeTimeLine: Int?, dynamicValueLine: Int?, nonDateTimeLine: Int?
    private(set) var openElements: [(name: String, line: Int)] = []
    /// Attribute titles by `class` (node, edge) and id.
    private var titles: [String: [String: String]] = [:]
    private var attributesClass = "node"
    private var current: ForeignGraph.Item?
    private var currentIsEdge = false
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let line = max(parser.lineNumber, 1)
        openElements.append((name, line))
        if name.hasPrefix("viz:") || namespaceURI?.contains("viz") == true {
            if vizLine == nil { vizLine = line }
            return
        }
        switch name {
        case "graph":
            if !sawGraph {
                defaultDirected = attributes["defaultedgetype"]?.lowercased() != "undirected"
                timeFormat = attributes["timeformat"] ?? "date"
                if !timeIsDate, attributes["mode"] == "dynamic" { nonDateTimeLine = line }
            }
            sawGraph = true
        case "title" where current == nil: text = ""
        case "attributes": attributesClass = attributes["class"] ?? "node"
        case "attribute" where current == nil:
            if let id = attributes["id"] { titles[attributesClass, default: [:]][id] = attributes["title"] ?? id }
        case "node" where current == nil:
            current = ForeignGraph.Item(id: attributes["id"] ?? "", preferredID: attributes["id"], label: attributes["label"],
                                        line: line, column: max(parser.columnNumber, 1))
            currentIsEdge = false
            if attributes["start"] != nil || attributes["end"] != nil || attributes["startopen"] != nil, nodeTimeLine == nil { nodeTimeLine = line }
        case "edge" where current == nil:
            var edge = ForeignGraph.Item(id: attributes["id"] ?? "", line: line, column: max(parser.columnNumber, 1))
            edge.source = attributes["source"] ?? ""
            edge.target = attributes["target"] ?? ""
            // `type` is the direction in GEXF; NetworkX writes a `type` attribute there too.
            switch attributes["type"]?.lowercased() {
            case nil: break
            case "directed": edge.directed = true
            case "undirected", "mutual": edge.directed = false
            case let other?: edge.attributes.append(("type", other))
            }
            if let kind = attributes["kind"] { edge.attributes.append(("kind", kind)) }
            if let label = attributes["label"] { edge.attributes.append(("label", label)) }
            edge.weight = attributes["weight"].flatMap(Double.init)
            // An edge's own start and end are read like `start`/`end` attributes (partial dates
            // as NetworkX re-writes stakegraph's, days as Gephi writes them); "None" is NetworkX's nothing.
            for (key, name) in [("start", "start"), ("startopen", "start"), ("end", "end"), ("endopen", "end")] {
                if let value = attributes[key], value != "None" { edge.attributes.append((name, Self.day(value))) }
            }
            current = edge
            currentIsEdge = true
        case "attvalue":
            guard current != nil, let key = attributes["for"] ?? attributes["id"] else { return }
            let name = titles[currentIsEdge ? "edge" : "node"]?[key] ?? key
            if attributes["start"] != nil || attributes["end"] != nil, dynamicValueLine == nil { dynamicValueLine = line }
            current?.attributes.removeAll { $0.name == name }
            current?.attributes.append((name, attributes["value"] ?? ""))
        case "spell":
            if currentIsEdge, current != nil {
                let start = (attributes["start"] ?? attributes["startopen"]).flatMap { $0 == "None" ? nil : Self.day($0) }
                let end = (attributes["end"] ?? attributes["endopen"]).flatMap { $0 == "None" ? nil : Self.day($0) }
                current?.spans.append((start, end))
            } else if current != nil, nodeTimeLine == nil {
                nodeTimeLine = line
            }
        default: break
        }
    }

    /// `2019-05-01` of `2019-05-01T00:00:00`; other texts as they are.
    static func day(_ text: String) -> String {
        text.split(separator: "T", maxSplits: 1).first.map(String.init) ?? text
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if text != nil { text! += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if !openElements.isEmpty { openElements.removeLast() }
        switch name {
        case "title":
            if let text, title == nil { title = text.trimmingCharacters(in: .whitespacesAndNewlines) }
            text = nil
        case "node" where !currentIsEdge:
            if let node = current { nodes.append(node) }
            current = nil
        case "edge" where currentIsEdge:
            if let edge = current { edges.append(edge) }
            current = nil
            currentIsEdge = false
        default: break
        }
    }
}
