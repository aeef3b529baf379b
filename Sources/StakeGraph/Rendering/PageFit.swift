/// How a drawing sits on its page: the page, the factor it is drawn at, and the size its
/// smallest text comes out at.
public struct PageFit: Sendable, Equatable {
    public var page: Page
    /// The drawing's natural size in points (as Graphviz lays it out).
    public var natural: (width: Double, height: Double)
    /// The factor it is drawn at: the page's fit, never above 1 (a drawing is not enlarged), and
    /// never below what keeps the smallest text at the minimum.
    public var scale: Double
    /// The smallest text at that size, in points.
    public var smallestFont: Double
    /// Whether the drawing needs more than the page to keep its text at the minimum.
    public var overflows: Bool

    public static func == (a: PageFit, b: PageFit) -> Bool {
        a.page == b.page && a.natural == b.natural && a.scale == b.scale && a.smallestFont == b.smallestFont && a.overflows == b.overflows
    }

    /// The fit of a drawing of `natural` points whose smallest text is `font` points, on `page`,
    /// keeping text at `minimum` points or more.
    public init(page: Page, natural: (width: Double, height: Double), font: Double, minimum: Double) {
        self.page = page
        self.natural = natural
        let fit = min(1, page.fit(width: natural.width, height: natural.height))
        overflows = font * fit < minimum - 1e-9
        scale = overflows ? min(1, minimum / font) : fit
        smallestFont = font * scale
    }

    /// The size the drawing declares: the page's usable area, or more when it overflows.
    public var declared: (width: Double, height: Double) {
        overflows ? (natural.width * scale, natural.height * scale) : page.size
    }

    /// Whether this fit reads better than `other`: fitting the page beats not fitting; of two
    /// that fit, the larger smallest text; of two that do not, the fewer pages needed.
    func isBetter(than other: PageFit) -> Bool {
        if overflows != other.overflows { return !overflows }
        return overflows ? pagesNeeded < other.pagesNeeded - 1e-9 : smallestFont > other.smallestFont + 1e-9
    }

    /// How many times the page the drawing needs (1 when it fits).
    public var pagesNeeded: Double {
        max(natural.width * scale / page.size.width, natural.height * scale / page.size.height, 1)
    }
}

/// What page fitting did that the user should know.
public enum PageNote: Sendable, Equatable {
    /// A dense overview is drawn with text down to `minimum` points rather than 7.
    case denseOverview(minimum: Double)
    /// Edge labels were left out to keep the text at the minimum on the page.
    case edgeLabelsDropped(page: Page, minimum: Double)
    /// Even so the drawing needs `pages` times the page to keep its text at `minimum` points.
    case doesNotFit(page: Page, pages: Double, minimum: Double)
}

/// A Graphviz SVG made to declare its page: the root's width and height become the page's
/// usable area and its viewBox is widened about the drawing to the page's proportions, so the
/// drawing sits centred at the fit's scale.
enum SVGPage {
    static func fitted(_ svg: [UInt8], _ fit: PageFit) -> [UInt8] {
        var text = String(decoding: svg, as: UTF8.self)
        guard let open = text.range(of: "<svg "), let close = text.range(of: ">", range: open.upperBound..<text.endIndex) else { return svg }
        var tag = String(text[open.lowerBound..<close.upperBound])
        let (width, height) = fit.declared
        let viewWidth = width / fit.scale, viewHeight = height / fit.scale
        let x = (fit.natural.width - viewWidth) / 2, y = (fit.natural.height - viewHeight) / 2
        tag = replacing(attribute: "width", in: tag, with: format(width) + "pt")
        tag = replacing(attribute: "height", in: tag, with: format(height) + "pt")
        tag = replacing(attribute: "viewBox", in: tag, with: [x, y, viewWidth, viewHeight].map(format).joined(separator: " "))
        text.replaceSubrange(open.lowerBound..<close.upperBound, with: tag)
        return Array(text.utf8)
    }

    /// The natural size of a Graphviz SVG, from its root's viewBox.
    static func naturalSize(_ svg: [UInt8]) -> (width: Double, height: Double)? {
        let head = String(decoding: svg.prefix(2048), as: UTF8.self)
        guard let range = head.range(of: #"viewBox="[^"]*""#, options: .regularExpression) else { return nil }
        let numbers = head[range].dropFirst(9).dropLast().split(separator: " ").compactMap { Double($0) }
        return numbers.count == 4 ? (numbers[2], numbers[3]) : nil
    }

    private static func replacing(attribute name: String, in tag: String, with value: String) -> String {
        guard let range = tag.range(of: " \(name)=\"[^\"]*\"", options: .regularExpression) else { return tag }
        return tag.replacingCharacters(in: range, with: " \(name)=\"\(value)\"")
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }
}
