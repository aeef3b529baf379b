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
    /// What the relations were selected by, for the subtitle (e.g. "hostile relations as of 2019-03").
    public var selectionNote: String?
    /// DOT `splines`; see `LayoutPlan.splines`.
    public var splines = "true"

    public init() {}
}
