/// What to draw and how: the choices of `stakegraph render`.
public struct DiagramOptions: Sendable {
    /// How nodes are coloured.
    public enum Coloring: Sendable, Equatable {
        /// By actor kind (the default).
        case kind
        /// By declared stance on an issue.
        case stance(issue: String)
    }

    /// Draw only actors within `depth` hops (either direction) of this actor id.
    public var focus: String?
    public var depth: Int = 1
    /// Emphasise one shortest path between these actor ids.
    public var highlightPath: (from: String, to: String)?
    public var coloring: Coloring = .kind
    /// Group actors of the same country in boxes.
    public var clusterByCountry = false
    public var edgeLabels = true
    /// Write `&` in URLs as `&amp;` (for SVG and DOT output read by SVG renderers).
    public var urlsForXML = true
    public var legend = true
    /// Words added to the subtitle after what the slice says of itself (e.g. "frame 2 of 4").
    public var caption: String?
    /// DOT `splines`; see `LayoutPlan.splines`.
    public var splines = "true"
    /// Draw belonging relations (part of, leads, member of, owns) as nesting rather than edges,
    /// where the engine draws clusters (dot, fdp).
    public var nesting = false
    /// With a page: draw belonging as nesting after all when the flat drawing does not fit and
    /// the nested one fits better.
    public var nestsToFit = true
    /// Break names into lines of about this many characters (nil: one line each). With a page,
    /// `Diagram.render` tries both and keeps the one that fits the page better.
    public var nameWidth: Int? = 18
    /// Fade the actors without a relation in the slice (frames, where every actor keeps its place).
    public var fadesActorsOutOfPlay = false
    /// The page to draw for, and the smallest text allowed on it (points; nil: 7, or 6 for the
    /// overview of a dense graph).
    public var page: PageChoice = .none
    public var minimumFont: Double?
    /// Node centres in inches by node name (actor id, or `stakegraph_legend`), written as pinned
    /// `pos="x,y!"` so that neato keeps them: how `render --frames` holds every actor in place.
    public var pinned: [String: Position2D] = [:]

    public init() {}

    /// Whether belonging is drawn as nesting: asked for, and no pinned series (with country
    /// boxes, only within a country).
    var nestsBelonging: Bool { nesting && pinned.isEmpty }
}

/// A point in inches.
public struct Position2D: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// DOT `pos` for a pinned node.
    var pinnedDOT: String { String(format: "pos=\"%.3f,%.3f!\"", x, y) }
}
