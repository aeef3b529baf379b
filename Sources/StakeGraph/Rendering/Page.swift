/// The page a diagram is drawn for: the usable area (the text block) of a printed or shown page,
/// in points. A diagram drawn for a page declares that size, and its text is never smaller than
/// the minimum there.
public enum Page: String, CaseIterable, Sendable {
    /// A4 (210 × 297 mm) with 2.5 cm margins: 453 × 684 pt.
    case a4
    case a4Landscape = "a4-landscape"
    /// US Letter (8.5 × 11 in) with 1 in margins: 468 × 648 pt.
    case letter
    case letterLandscape = "letter-landscape"
    /// A 16:9 slide, 10 × 5.625 in: 720 × 405 pt.
    case slide

    /// Width and height of the usable area in points.
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: return (453, 684)
        case .a4Landscape: return (684, 453)
        case .letter: return (468, 648)
        case .letterLandscape: return (648, 468)
        case .slide: return (720, 405)
        }
    }

    /// The same paper turned the other way (a slide stays a slide).
    var turned: Page {
        switch self {
        case .a4: return .a4Landscape
        case .a4Landscape: return .a4
        case .letter: return .letterLandscape
        case .letterLandscape: return .letter
        case .slide: return .slide
        }
    }

    /// The factor that fits a drawing of `width` × `height` points onto the page (above 1 when it
    /// is smaller than the page; it is then drawn at its natural size, never enlarged).
    public func fit(width: Double, height: Double) -> Double {
        guard width > 0, height > 0 else { return 1 }
        return min(size.width / width, size.height / height)
    }
}

/// Which page `render`, `report` and `--frames` draw for.
public enum PageChoice: Sendable, Equatable {
    /// The orientation of `paper` that fits the drawing best (landscape for a wide overview).
    case best(Page)
    /// This page exactly.
    case fixed(Page)
    /// No page: the drawing's natural size (what stakegraph drew before pages).
    case none

    /// The page for a drawing of `width` × `height` points, nil for `.none`.
    public func page(width: Double, height: Double) -> Page? {
        switch self {
        case .none: return nil
        case .fixed(let page): return page
        case .best(let paper):
            return paper.turned.fit(width: width, height: height) > paper.fit(width: width, height: height) ? paper.turned : paper
        }
    }
}
