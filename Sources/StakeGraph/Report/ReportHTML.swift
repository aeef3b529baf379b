import Foundation

/// A report as one self-contained HTML file: inline SVG, inline CSS, no scripts, no external
/// resources. Every data value is escaped and only http(s) links are written, so a hostile name
/// or quote cannot inject markup. The output is also well-formed XML (void elements closed, no
/// named entities but XML's own), which lets tests parse it with an XML parser.
public enum ReportHTML {
    public static func write(_ content: ReportContent) -> String { write(ReportDocument(content)) }

    public static func write(_ document: ReportDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"stakegraph\"/>\n"
        out += "<title>\(escape(document.title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(escape(document.title))</h1>\n"
        if let lead = document.lead { out += "<p class=\"lead\">\(escape(lead))</p>\n" }
        out += "<p class=\"facts\">\(escape(document.facts))</p>\n<nav><ol>"
        for section in document.sections { out += "<li><a href=\"#\(escape(section.id))\">\(escape(section.title))</a></li>" }
        out += "</ol></nav>\n</header>\n"
        for section in document.sections {
            out += "<section id=\"\(escape(section.id))\">\n<h2>\(escape(section.title))</h2>\n"
            for block in section.blocks { out += html(block, in: section) }
            out += "</section>\n"
        }
        out += "<footer><p>Made with stakegraph from <code>\(escape(document.file))</code>. Every relation and position is backed by the quotes it cites; the numbers lead to them.</p></footer>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// Text for HTML element content and attribute values: XML's escaping, which HTML reads the
    /// same way (line breaks become `&#10;`, still white space to HTML), a string with
    /// bidirectional controls isolated first (`BidiIsolation`).
    static func escape(_ text: String) -> String { XMLText.escaped(BidiIsolation.isolated(text)) }

    /// Whether an SVG declares itself wider than tall: drawn for a landscape page, it is
    /// printed on one.
    static func isLandscape(_ svg: String) -> Bool {
        let head = svg.prefix(1024)
        func value(_ name: String) -> Double? {
            guard let range = head.range(of: " \(name)=\"[0-9.]+", options: .regularExpression) else { return nil }
            return Double(head[range].dropFirst(name.count + 3))
        }
        guard let width = value("width"), let height = value("height") else { return false }
        return width > height
    }

    static func html(_ inlines: [ReportDocument.Inline]) -> String { inlines.map(html).joined() }

    static func html(_ inline: ReportDocument.Inline) -> String {
        switch inline {
        case .text(let text): return escape(text)
        case .emphasis(let text): return "<em>\(escape(text))</em>"
        case .strong(let text): return "<strong>\(escape(text))</strong>"
        case .title(let text): return "<cite>\(escape(text))</cite>"
        case .relationLabel(let label, let polarity): return "<span class=\"\(polarity.rawValue)\">\(escape(label))</span>"
        case .citations(let numbers):
            guard !numbers.isEmpty else { return "<sup class=\"no-evidence\">no quote</sup>" }
            return "<sup>" + numbers.map { "<a href=\"#ref-\($0)\">[\($0)]</a>" }.joined() + "</sup>"
        case .link(let text, let url):
            guard WebAddress.isHTTP(url) else { return escape(text) }
            return "<a href=\"\(escape(url))\" rel=\"noopener noreferrer\">\(escape(text))</a>"
        case .small(let text): return "<br/><small>\(escape(text))</small>"
        case .mark(let sign, let explanation): return "<span title=\"\(escape(explanation))\">\(escape(sign))</span>"
        }
    }

    static func html(_ block: ReportDocument.Block, in section: ReportDocument.Section) -> String {
        switch block {
        case .paragraph(let inlines, let style):
            return "<p\(style == .body ? "" : " class=\"\(style.rawValue)\"")>\(html(inlines))</p>\n"
        case .figure(let name, _, let svg, let caption, let wide):
            let figure = InlineSVG.markup(svg, idPrefix: "\(name)-")
            let classes = (wide ? ["wide"] : []) + (isLandscape(svg) ? ["landscape"] : [])
            return "<figure\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(figure)\(caption.map { "<figcaption>\(html($0))</figcaption>" } ?? "")</figure>\n"
        case .table(let columns, let rows):
            var out = "<table>\n<thead><tr>"
            for column in columns { out += "<th\(column.numeric ? " class=\"number\"" : "")>\(escape(column.title))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for row in rows {
                out += "<tr\(row.style.map { " class=\"\(escape($0))\"" } ?? "")>"
                for (index, cell) in row.cells.enumerated() {
                    var classes = [row.cellStyles[index]].compactMap { $0 }
                    if columns[index].numeric { classes.append("number") }
                    out += "<td\(classes.isEmpty ? "" : " class=\"\(escape(classes.joined(separator: " ")))\"")>\(html(cell))</td>"
                }
                out += "</tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        case .list(let items, let ordered):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>\n" + items.map { "<li>\(html($0))</li>\n" }.joined() + "</\(tag)>\n"
        case .subheading(let text):
            return "<h3>\(escape(text))</h3>\n"
        case .groups(let groups):
            var out = "<div class=\"camps\">\n"
            for group in groups {
                out += "<div class=\"camp\"><h3>\(escape(group.title)) <small>\(escape(group.detail))</small></h3><ul>"
                out += group.items.map { "<li>\(escape($0))</li>" }.joined()
                out += "</ul></div>\n"
            }
            return out + "</div>\n"
        case .references(let references):
            var out = "<ol class=\"references\">\n"
            for reference in references {
                out += "<li id=\"ref-\(reference.number)\">\(escape(reference.cited)) — \(html(reference.source))"
                if let note = reference.note { out += " <small>(\(escape(note)))</small>" }
                out += "</li>\n"
            }
            return out + "</ol>\n"
        }
    }

    static let style = """
    body{font-family:-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#212121;max-width:1100px;margin:0 auto;padding:1.5rem 1.25rem 3rem;line-height:1.5}
    h1{font-size:2rem;margin:0 0 .25rem}h2{margin-top:2.5rem;border-bottom:2px solid #e0e0e0;padding-bottom:.25rem}h3 small{font-weight:normal;color:#616161}
    .lead{font-size:1.1rem;color:#424242}.facts,.note,figcaption,footer{color:#616161;font-size:.9rem}
    nav ol{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}nav a{color:#1565c0}
    figure{margin:1rem 0}figure svg{display:block;width:100%;height:auto;max-height:95vh}
    table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eeeeee;vertical-align:top}
    thead th{border-bottom:2px solid #bdbdbd}td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}td.date{white-space:nowrap;color:#424242}
    tr.disagrees td{background:#fff3e0}.hostile{color:#c0392b}.cooperative{color:#1e8449}.neutral{color:#757575}
    .stance-strongly-oppose{background:#f4c7bd}.stance-oppose{background:#fbe0d4}.stance-neutral{background:#eeeeee}.stance-support{background:#d4e8f2}.stance-strongly-support{background:#b8d6ea}
    sup a{text-decoration:none;color:#1565c0;font-size:.75rem}sup.no-evidence{color:#b71c1c}
    .camps{display:flex;gap:1.5rem;flex-wrap:wrap}.camp{flex:1 1 280px;border:1px solid #e0e0e0;border-radius:6px;padding:0 1rem}
    .references li{margin-bottom:.35rem}.references li:target{background:#fff9c4}footer{margin-top:3rem;border-top:1px solid #e0e0e0}
    @page{size:A4;margin:2.5cm}@page landscape{size:A4 landscape;margin:1.5cm 2cm}
    @media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}figure{break-inside:avoid}figure svg{max-height:24.5cm}figure.landscape{page:landscape;margin:0}figure.landscape svg{max-height:16cm}h2{break-after:avoid}tr{break-inside:avoid}}
    """
}
