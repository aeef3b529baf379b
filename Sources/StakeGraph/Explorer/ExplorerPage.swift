import Foundation

/// The explorer: one self-contained HTML file with the drawing (the same DOT as `render`, laid out
/// by Graphviz), the slice's data and the page's own script and style, which come from
/// `Explorer/Assets/` and are compiled into the library.
///
/// Safety: the data is JSON escaped for HTML (no `<`, `>`, `&`, U+2028 or U+2029 survives, so
/// nothing can close its script block); the script writes text with `textContent` and attributes
/// through the DOM, and lets only http(s) URLs reach an `href`; the Content-Security-Policy
/// allows the page's own inline script and style, by their SHA-256, and nothing else: no other
/// script, no connection, no form, no frame.
public enum ExplorerPage {
    /// The windows the slider's window mode offers (the selection's own first, when it has one).
    public static let standardWindows = [EventWindow(amount: 30, unit: .days), EventWindow(amount: 6, unit: .months),
                                         EventWindow(amount: 1, unit: .years)]

    /// A written explorer page and what drawing it took.
    public struct Page: Sendable {
        public var html: String
        public var plan: LayoutPlan
        public var notes: [PageNote]
    }

    /// The page for `slice`, colouring by stance on each of `issues` among its choices.
    ///
    /// - Parameter options: the drawing's options (page, engine limits); the explorer draws
    ///   without the legend strip, which its side panel replaces.
    /// - Throws: `DiagramError` when the drawing fails, `AnalysisError` when PageRank (the power
    ///   behind inferred stances) does not converge.
    ///
    /// The selection's window, if any, is the one the slider's window mode starts with; without a
    /// date it narrows nothing (the slider applies it), so the page is of the slice without it.
    public static func build(_ slice: GraphSlice, issues: [Issue], options: DiagramOptions = DiagramOptions(),
                             engine: EngineChoice = .auto) throws -> Page {
        let ownWindow = slice.selection.window
        var slice = slice
        if slice.selection.period == nil && ownWindow != nil {
            var selection = slice.selection
            selection.window = nil
            slice = GraphSlice(slice.whole, selection: selection)
        }
        var diagram = options
        diagram.legend = false
        diagram.nestsToFit = false
        let rendering = try Diagram.render(slice, options: diagram, engine: engine, format: .svg)
        let svg = InlineSVG.markup(String(decoding: rendering.bytes, as: UTF8.self), idPrefix: "")

        let power = try PowerScores(.pagerank, on: slice.whole)
        let placements = issues.first.map { PositionAnalysis.positions(on: $0, in: slice, power: power.scores).placements } ?? [:]
        var colorings = [ExplorerColoring.byKind(slice.graph)]
        colorings += issues.map { ExplorerColoring.byStance(on: $0, in: slice) }
        colorings.append(.byCoalition(CoalitionAnalysis(slice, stances: placements)))
        colorings.append(.byCommunity(CommunityAnalysis(slice)))
        var windows = standardWindows
        if let own = ownWindow {
            windows.removeAll { $0 == own }
            windows.insert(own, at: 0)
        }
        let data = ExplorerData(slice, windows: windows, colorings: colorings)
        let html = assemble(data: data, svg: svg, subtitle: subtitle(of: slice))
        return Page(html: html, plan: rendering.plan, notes: rendering.notes)
    }

    static func subtitle(of slice: GraphSlice) -> String {
        let counts = "\(slice.graph.actors.count) actors · \(slice.relations.count) relations"
        return (slice.summary + [counts]).joined(separator: " · ")
    }

    /// Fills the template with the escaped data, the drawing, the script and the style, and the
    /// policy naming the last two by hash.
    static func assemble(data: ExplorerData, svg: String, subtitle: String) -> String {
        let script = self.script
        let style = self.style
        let csp = ["default-src 'none'", "script-src '\(hash(script))'", "style-src '\(hash(style))'",
                   "img-src data:", "base-uri 'none'", "form-action 'none'"].joined(separator: "; ")
        let fields: [String: String] = [
            "csp": csp, "title": XMLText.escaped(data.title), "subtitle": XMLText.escaped(subtitle), "style": style,
            "lineKey": lineKey, "svg": svg, "data": json(data), "script": script,
            "footer": "Made by stakegraph explore from \(XMLText.escaped(data.id)); every tie is cited, click it.",
        ]
        return fill(template, with: fields)
    }

    /// `template` with each `{{name}}` replaced in one pass, so no filled-in text is read again.
    static func fill(_ template: String, with fields: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { rest = rest[open.lowerBound...]; break }
            let name = String(rest[open.upperBound..<close.lowerBound])
            out += fields[name] ?? "{{\(name)}}"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The data as JSON that no HTML parser can end early: `<`, `>`, `&`, U+2028 and U+2029 become
    /// `\u` escapes (they only ever occur inside strings, where the escape means the same).
    static func json(_ data: ExplorerData) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: (try? encoder.encode(data)) ?? Data("{}".utf8), as: UTF8.self)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The CSP source for an inline block: `sha256-` and the base64 of its digest.
    static func hash(_ text: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
    }

    /// What lines mean, in the drawing's colours (classes, since the policy allows no inline style).
    static let lineKey = [("hostile", "hostile"), ("cooperative", "cooperative"), ("neutral", "neutral")]
        .map { "<li><span class=\"line \($0.0)\" aria-hidden=\"true\"></span> \($0.1)</li>" }.joined()
        + "<li><span class=\"line dashed\" aria-hidden=\"true\"></span> says (verbal)</li>"
        + "<li><span class=\"line\" aria-hidden=\"true\"></span> does (material)</li>"
        + "<li><span class=\"line thin\" aria-hidden=\"true\"></span> belongs to, leads (structural)</li>"

    static let template = String(decoding: PackageResources.explorer_html, as: UTF8.self)

    /// The page's style, and the polarity colours of `DiagramStyle` for the key.
    static let style = String(decoding: PackageResources.explorer_css, as: UTF8.self)
        + Polarity.allCases.map { ".line.\($0.rawValue){border-color:\(DiagramStyle.color(of: $0))}" }.joined() + "\n"

    /// The page's script: its files in order, in one strict-mode function scope.
    static let script = "\n(() => {\n\"use strict\";\n" + [
        PackageResources.core_js, PackageResources.view_js, PackageResources.controls_js, PackageResources.panels_js,
        PackageResources.search_js, PackageResources.path_js, PackageResources.main_js,
    ].map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n") + "})();\n"
}
