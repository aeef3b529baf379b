import Foundation

/// SVG inside HTML: the report and the explorer both inline Graphviz's drawings.
enum InlineSVG {
    /// Graphviz's SVG for inlining: without the XML prolog, doctype and comments, and with every
    /// `id` prefixed so that two figures in one page never share an id.
    static func markup(_ svg: String, idPrefix: String) -> String {
        var text = svg
        for pattern in [#"<\?xml[^>]*\?>"#, #"<!DOCTYPE[^>]*>"#, #"<!--[\s\S]*?-->"#] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(idPrefix)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
