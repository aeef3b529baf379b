import ArgumentParser
import StakeGraph

/// `--page` and `--min-font`: the page a drawing is made for and the smallest text on it.
struct PageOptions: ParsableArguments {
    /// `--page` values: a page, `auto` (A4 turned the way the drawing fits best) or `none`.
    enum PageArgument: String, CaseIterable, NamedChoice {
        case auto, a4, a4Landscape = "a4-landscape", letter, letterLandscape = "letter-landscape", slide, none

        var choice: PageChoice {
            switch self {
            case .auto: return .best(.a4)
            case .none: return .none
            default: return .fixed(Page(rawValue: rawValue)!)
            }
        }
    }

    @Option(help: ArgumentHelp("The page to draw for: auto (A4, portrait or landscape, whichever fits; the default, but for explore), a4, a4-landscape, letter, letter-landscape, slide, or none (the natural size; explore's default).",
                               valueName: "page"),
            completion: PageArgument.completion, transform: PageArgument.named)
    var page: PageArgument?

    @Option(name: .customLong("min-font"), parsing: .unconditional, help: ArgumentHelp("The smallest text on the page, in points (default 7; 6 for the overview of a dense graph).", valueName: "pt"))
    var minimumFont: Double?

    func validate() throws {
        if let minimumFont, !(minimumFont >= 1 && minimumFont <= 72) {
            throw ValidationError("--min-font takes a size in points from 1 to 72")
        }
        if minimumFont != nil && page == PageArgument.none { throw ValidationError("--min-font needs a page; leave out --page none") }
    }

    /// The page asked for, else `fallback` (A4 the way the drawing fits best).
    func choice(default fallback: PageArgument = .auto) -> PageChoice { (page ?? fallback).choice }

    /// What page fitting did, in words with the flags that change it, for stderr.
    static func describe(_ note: PageNote) -> String {
        func points(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value) }
        switch note {
        case .denseOverview(let minimum):
            return "a dense overview: text down to \(points(minimum)) pt on the page (--min-font 7 to insist, --focus ACTOR for a part)"
        case .edgeLabelsDropped(let page, let minimum):
            return "edge labels left out to keep the text at \(points(minimum)) pt on \(page.rawValue) (the tooltips keep them; --page none keeps them)"
        case .doesNotFit(let page, let pages, let minimum):
            return String(format: "at %@ pt the drawing needs %.1f× %@; it is drawn that large rather than with smaller text: draw a part (--focus ACTOR --depth 1, --relation TYPE, --as-of DATE), choose a larger page, or --page none",
                          points(minimum), pages, page.rawValue)
        }
    }
}
