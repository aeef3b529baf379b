import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming walk over XML with `XMLParser` (external entities off): element starts with their
/// attributes, texts with the element they are in, and ends. Used for the parts of an .xlsx
/// workbook.
enum XMLElements {
    enum Event {
        case start(String, [String: String])
        case text(String, element: String)
        case end(String)
    }

    struct Element {
        var name: String
        var attributes: [String: String]
    }

    /// Calls `visit` for each event of `xml`, in document order; stops at the first XML error.
    static func walk(_ xml: Data, _ visit: @escaping (Event) -> Void) {
        let parser = XMLParser(data: xml)
        parser.shouldResolveExternalEntities = false
        let delegate = Delegate(visit)
        parser.delegate = delegate
        // A parse error just ends the walk; what was visited stands, and the reader says what is
        // missing.
        _ = parser.parse()
    }

    /// Every element of `xml` with its attributes, in document order.
    static func read(_ xml: Data) -> [Element] {
        var elements: [Element] = []
        walk(xml) { if case .start(let name, let attributes) = $0 { elements.append(Element(name: name, attributes: attributes)) } }
        return elements
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let visit: (Event) -> Void
        var open: [String] = []

        init(_ visit: @escaping (Event) -> Void) { self.visit = visit }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append(name)
            visit(.start(name, attributes))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            visit(.text(string, element: open.last ?? ""))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
            visit(.end(name))
        }
    }
}
